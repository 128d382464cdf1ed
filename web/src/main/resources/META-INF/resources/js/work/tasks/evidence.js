// Investigators: upload evidence files and keep their chain of custody. The upload shows its
// progress; the file's SHA-256 is computed in the browser before it is sent and shown next to the
// hash the server computed at intake, so the uploader sees that the server holds exactly the bytes
// chosen. The list opens an item: its facts, its custody log (every upload, read, download and
// transfer), a download (with the token, saved through a blob: URL), a transfer to record, and a
// withdrawal with a reason (a soft delete: the bytes and the record stay).

import { el } from '../../dom.js';
import { formatNumber, t } from '../../i18n.js';
import { download } from '../download.js';
import { button, heading, textArea, textField, valueOf } from '../fields.js';
import { describe, FormMessages } from '../form.js';
import { getJson, postJson, send } from '../http.js';
import { auditItems, factList, headedTable, keyed, when } from '../staff-ui.js';
import { toHex } from '../staff-logic.js';

const LIST_LIMIT = 200;

export const evidenceTask = {
  id: 'evidence',
  roles: ['investigator'],
  titleKey: 'work.staff.evidence.title',
  create: (container, context) => new EvidenceTask(container, context),
};

const evidenceUrl = (id) => `/api/evidence/${encodeURIComponent(id)}`;

// The SHA-256 of a file as lowercase hex, or null where the browser cannot compute it (no secure
// context).
async function sha256Of(file) {
  if (!globalThis.crypto?.subtle) return null;
  return toHex(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
}

class EvidenceTask {
  constructor(container) {
    this.container = container;
    this.items = [];
    this.openId = null;
    this.uploadSection = el('section', 'work-staff-section');
    this.listSection = el('section', 'work-staff-section');
    this.detailSection = el('section', 'work-staff-section work-staff-detail');
    this.detailSection.hidden = true;
    this.buildUpload();
    this.buildList();
    container.append(this.uploadSection, this.listSection, this.detailSection);
    this.loadList();
  }

  buildUpload() {
    const form = el('form', 'work-form');
    form.noValidate = true;
    form.dataset.form = 'evidence-upload';
    const file = textField('file', 'work.staff.evidence.file', { type: 'file', required: true, hintKey: 'work.staff.evidence.fileHint' });
    const description = textArea('description', 'work.staff.evidence.description', { rows: 2, maxLength: 2000 });
    const actions = el('div', 'work-actions');
    actions.append(button('work.staff.evidence.upload', { type: 'submit' }));
    const progressLabel = keyed('span', 'work-staff-progress-label', 'work.staff.evidence.progress');
    progressLabel.id = 'work-staff-upload-progress-label';
    const progress = el('progress', 'work-progress');
    progress.max = 100;
    progress.value = 0;
    progress.setAttribute('aria-labelledby', progressLabel.id);
    const percent = el('span', 'work-staff-percent', '');
    const progressRow = el('div', 'work-staff-progress');
    progressRow.hidden = true;
    progressRow.append(progressLabel, progress, percent);
    this.result = el('div', 'work-staff-upload-result');
    this.result.setAttribute('aria-live', 'polite');
    form.append(file, description, actions, progressRow);
    const messages = new FormMessages(form, { file: ['filename', 'mediaType', 'file', 'body'], description: 'description' });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      messages.clear();
      this.result.replaceChildren();
      const chosen = file.control.files?.[0];
      if (!chosen) {
        messages.showError({ problems: [{ field: 'file', message: t('work.staff.evidence.chooseFile') }] });
        return;
      }
      await messages.busy(async () => {
        const setProgress = (fraction) => {
          const value = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
          progress.value = value;
          percent.textContent = `${value} %`;
          progressRow.dataset.percent = String(value);
        };
        try {
          progressRow.hidden = false;
          setProgress(0);
          messages.showSummary(t('work.staff.evidence.hashing'), 'info');
          const localHash = await sha256Of(chosen);
          messages.showSummary(t('work.staff.evidence.uploading'), 'info');
          const params = new URLSearchParams({ filename: chosen.name });
          const about = valueOf(form, 'description');
          if (about) params.set('description', about);
          const answer = await send('POST', `/api/evidence?${params}`, {
            body: chosen,
            contentType: chosen.type || 'application/octet-stream',
            onUploadProgress: setProgress,
          });
          setProgress(1);
          const { item, duplicate } = answer.body;
          this.showHashes(localHash, item, duplicate);
          messages.showSummary(t(duplicate ? 'work.staff.evidence.duplicate' : 'work.staff.evidence.uploaded', { id: item.id }), 'done');
          form.reset();
          await this.loadList();
          await this.open(item.id);
        } catch (error) {
          messages.showError(error);
        }
      });
    });
    this.uploadSection.append(heading(3, 'work.staff.evidence.uploadHeading'), form, this.result);
  }

  // The two hashes side by side, and whether they match.
  showHashes(localHash, item, duplicate) {
    const match = localHash !== null && localHash === item.sha256;
    const verdict = localHash === null
      ? keyed('p', 'work-form-summary info', 'work.staff.evidence.noLocalHash')
      : keyed('p', `work-form-summary ${match ? 'done' : 'error'}`, match ? 'work.staff.evidence.hashesMatch' : 'work.staff.evidence.hashesDiffer');
    verdict.classList.add('work-staff-verdict');
    this.result.dataset.match = String(match);
    const facts = factList([
      ['work.staff.evidence.localHash', localHash ?? '—', 'work-staff-hash work-staff-local-hash'],
      ['work.staff.evidence.serverHash', item.sha256, 'work-staff-hash work-staff-server-hash'],
    ]);
    this.result.replaceChildren(facts, verdict);
    if (duplicate) this.result.append(keyed('p', 'work-hint', 'work.staff.evidence.duplicateHint'));
  }

  buildList() {
    const refresh = button('work.staff.refresh');
    refresh.addEventListener('click', () => this.loadList());
    this.listBody = el('div', 'work-staff-list');
    const head = el('div', 'work-staff-list-head');
    head.append(heading(3, 'work.staff.evidence.listHeading'), refresh);
    this.listSection.append(head, this.listBody);
  }

  async loadList() {
    try {
      const { body } = await getJson(`/api/evidence?limit=${LIST_LIMIT}`);
      this.items = Array.isArray(body) ? body : [];
      this.renderList();
    } catch (error) {
      this.listBody.replaceChildren(el('p', 'work-form-summary error', describe(error)));
    }
  }

  renderList() {
    if (!this.items.length) {
      this.listBody.replaceChildren(keyed('p', 'work-hint', 'work.staff.evidence.empty'));
      return;
    }
    const { table, tbody } = headedTable(['work.staff.evidence.col.id', 'work.staff.evidence.col.file', 'work.staff.evidence.col.size', 'work.staff.evidence.col.received', 'work.staff.evidence.col.state']);
    for (const item of [...this.items].reverse()) {
      const row = el('tr');
      row.dataset.evidenceId = String(item.id);
      const open = el('button', 'work-link-button', item.originalFilename);
      open.type = 'button';
      open.setAttribute('aria-label', t('work.staff.evidence.openItem', { name: item.originalFilename }));
      open.addEventListener('click', () => this.open(item.id));
      const fileCell = el('td');
      fileCell.append(open);
      row.append(
        el('td', null, String(item.id)),
        fileCell,
        el('td', null, t('work.staff.evidence.bytes', { size: formatNumber(item.sizeBytes) })),
        el('td', null, when(item.receivedAt)),
        el('td', item.withdrawnAt ? 'work-staff-withdrawn' : null, t(item.withdrawnAt ? 'work.staff.evidence.withdrawn' : 'work.staff.evidence.held')),
      );
      tbody.append(row);
    }
    this.listBody.replaceChildren(table);
  }

  // Opens one item: its facts, custody log, download, transfer and withdrawal.
  async open(id) {
    this.openId = id;
    this.detailSection.hidden = false;
    this.detailSection.dataset.evidenceId = String(id);
    this.detailSection.replaceChildren(el('p', 'work-hint', t('work.loading')));
    try {
      const { body: item } = await getJson(evidenceUrl(id));
      if (this.openId !== id) return;
      this.renderDetail(item);
      await this.loadCustody(id);
    } catch (error) {
      this.detailSection.replaceChildren(el('p', 'work-form-summary error', describe(error)));
    }
  }

  renderDetail(item) {
    this.item = item;
    const title = el('h3', 'work-heading', t('work.staff.evidence.detailHeading', { name: item.originalFilename }));
    title.tabIndex = -1;
    this.detailTitle = title;
    this.facts = el('div');
    this.renderFacts();
    this.custodyList = el('ol', 'work-history work-staff-custody');
    const custody = el('section', 'work-staff-subsection');
    custody.append(heading(4, 'work.staff.evidence.custodyHeading'), this.custodyList);
    this.detailSection.replaceChildren(title, this.facts, this.downloadForm(item), custody, this.transferForm(item));
    if (!item.withdrawnAt) this.detailSection.append(this.withdrawForm(item));
    title.focus();
  }

  renderFacts() {
    const item = this.item;
    const facts = [
      ['work.staff.evidence.col.id', item.id],
      ['work.staff.evidence.col.file', item.originalFilename],
      ['work.staff.evidence.mediaType', item.mediaType],
      ['work.staff.evidence.col.size', t('work.staff.evidence.bytes', { size: formatNumber(item.sizeBytes) })],
      ['work.staff.evidence.serverHash', item.sha256, 'work-staff-hash'],
      ['work.staff.evidence.description', item.description],
      ['work.staff.evidence.uploadedBy', item.uploadedBy],
      ['work.staff.evidence.col.received', when(item.receivedAt)],
    ];
    if (item.withdrawnAt) {
      facts.push(['work.staff.evidence.withdrawnAt', `${when(item.withdrawnAt)} · ${item.withdrawnBy ?? ''}`], ['work.staff.evidence.reason', item.withdrawalReason]);
    }
    this.facts.replaceChildren(factList(facts));
  }

  async loadCustody(id) {
    this.custodyList.replaceChildren(el('li', 'work-hint', t('work.loading')));
    try {
      const { body } = await getJson(`${evidenceUrl(id)}/custody`);
      if (this.openId !== id) return;
      this.custodyEvents = Array.isArray(body) ? body : [];
      this.custodyList.replaceChildren(...auditItems(this.custodyEvents));
    } catch (error) {
      this.custodyList.replaceChildren(el('li', 'work-form-summary error', describe(error)));
    }
  }

  downloadForm(item) {
    const form = el('form', 'work-form work-staff-inline');
    form.noValidate = true;
    form.dataset.form = 'evidence-download';
    form.append(textField('purpose', 'work.staff.evidence.purpose', { hintKey: 'work.staff.evidence.purposeHint', maxLength: 500 }));
    const actions = el('div', 'work-actions');
    actions.append(button('work.staff.evidence.download', { type: 'submit' }));
    const saved = el('p', 'work-hint work-staff-saved');
    saved.setAttribute('aria-live', 'polite');
    form.append(actions, saved);
    const messages = new FormMessages(form, { purpose: 'purpose' });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      messages.clear();
      await messages.busy(async () => {
        try {
          const purpose = valueOf(form, 'purpose');
          const query = purpose ? `?${new URLSearchParams({ purpose })}` : '';
          const file = await download(`${evidenceUrl(item.id)}/content${query}`, item.originalFilename);
          saved.textContent = t('work.staff.savedFile', { name: file.filename, size: formatNumber(file.size) });
          saved.dataset.filename = file.filename;
          saved.dataset.size = String(file.size);
          await this.loadCustody(item.id);
        } catch (error) {
          messages.showError(error);
        }
      });
    });
    return form;
  }

  transferForm(item) {
    const form = el('form', 'work-form');
    form.noValidate = true;
    form.dataset.form = 'evidence-transfer';
    form.append(
      heading(4, 'work.staff.evidence.transferHeading'),
      textField('recipient', 'work.staff.evidence.recipient', { required: true, maxLength: 500 }),
      textField('purpose', 'work.staff.evidence.transferPurpose', { required: true, maxLength: 500 }),
      textField('method', 'work.staff.evidence.method', { maxLength: 500, hintKey: 'work.staff.evidence.methodHint' }),
    );
    const actions = el('div', 'work-actions');
    actions.append(button('work.staff.evidence.recordTransfer', { type: 'submit' }));
    form.append(actions);
    const messages = new FormMessages(form, { recipient: 'recipient', purpose: 'purpose', method: 'method' });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      messages.clear();
      await messages.busy(async () => {
        try {
          await postJson(`${evidenceUrl(item.id)}/transfers`, {
            recipient: valueOf(form, 'recipient'),
            purpose: valueOf(form, 'purpose'),
            method: valueOf(form, 'method'),
          });
          form.reset();
          messages.showSummary(t('work.staff.evidence.transferred'), 'done');
          await this.loadCustody(item.id);
        } catch (error) {
          messages.showError(error);
        }
      });
    });
    return form;
  }

  withdrawForm(item) {
    const form = el('form', 'work-form');
    form.noValidate = true;
    form.dataset.form = 'evidence-withdraw';
    form.append(
      heading(4, 'work.staff.evidence.withdrawHeading'),
      textArea('reason', 'work.staff.evidence.reason', { rows: 2, required: true, maxLength: 2000, hintKey: 'work.staff.evidence.withdrawHint' }),
    );
    const actions = el('div', 'work-actions');
    actions.append(button('work.staff.evidence.withdraw', { type: 'submit' }));
    form.append(actions);
    const messages = new FormMessages(form, { reason: 'reason' });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      messages.clear();
      await messages.busy(async () => {
        try {
          const { body } = await postJson(`${evidenceUrl(item.id)}/withdrawal`, { reason: valueOf(form, 'reason') });
          this.item = body;
          this.renderFacts();
          form.replaceWith(keyed('p', 'work-form-summary done', 'work.staff.evidence.withdrawnDone'));
          await this.loadList();
          await this.loadCustody(item.id);
        } catch (error) {
          messages.showError(error);
        }
      });
    });
    return form;
  }

  // Texts built with values follow the language switch.
  relabel() {
    if (this.items.length) this.renderList();
    if (this.item && !this.detailSection.hidden) {
      this.detailTitle.textContent = t('work.staff.evidence.detailHeading', { name: this.item.originalFilename });
      this.renderFacts();
      if (this.custodyEvents) this.custodyList.replaceChildren(...auditItems(this.custodyEvents));
    }
  }
}
