// Advocates: the review queue and exports. The queue lists every live facility (read with the
// token, so the unpublished ones too) with whether anonymous visitors see it on the public map, and
// a button to publish it or withdraw it from the public map (PUT .../publication; every change is
// audited on the server). The exports download the facilities the map's filters let through, in
// GeoJSON, KML, GeoPackage or CSV, with the token: staff exports hold unpublished facilities and
// are labelled restricted, and each is recorded in the audit trail.

import { fetchAllFacilities } from '../../api.js';
import { el } from '../../dom.js';
import { currentLanguage, formatNumber, t } from '../../i18n.js';
import { normaliseFacility } from '../../facility-model.js';
import { download } from '../download.js';
import { button, heading } from '../fields.js';
import { describe, FormMessages } from '../form.js';
import { getJson, putJson } from '../http.js';
import { headedTable, keyed } from '../staff-ui.js';
import { EXPORT_FORMATS, exportQuery, exportUrl, hasFacilityFilters, reviewRows } from '../staff-logic.js';

const CONCURRENT_READS = 6;

export const reviewTask = {
  id: 'review',
  roles: ['advocate'],
  titleKey: 'work.staff.review.title',
  create: (container, context) => new ReviewTask(container, context),
};

const publicationUrl = (id) => `/api/facilities/${encodeURIComponent(id)}/publication`;

class ReviewTask {
  constructor(container, { state, vocabulary }) {
    this.container = container;
    this.state = state;
    this.vocabulary = vocabulary;
    this.facilities = [];
    this.publication = new Map();
    this.queueSection = el('section', 'work-staff-section');
    this.exportSection = el('section', 'work-staff-section');
    this.buildQueue();
    this.buildExports();
    container.append(this.queueSection, this.exportSection);
    this.unsubscribe = state.subscribe('filters', () => this.renderExports());
    this.load();
  }

  buildQueue() {
    const form = el('form', 'work-form');
    form.noValidate = true;
    form.dataset.form = 'review-queue';
    form.addEventListener('submit', (event) => event.preventDefault());
    const only = el('input');
    only.type = 'checkbox';
    only.name = 'unpublishedOnly';
    only.id = 'work-staff-unpublished-only';
    const onlyLabel = keyed('label', null, 'work.staff.review.unpublishedOnly');
    onlyLabel.htmlFor = only.id;
    const onlyField = el('div', 'work-staff-check');
    onlyField.append(only, onlyLabel);
    only.addEventListener('change', () => this.renderQueue());
    this.onlyBox = only;
    const refresh = button('work.staff.refresh');
    refresh.addEventListener('click', () => this.load());
    const controls = el('div', 'work-staff-list-head');
    controls.append(onlyField, refresh);
    this.count = el('p', 'work-hint work-staff-count');
    this.count.setAttribute('aria-live', 'polite');
    this.queue = el('div', 'work-staff-list');
    form.append(controls, this.count, this.queue);
    this.messages = new FormMessages(form, {});
    this.queueSection.append(heading(3, 'work.staff.review.queueHeading'), keyed('p', 'work-hint', 'work.staff.review.queueHint'), form);
  }

  // Every live facility the user may see, then each one's publication state.
  async load() {
    this.queue.replaceChildren(el('p', 'work-hint', t('work.loading')));
    try {
      const features = await fetchAllFacilities();
      this.facilities = features.map((feature) => normaliseFacility(feature, this.vocabulary)).filter(Boolean);
      this.publication = new Map();
      this.renderQueue();
      this.renderExports();
      const ids = this.facilities.map((facility) => facility.id);
      const next = async () => {
        while (ids.length) {
          const id = ids.shift();
          const { body } = await getJson(publicationUrl(id));
          this.publication.set(id, body.published === true);
        }
      };
      await Promise.all(Array.from({ length: CONCURRENT_READS }, next));
      this.renderQueue();
    } catch (error) {
      this.queue.replaceChildren(el('p', 'work-form-summary error', describe(error)));
    }
  }

  renderQueue() {
    const language = currentLanguage();
    const rows = reviewRows(this.facilities, this.publication, { unpublishedOnly: this.onlyBox.checked, collator: new Intl.Collator(language) });
    const unpublished = [...this.publication.values()].filter((published) => !published).length;
    this.count.textContent = t('work.staff.review.count', { shown: formatNumber(rows.length), total: formatNumber(this.facilities.length), unpublished: formatNumber(unpublished) });
    if (!rows.length) {
      this.queue.replaceChildren(keyed('p', 'work-hint', 'work.staff.review.empty'));
      return;
    }
    const { table, tbody } = headedTable(['work.staff.review.col.facility', 'work.staff.review.col.type', 'work.staff.review.col.status', 'work.staff.review.col.state', 'work.staff.review.col.action']);
    for (const row of rows) tbody.append(this.queueRow(row, language));
    this.queue.replaceChildren(table);
  }

  queueRow(row, language) {
    const tr = el('tr');
    tr.dataset.facilityId = row.id;
    tr.dataset.published = row.published === undefined ? 'unknown' : String(row.published);
    const name = el('button', 'work-link-button', row.name ?? row.id);
    name.type = 'button';
    name.setAttribute('aria-label', t('work.staff.review.showOnMap', { name: row.name ?? row.id }));
    name.addEventListener('click', () => this.state.set({ selectedFacilityId: row.id }));
    const nameCell = el('td');
    nameCell.append(name);
    const state = row.published === undefined ? 'work.loading' : row.published ? 'work.staff.review.published' : 'work.staff.review.unpublished';
    const action = el('td');
    if (row.published !== undefined) {
      const change = button(row.published ? 'work.staff.review.withdraw' : 'work.staff.review.publish', { className: row.published ? 'work-button' : 'work-button primary' });
      change.dataset.action = row.published ? 'withdraw' : 'publish';
      change.setAttribute('aria-label', t(row.published ? 'work.staff.review.withdrawNamed' : 'work.staff.review.publishNamed', { name: row.name ?? row.id }));
      change.addEventListener('click', () => this.setPublished(row, !row.published));
      action.append(change);
    }
    tr.append(
      nameCell,
      el('td', null, this.vocabulary.label('facilityTypes', row.type, language) ?? row.type ?? '—'),
      el('td', null, row.status ? this.vocabulary.label('facilityStatuses', row.status, language) ?? row.status : '—'),
      el('td', row.published ? 'work-staff-published' : 'work-staff-unpublished', t(state)),
      action,
    );
    return tr;
  }

  async setPublished(row, published) {
    this.messages.clear();
    await this.messages.busy(async () => {
      try {
        const { body } = await putJson(publicationUrl(row.id), { published });
        this.publication.set(row.id, body.published === true);
        this.renderQueue();
        this.messages.showSummary(t(body.published ? 'work.staff.review.nowPublished' : 'work.staff.review.nowWithdrawn', { name: row.name ?? row.id }), 'done');
      } catch (error) {
        this.messages.showError(error);
      }
    });
  }

  buildExports() {
    const form = el('form', 'work-form');
    form.noValidate = true;
    form.dataset.form = 'review-export';
    form.addEventListener('submit', (event) => event.preventDefault());
    this.filterNote = el('p', 'work-hint work-staff-filters');
    this.filterNote.setAttribute('aria-live', 'polite');
    const actions = el('div', 'work-actions');
    this.exportButtons = EXPORT_FORMATS.map((format) => {
      const node = button(`work.staff.review.format.${format}`);
      node.dataset.format = format;
      node.addEventListener('click', () => this.exportAs(format));
      actions.append(node);
      return node;
    });
    this.saved = el('p', 'work-hint work-staff-saved');
    this.saved.setAttribute('aria-live', 'polite');
    form.append(this.filterNote, actions, this.saved);
    this.exportForm = form;
    this.exportMessages = new FormMessages(form, {});
    this.exportSection.append(heading(3, 'work.staff.review.exportHeading'), keyed('p', 'work-hint', 'work.staff.review.exportHint'), form);
    this.renderExports();
  }

  // What the exports will hold: the filters in words, and each button's URL (none when nothing
  // matches).
  renderExports() {
    const { filters } = this.state.get();
    const language = currentLanguage();
    const parts = [];
    if (filters.facilityTypes.length) parts.push(t('work.staff.review.filterTypes', { list: filters.facilityTypes.map((code) => this.vocabulary.label('facilityTypes', code, language) ?? code).join(', ') }));
    if (filters.statuses.length) parts.push(t('work.staff.review.filterStatuses', { list: filters.statuses.map((code) => this.vocabulary.label('facilityStatuses', code, language) ?? code).join(', ') }));
    const { params, count } = exportQuery(filters, this.facilities);
    if (filters.text.trim()) parts.push(t('work.staff.review.filterText', { text: filters.text.trim(), count: formatNumber(count ?? 0) }));
    this.filterNote.textContent = hasFacilityFilters(filters) ? t('work.staff.review.filtered', { filters: parts.join('; ') }) : t('work.staff.review.unfiltered');
    for (const node of this.exportButtons) {
      const url = params ? exportUrl(node.dataset.format, filters, this.facilities) : null;
      node.disabled = !url;
      if (url) node.dataset.url = url;
      else delete node.dataset.url;
    }
    if (!params) this.filterNote.textContent += ` ${t('work.staff.review.nothingMatches')}`;
  }

  async exportAs(format) {
    const { filters } = this.state.get();
    const url = exportUrl(format, filters, this.facilities);
    if (!url) return;
    this.exportMessages.clear();
    await this.exportMessages.busy(async () => {
      try {
        const file = await download(url, `sightline-facilities.${format}`);
        this.saved.textContent = t('work.staff.savedFile', { name: file.filename, size: formatNumber(file.size) });
        this.saved.dataset.filename = file.filename;
        this.saved.dataset.url = url;
        this.saved.dataset.size = String(file.size);
      } catch (error) {
        this.exportMessages.showError(error);
      }
    });
  }

  relabel() {
    if (this.facilities.length) this.renderQueue();
    this.renderExports();
  }

  destroy() {
    this.unsubscribe();
  }
}
