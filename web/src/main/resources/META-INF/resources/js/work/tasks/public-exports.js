// Advocates: public exports (docs/PUBLIC-EXPORTS.md). One advocate asks for an export of what the
// map shows (its layers, view, period and facility filters); a second advocate approves it (the
// server then generates the files under the active redaction policy) or rejects it with a note.
// An approved export shows its manifest (policy version, data time, counts, every file's size and
// SHA-256) and public download links; it can be withdrawn with a reason. Text only, never HTML.

import { el } from '../../dom.js';
import { currentLanguage, formatNumber, t } from '../../i18n.js';
import { button, heading, textArea, textField, valueOf } from '../fields.js';
import { describe, FormMessages } from '../form.js';
import { getJson, postJson } from '../http.js';
import {
  actionFor, filtersFromMap, layersFromMap, PUBLIC_EXPORT_FORMATS, PUBLIC_EXPORT_LAYERS, requestBody, sizeText, unexportedFilters,
} from '../public-export-body.js';
import { factList, keyed, when } from '../staff-ui.js';

const BASE = '/api/public-exports';
const P = 'work.publicExports';

export const publicExportsTask = {
  id: 'public-exports',
  roles: ['advocate'],
  titleKey: `${P}.title`,
  create: (container, context) => new PublicExportsTask(container, context),
};

const etagOf = (view) => `"v${view.version}"`;

class PublicExportsTask {
  constructor(container, { state, map, vocabulary }) {
    this.container = container;
    this.state = state;
    this.map = map;
    this.vocabulary = vocabulary;
    this.exports = [];
    this.manifests = new Map(); // id -> manifest (or an Error)
    this.open = new Set(); // ids whose manifest is shown
    this.layersTouched = false;
    this.requestSection = el('section', 'work-exports-section');
    this.listSection = el('section', 'work-exports-section');
    this.buildRequest();
    this.buildList();
    container.append(this.requestSection, this.listSection);
    this.unsubscribe = state.subscribe(['from', 'to', 'filters', 'layers', 'view'], () => this.renderFilters());
    this.load();
  }

  // (1) The request form.
  buildRequest() {
    const form = el('form', 'work-form');
    form.noValidate = true;
    form.dataset.form = 'public-export-request';
    const title = textField('title', `${P}.field.title`, { required: true, maxLength: 200 });
    const formats = this.checkGroup('formats', `${P}.field.formats`, PUBLIC_EXPORT_FORMATS, (format) => `${P}.format.${format}`);
    const layers = this.checkGroup('layers', `${P}.field.layers`, PUBLIC_EXPORT_LAYERS, (layer) => `${P}.layer.${layer}`);
    layers.addEventListener('change', () => {
      this.layersTouched = true;
    });
    this.layerBoxes = layers;
    const filterBox = el('div', 'work-exports-filters');
    filterBox.append(keyed('p', 'work-exports-filters-head', `${P}.filtersHeading`), keyed('p', 'work-hint', `${P}.filtersHint`));
    this.filterFacts = el('div');
    this.filterFacts.setAttribute('aria-live', 'polite');
    filterBox.append(this.filterFacts);
    const note = textArea('note', `${P}.field.note`, { rows: 2, maxLength: 2000 });
    const actions = el('div', 'work-actions');
    actions.append(button(`${P}.submit`, { type: 'submit', className: 'work-button primary' }));
    form.append(title, formats, layers, filterBox, note, actions);
    this.requestMessages = new FormMessages(form, { title: 'title', formats: 'formats', layers: 'filters.layers', note: 'note' });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submitRequest(form);
    });
    this.requestForm = form;
    this.requestSection.append(heading(3, `${P}.requestHeading`), keyed('p', 'work-hint', `${P}.requestHint`), form);
    this.renderFilters();
  }

  // A fieldset of checkboxes named name, one per value.
  checkGroup(name, legendKey, values, labelKey) {
    const set = el('fieldset', 'work-exports-checks');
    set.append(keyed('legend', null, legendKey));
    for (const value of values) {
      const box = el('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.id = `work-exports-${name}-${value}`;
      const label = keyed('label', null, labelKey(value));
      label.htmlFor = box.id;
      const wrap = el('span', 'work-exports-check');
      wrap.append(box, label);
      set.append(wrap);
    }
    return set;
  }

  checked(name) {
    return [...this.requestForm.querySelectorAll(`input[name="${name}"]:checked`)].map((box) => box.value);
  }

  bounds() {
    const box = this.map?.getBounds?.();
    return box ? { west: box.getWest(), south: box.getSouth(), east: box.getEast(), north: box.getNorth() } : null;
  }

  // The map's filters the request will carry, in words; the layers preselected from the map.
  renderFilters() {
    const current = this.state.get();
    if (!this.layersTouched) {
      const shown = new Set(layersFromMap(current.layers));
      for (const box of this.layerBoxes.querySelectorAll('input')) box.checked = shown.has(box.value);
    }
    const filters = filtersFromMap(current, this.bounds());
    this.filterFacts.replaceChildren(this.filterList(filters));
    const left = unexportedFilters(current);
    if (left.length) this.filterFacts.append(el('p', 'work-hint', left.map((kind) => t(`${P}.leftOut.${kind}`)).join(' ')));
  }

  filterList(filters) {
    const language = currentLanguage();
    const label = (vocab, code) => this.vocabulary?.label?.(vocab, code, language) ?? code;
    const none = t(`${P}.filter.all`);
    const list = factList([
      [`${P}.filter.bbox`, filters.bbox ? filters.bbox.map((n) => n.toFixed(5)).join(', ') : none],
      [`${P}.filter.datetime`, filters.datetime ?? none],
      [`${P}.filter.facilityTypes`, filters.facilityTypes.length ? filters.facilityTypes.map((c) => label('facilityTypes', c)).join(', ') : none],
      [`${P}.filter.facilityStatuses`, filters.facilityStatuses.length ? filters.facilityStatuses.map((c) => label('facilityStatuses', c)).join(', ') : none],
    ], 'work-staff-facts work-exports-filter-facts');
    const values = list.querySelectorAll('dd');
    values[0].dataset.filter = 'bbox';
    values[1].dataset.filter = 'datetime';
    values[2].dataset.filter = 'facilityTypes';
    values[3].dataset.filter = 'facilityStatuses';
    return list;
  }

  async submitRequest(form) {
    this.requestMessages.clear();
    const body = requestBody({
      title: valueOf(form, 'title'),
      formats: this.checked('formats'),
      layers: this.checked('layers'),
      note: valueOf(form, 'note'),
    }, filtersFromMap(this.state.get(), this.bounds()));
    await this.requestMessages.busy(async () => {
      try {
        const { body: created } = await postJson(BASE, body);
        this.requestMessages.showSummary(t(`${P}.requested`, { id: created.id, title: created.title }), 'done');
        form.elements.namedItem('title').value = '';
        form.elements.namedItem('note').value = '';
        await this.load();
      } catch (error) {
        this.requestMessages.showError(error);
      }
    });
  }

  // (2) The list.
  buildList() {
    const head = el('div', 'work-exports-list-head');
    const refresh = button(`${P}.refresh`);
    refresh.addEventListener('click', () => this.load());
    head.append(refresh);
    this.list = el('div', 'work-exports-list');
    this.list.setAttribute('aria-live', 'polite');
    this.listSection.append(heading(3, `${P}.listHeading`), keyed('p', 'work-hint', `${P}.listHint`), head, this.list);
  }

  async load() {
    try {
      const { body } = await getJson(BASE);
      this.exports = body?.exports ?? [];
      this.renderList();
      await Promise.all([...this.open].map((id) => this.loadManifest(id)));
    } catch (error) {
      this.list.replaceChildren(el('p', 'work-form-summary error', describe(error)));
    }
  }

  renderList() {
    if (!this.exports.length) {
      this.list.replaceChildren(keyed('p', 'work-hint', `${P}.empty`));
      return;
    }
    this.list.replaceChildren(...this.exports.map((view) => this.item(view)));
  }

  item(view) {
    const item = el('article', 'work-exports-item');
    item.dataset.exportId = String(view.id);
    item.dataset.state = view.state;
    const title = el('h4', 'work-exports-title', view.title);
    const state = el('p', `work-exports-state state-${view.state}`, t(`${P}.state.${view.state}`));
    state.dataset.state = view.state;
    const filters = view.filters ?? {};
    const facts = factList([
      [`${P}.fact.layers`, (filters.layers ?? []).map((layer) => t(`${P}.layer.${layer}`)).join(', ')],
      [`${P}.fact.formats`, (view.formats ?? []).map((format) => t(`${P}.format.${format}`)).join(', ')],
      [`${P}.filter.bbox`, Array.isArray(filters.bbox) ? filters.bbox.join(', ') : t(`${P}.filter.all`)],
      [`${P}.filter.datetime`, filters.datetime ?? t(`${P}.filter.all`)],
      [`${P}.fact.requested`, `${view.requestedBy ?? ''} ${when(view.requestedAt)}`.trim()],
      [`${P}.fact.requestNote`, view.requestNote],
      ...(view.decidedBy ? [[`${P}.fact.decided`, `${view.decidedBy} ${when(view.decidedAt)}`], [`${P}.fact.decisionNote`, view.decisionNote]] : []),
      ...(view.withdrawnBy ? [[`${P}.fact.withdrawn`, `${view.withdrawnBy} ${when(view.withdrawnAt)}`], [`${P}.fact.withdrawalReason`, view.withdrawalReason]] : []),
    ]);
    item.append(title, state, facts);
    const action = actionFor(view, this.state.get().user?.username);
    if (action === 'own' || action === 'decide') item.append(this.decisionForm(view, action));
    if (view.state === 'approved') {
      item.append(this.manifestPart(view), this.withdrawForm(view));
    }
    return item;
  }

  decisionForm(view, action) {
    const form = el('form', 'work-form work-exports-decision');
    form.noValidate = true;
    form.dataset.form = 'public-export-decision';
    form.addEventListener('submit', (event) => event.preventDefault());
    if (action === 'own') form.append(keyed('p', 'work-hint work-exports-own', `${P}.ownHint`));
    const note = textArea('note', `${P}.field.decisionNote`, { rows: 2, maxLength: 2000, hintKey: `${P}.decisionNoteHint` });
    const actions = el('div', 'work-actions');
    const approve = button(`${P}.approve`, { className: 'work-button primary' });
    approve.dataset.action = 'approve';
    approve.setAttribute('aria-label', t(`${P}.approveNamed`, { title: view.title }));
    const reject = button(`${P}.reject`);
    reject.dataset.action = 'reject';
    reject.setAttribute('aria-label', t(`${P}.rejectNamed`, { title: view.title }));
    actions.append(approve, reject);
    form.append(note, actions);
    const messages = new FormMessages(form, { note: 'note' });
    approve.addEventListener('click', () => this.decide(view, 'approve', form, messages));
    reject.addEventListener('click', () => this.decide(view, 'reject', form, messages));
    return form;
  }

  async decide(view, verb, form, messages) {
    messages.clear();
    const buttons = [...form.querySelectorAll('button')];
    for (const node of buttons) node.disabled = true;
    await messages.busy(async () => {
      try {
        const { body } = await postJson(`${BASE}/${view.id}/${verb}`, { note: valueOf(form, 'note') }, { etag: etagOf(view) });
        if (body.state === 'approved') this.open.add(body.id);
        await this.load();
        this.flash(body.id, t(`${P}.done.${verb}`, { title: body.title }));
      } catch (error) {
        this.showRefusal(messages, error);
      } finally {
        for (const node of buttons) node.disabled = false;
      }
    });
  }

  // A refusal at its form: the second-person rule and a stale list in words, the rest as sent.
  showRefusal(messages, error) {
    if (error?.status === 403 && /second person/.test(error.message ?? '')) {
      messages.showSummary([t(`${P}.ownRefused`), error.message], 'error');
      messages.summary.dataset.refusal = 'own';
      messages.summary.focus?.();
    } else if (error?.status === 412 || error?.status === 409) {
      messages.showSummary([t(`${P}.changed`), error.message], 'error');
      this.load();
    } else {
      messages.showError(error);
    }
  }

  flash(id, message) {
    const item = this.list.querySelector(`[data-export-id="${id}"]`);
    if (!item) return;
    const note = el('p', 'work-form-summary done', message);
    note.setAttribute('role', 'status');
    item.insertBefore(note, item.children[2] ?? null);
  }

  // (3) The manifest and the downloads of an approved export.
  manifestPart(view) {
    const part = el('div', 'work-exports-manifest-part');
    const toggle = button(this.open.has(view.id) ? `${P}.hideManifest` : `${P}.showManifest`);
    toggle.dataset.action = 'manifest';
    toggle.setAttribute('aria-expanded', String(this.open.has(view.id)));
    const body = el('div', 'work-exports-manifest');
    body.hidden = !this.open.has(view.id);
    toggle.addEventListener('click', () => {
      if (this.open.has(view.id)) this.open.delete(view.id);
      else this.open.add(view.id);
      this.renderList();
      if (this.open.has(view.id) && !this.manifests.has(view.id)) this.loadManifest(view.id);
    });
    part.append(toggle, body);
    if (this.open.has(view.id)) this.fillManifest(body, view);
    return part;
  }

  async loadManifest(id) {
    const view = this.exports.find((candidate) => candidate.id === id);
    const file = view?.files?.find((candidate) => candidate.name === 'manifest.json');
    if (!file) return;
    try {
      const { body } = await getJson(file.href);
      this.manifests.set(id, typeof body === 'string' ? JSON.parse(body) : body);
    } catch (error) {
      this.manifests.set(id, error instanceof Error ? error : new Error(String(error)));
    }
    const node = this.list.querySelector(`[data-export-id="${id}"] .work-exports-manifest`);
    if (node) this.fillManifest(node, view);
  }

  fillManifest(node, view) {
    const manifest = this.manifests.get(view.id);
    if (!manifest) {
      node.replaceChildren(el('p', 'work-hint', t('work.loading')));
      return;
    }
    if (manifest instanceof Error) {
      node.replaceChildren(el('p', 'work-form-summary error', describe(manifest)));
      return;
    }
    const facts = factList([
      [`${P}.manifest.policyVersion`, manifest.policy?.version],
      [`${P}.manifest.dataAsOf`, manifest.dataAsOf],
      [`${P}.manifest.attribution`, manifest.attribution],
    ], 'work-staff-facts work-exports-manifest-facts');
    facts.querySelectorAll('dd')[0].dataset.manifest = 'policyVersion';
    facts.querySelectorAll('dd')[1].dataset.manifest = 'dataAsOf';
    const counts = el('table', 'work-table work-exports-counts');
    counts.append(el('caption', null, t(`${P}.manifest.counts`)));
    const countHead = el('tr');
    countHead.append(keyed('th', null, `${P}.col.layer`), keyed('th', null, `${P}.col.count`));
    counts.append(countHead);
    for (const [layer, count] of Object.entries(manifest.counts ?? {})) {
      const row = el('tr');
      row.dataset.layer = layer;
      row.dataset.count = String(count);
      row.append(el('th', null, PUBLIC_EXPORT_LAYERS.includes(layer) ? t(`${P}.layer.${layer}`) : layer), el('td', null, formatNumber(count)));
      counts.append(row);
    }
    const files = el('table', 'work-table work-exports-files');
    files.append(el('caption', null, t(`${P}.manifest.files`)));
    const fileHead = el('tr');
    for (const key of ['file', 'size', 'sha256']) fileHead.append(keyed('th', null, `${P}.col.${key}`));
    files.append(fileHead);
    // The manifest's files, then manifest.json and the bundle (their SHA-256 from the export).
    const listed = (manifest.files ?? []).map((file) => ({ ...file, href: view.files?.find((f) => f.name === file.name)?.href }));
    const extra = (view.files ?? []).filter((file) => !listed.some((entry) => entry.name === file.name));
    for (const file of [...listed, ...extra]) {
      const row = el('tr');
      row.dataset.file = file.name;
      const nameCell = el('td');
      if (file.href) {
        const link = el('a', 'work-exports-download', file.name);
        link.href = file.href;
        link.setAttribute('download', '');
        link.setAttribute('aria-label', t(`${P}.downloadNamed`, { name: file.name }));
        nameCell.append(link);
      } else {
        nameCell.textContent = file.name;
      }
      const size = el('td', 'work-exports-size', sizeText(file.sizeBytes, (n) => formatNumber(n, Number.isInteger(n) ? 0 : 1)));
      size.dataset.bytes = String(file.sizeBytes);
      const hash = el('td');
      hash.append(el('code', 'work-exports-sha256', file.sha256 ?? ''));
      row.append(nameCell, size, hash);
      files.append(row);
    }
    const zip = (view.files ?? []).find((file) => file.name === 'public-export.zip');
    const actions = el('div', 'work-actions');
    if (zip) {
      const link = el('a', 'work-button primary work-exports-zip', t(`${P}.downloadZip`));
      link.href = zip.href;
      link.setAttribute('download', '');
      actions.append(link);
    }
    node.replaceChildren(facts, counts, files, actions);
  }

  withdrawForm(view) {
    const form = el('form', 'work-form work-exports-withdraw');
    form.noValidate = true;
    form.dataset.form = 'public-export-withdraw';
    const reason = textArea('reason', `${P}.field.reason`, { rows: 2, maxLength: 2000, required: true });
    const actions = el('div', 'work-actions');
    const submit = button(`${P}.withdraw`, { type: 'submit' });
    submit.setAttribute('aria-label', t(`${P}.withdrawNamed`, { title: view.title }));
    actions.append(submit);
    form.append(reason, actions);
    const messages = new FormMessages(form, { reason: 'reason' });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      messages.clear();
      await messages.busy(async () => {
        try {
          const { body } = await postJson(`${BASE}/${view.id}/withdraw`, { reason: valueOf(form, 'reason') }, { etag: etagOf(view) });
          this.open.delete(body.id);
          await this.load();
          this.flash(body.id, t(`${P}.done.withdraw`, { title: body.title }));
        } catch (error) {
          this.showRefusal(messages, error);
        }
      });
    });
    return form;
  }

  relabel() {
    this.renderFilters();
    this.renderList();
  }

  destroy() {
    this.unsubscribe();
  }
}
