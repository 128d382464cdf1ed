// Advocates: the review workflow and exports.
// - Waiting for review: the reviews in state "ready" (GET /api/publication/reviews?state=ready,
//   paged by `after`), each with its kind, record and version, who submitted it and when, and the
//   note. Its preview (GET .../reviews/{id}/preview) is what the public would see under the policy
//   in force: drawn on the map as a highlighted layer, and listed as the public properties. Publish
//   (optional note) and Reject (note required) send the review's ETag (If-Match); the server refuses
//   (403) an advocate who submitted the review or wrote the version, and the form says so.
// - Published: withdraw a published version from the public surface, with a reason.
// - Corroborated events to submit: advocates read events only redacted, as the public would
//   (GET /api/publication/candidates/events); each can be previewed and submitted for review.
// - Exports: the facilities the map's filters let through, in GeoJSON, KML, GeoPackage or CSV,
//   with the token: staff exports hold unpublished facilities and are labelled restricted, and each
//   is recorded in the audit trail.

/* global L */

import { el } from '../../dom.js';
import { currentLanguage, formatNumber, t } from '../../i18n.js';
import { fetchAllFacilities } from '../../api.js';
import { normaliseFacility } from '../../facility-model.js';
import { download } from '../download.js';
import { button, heading, selectField, textArea, valueOf } from '../fields.js';
import { describe, FormMessages } from '../form.js';
import { getJson, postJson } from '../http.js';
import { publicationControl } from '../publication-state.js';
import { boundsOf, KINDS, decisionBody, decisionUrl, previewUrl, publicPropertyRows, reviewsUrl, reviewUrl } from '../publication-logic.js';
import { factList, keyed, when } from '../staff-ui.js';
import { EXPORT_FORMATS, exportQuery, exportUrl, hasFacilityFilters } from '../staff-logic.js';

const PAGE = 25;
const PREVIEW_STYLE = { className: 'work-review-preview', color: '#c2410c', weight: 3, fillOpacity: 0.25, dashArray: '6 4' };

export const reviewTask = {
  id: 'review',
  roles: ['advocate'],
  titleKey: 'work.staff.review.title',
  create: (container, context) => new ReviewTask(container, context),
};

class ReviewTask {
  constructor(container, { state, vocabulary, map }) {
    this.container = container;
    this.state = state;
    this.vocabulary = vocabulary;
    this.map = map;
    this.facilities = [];
    this.previewLayer = null;
    this.lists = {
      ready: { reviews: [], next: null },
      published: { reviews: [], next: null },
    };
    this.status = el('p', 'work-form-summary work-review-status');
    this.status.setAttribute('role', 'status');
    this.status.hidden = true;
    this.queueSection = el('section', 'work-staff-section work-review-queue');
    this.publishedSection = el('section', 'work-staff-section work-review-published');
    this.candidateSection = el('section', 'work-staff-section work-review-candidates');
    this.exportSection = el('section', 'work-staff-section');
    this.candidates = [];
    this.candidatesShown = PAGE;
    this.buildLists();
    this.buildCandidates();
    this.buildExports();
    container.append(this.status, this.queueSection, this.publishedSection, this.candidateSection, this.exportSection);
    this.unsubscribe = state.subscribe('filters', () => this.renderExports());
    this.loadFacilities();
    this.reload();
  }

  buildLists() {
    const refresh = button('work.staff.refresh', { className: 'work-button work-review-refresh' });
    refresh.addEventListener('click', () => this.reload());
    const head = el('div', 'work-staff-list-head');
    head.append(heading(3, 'work.staff.review.queueHeading'), refresh);
    this.queue = el('ol', 'work-review-list');
    this.queue.dataset.state = 'ready';
    this.queueMore = button('work.publication.more', { className: 'work-button work-review-more' });
    this.queueMore.addEventListener('click', () => this.load('ready', true));
    this.queueSection.append(head, keyed('p', 'work-hint', 'work.publication.queueHint'), this.kindFilter('ready'), this.queue, this.queueMore);
    this.published = el('ol', 'work-review-list');
    this.published.dataset.state = 'published';
    this.publishedMore = button('work.publication.more', { className: 'work-button work-review-more' });
    this.publishedMore.addEventListener('click', () => this.load('published', true));
    this.publishedSection.append(heading(3, 'work.publication.publishedHeading'), keyed('p', 'work-hint', 'work.publication.publishedHint'), this.kindFilter('published'), this.published, this.publishedMore);
  }

  // A list's kind filter (the published list holds every public-source record too).
  kindFilter(state) {
    const choices = KINDS.map((kind) => ({ value: kind, label: this.kindLabel(kind) }));
    const field = selectField('kind', 'work.publication.kindFilter', choices, { emptyKey: 'work.publication.allKinds' });
    field.classList.add('work-review-kind');
    field.control.dataset.list = state;
    field.control.addEventListener('change', () => {
      this.lists[state].kind = field.control.value || null;
      this.load(state, false);
    });
    return field;
  }

  async reload() {
    await Promise.all([this.load('ready', false), this.load('published', false)]);
  }

  // A page of reviews in a state; `more` appends the next page.
  async load(state, more) {
    const list = this.lists[state];
    const node = state === 'ready' ? this.queue : this.published;
    if (!more) {
      list.reviews = [];
      list.next = null;
      node.replaceChildren(el('li', 'work-hint', t('work.loading')));
    }
    try {
      const { body } = await getJson(reviewsUrl(state, { after: more ? list.next : null, limit: PAGE, kind: list.kind ?? null }));
      list.reviews.push(...(body?.reviews ?? []));
      list.next = body?.next ?? null;
      this.renderList(state);
    } catch (error) {
      node.replaceChildren(el('li', 'work-form-summary error', describe(error)));
    }
  }

  renderList(state) {
    const { reviews, next } = this.lists[state];
    const node = state === 'ready' ? this.queue : this.published;
    const more = state === 'ready' ? this.queueMore : this.publishedMore;
    more.hidden = next === null;
    if (!reviews.length) {
      node.replaceChildren(keyed('li', 'work-hint', state === 'ready' ? 'work.publication.queueEmpty' : 'work.publication.publishedEmpty'));
      return;
    }
    node.replaceChildren(...reviews.map((review) => this.reviewItem(review, state)));
  }

  kindLabel(kind) {
    return KINDS.includes(kind) ? t(`work.publication.kind.${kind}`) : String(kind);
  }

  recordName(review) {
    if (review.kind === 'facility') return this.facilities.find((f) => f.id === review.recordId)?.name ?? null;
    return null;
  }

  reviewItem(review, state) {
    const item = el('li', 'work-review-item');
    item.dataset.reviewId = String(review.id);
    item.dataset.kind = review.kind;
    item.dataset.recordId = review.recordId;
    const name = this.recordName(review);
    item.append(el('p', 'work-review-title', t('work.publication.reviewTitle', {
      kind: this.kindLabel(review.kind), id: review.recordId, version: review.recordVersion, review: review.id,
    }) + (name ? ` · ${name}` : '')));
    const facts = [
      ['work.publication.submittedBy', `${review.submittedBy ?? '—'} · ${when(review.submittedAt)}`],
      ['work.publication.submissionNote', review.submissionNote],
      ['work.publication.authors', (review.authors ?? []).join(', ')],
      ['work.publication.publishableText', (review.publishableText ?? []).join(', ') || t('work.publication.noText')],
    ];
    if (state === 'published') {
      facts.push(['work.publication.publishedBy', `${review.decidedBy ?? '—'} · ${when(review.publishedAt ?? review.decidedAt)}`]);
      facts.push(['work.publication.decisionNote', review.decisionNote]);
    }
    item.append(factList(facts));
    const preview = el('div', 'work-review-preview-box');
    preview.setAttribute('aria-live', 'polite');
    const show = button('work.publication.preview', { className: 'work-button work-review-show' });
    show.dataset.action = 'preview';
    show.setAttribute('aria-label', t('work.publication.previewNamed', { id: review.recordId }));
    show.addEventListener('click', () => this.showPreview(review, item, preview));
    const actions = el('div', 'work-actions');
    actions.append(show);
    item.append(actions, preview, state === 'ready' ? this.decisionForm(review) : this.withdrawForm(review));
    return item;
  }

  // The preview: the public features on the map (one highlighted layer, replaced by the next
  // preview) and their public properties as a list.
  async showPreview(review, item, box) {
    box.replaceChildren(el('p', 'work-hint', t('work.loading')));
    try {
      const { body } = await getJson(previewUrl(review.id));
      this.showCollection(body, item, box, body?.policy?.version ?? '—');
    } catch (error) {
      box.replaceChildren(el('p', 'work-form-summary error', describe(error)));
    }
  }

  // Draws a collection of public features (a preview) on the map and lists their properties.
  showCollection(body, item, box, policyVersion) {
    const features = Array.isArray(body?.features) ? body.features : [];
    this.clearPreview();
    for (const node of this.container.querySelectorAll('.work-review-item[data-previewed]')) delete node.dataset.previewed;
    item.dataset.previewed = String(features.length);
    if (this.map && features.length) {
      this.previewLayer = L.geoJSON(body, {
        style: () => PREVIEW_STYLE,
        pointToLayer: (feature, latlng) => L.circleMarker(latlng, { ...PREVIEW_STYLE, radius: 9, dashArray: null }),
      }).addTo(this.map);
      const bounds = boundsOf(body);
      if (bounds) this.map.fitBounds(bounds, { maxZoom: 12, padding: [30, 30] });
    }
    const nodes = [el('p', 'work-review-preview-count', policyVersion === null
      ? t('work.publication.previewCountNow', { count: formatNumber(features.length) })
      : t('work.publication.previewCount', { count: formatNumber(features.length), policy: policyVersion }))];
    if (!features.length) nodes.push(keyed('p', 'work-hint', 'work.publication.previewNothing'));
    features.forEach((feature, index) => {
      const list = el('dl', 'work-staff-facts work-review-properties');
      list.dataset.feature = String(feature.id ?? index);
      for (const [path, text] of publicPropertyRows(feature.properties)) list.append(el('dt', null, path), el('dd', null, text));
      nodes.push(el('p', 'work-review-feature', t('work.publication.previewFeature', { n: index + 1, geometry: feature.geometry?.type ?? '—' })), list);
    });
    box.replaceChildren(...nodes);
  }

  clearPreview() {
    if (this.previewLayer) this.previewLayer.remove();
    this.previewLayer = null;
  }

  decisionForm(review) {
    const form = el('form', 'work-form work-review-decision');
    form.noValidate = true;
    form.dataset.form = 'review-decision';
    form.append(textArea('note', 'work.publication.decisionNoteLabel', { rows: 2, maxLength: 2000, hintKey: 'work.publication.decisionNoteHint' }));
    const publish = button('work.publication.publish', { type: 'submit', className: 'work-button primary' });
    publish.dataset.action = 'publish';
    publish.value = 'publish';
    const reject = button('work.publication.reject', { type: 'submit', className: 'work-button' });
    reject.dataset.action = 'reject';
    reject.value = 'reject';
    const actions = el('div', 'work-actions');
    actions.append(publish, reject);
    form.append(actions);
    const messages = new FormMessages(form, { note: 'note' });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const action = event.submitter?.value === 'reject' ? 'reject' : 'publish';
      this.decide(review, action, valueOf(form, 'note'), messages);
    });
    return form;
  }

  withdrawForm(review) {
    const form = el('form', 'work-form work-review-withdraw');
    form.noValidate = true;
    form.dataset.form = 'review-withdraw';
    form.append(textArea('reason', 'work.publication.withdrawReason', { rows: 2, required: true, maxLength: 2000 }));
    const withdraw = button('work.publication.withdraw', { type: 'submit', className: 'work-button danger' });
    withdraw.dataset.action = 'withdraw';
    const actions = el('div', 'work-actions');
    actions.append(withdraw);
    form.append(actions);
    const messages = new FormMessages(form, { reason: 'reason' });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.decide(review, 'withdraw', valueOf(form, 'reason'), messages);
    });
    return form;
  }

  // A decision on the review's current version (its ETag read first); a refusal stays at the form.
  async decide(review, action, text, messages) {
    messages.clear();
    await messages.busy(async () => {
      try {
        const { etag } = await getJson(reviewUrl(review.id));
        const { body } = await postJson(decisionUrl(review.id, action), decisionBody(action, text), { etag });
        this.clearPreview();
        this.announce(t(`work.publication.done.${action}`, { kind: this.kindLabel(body.kind), id: body.recordId, version: body.recordVersion }), action);
        await this.reload();
      } catch (error) {
        if (error?.status === 403) messages.showSummary(t('work.publication.refused', { message: error.message }), 'error');
        else messages.showError(error);
      }
    });
  }

  announce(message, action) {
    this.status.textContent = message;
    this.status.dataset.action = action;
    this.status.className = 'work-form-summary done work-review-status';
    this.status.hidden = false;
  }

  // ---- Corroborated events to submit ----
  // Advocates read events only as the public would see them (GET
  // /api/publication/candidates/events): each live event with its level and its redacted preview,
  // which can be shown on the map, and "Submit for review" (its state read when opened).

  buildCandidates() {
    const load = button('work.publication.candidatesLoad', { className: 'work-button work-review-candidates-load' });
    load.addEventListener('click', () => this.loadCandidates());
    this.candidateList = el('ol', 'work-review-list work-review-candidate-list');
    this.candidateMore = button('work.publication.more', { className: 'work-button work-review-more' });
    this.candidateMore.hidden = true;
    this.candidateMore.addEventListener('click', () => {
      this.candidatesShown += PAGE;
      this.renderCandidates();
    });
    this.candidateSection.append(heading(3, 'work.publication.candidatesHeading'), keyed('p', 'work-hint', 'work.publication.candidatesHint'),
      load, this.candidateList, this.candidateMore);
  }

  async loadCandidates() {
    this.candidateList.replaceChildren(el('li', 'work-hint', t('work.loading')));
    try {
      const { body } = await getJson('/api/publication/candidates/events');
      this.candidates = Array.isArray(body) ? body : [];
      this.candidatesShown = PAGE;
      this.renderCandidates();
    } catch (error) {
      this.candidateList.replaceChildren(el('li', 'work-form-summary error', describe(error)));
    }
  }

  renderCandidates() {
    const shown = this.candidates.slice(0, this.candidatesShown);
    this.candidateMore.hidden = this.candidates.length <= shown.length;
    if (!shown.length) {
      this.candidateList.replaceChildren(keyed('li', 'work-hint', 'work.publication.candidatesEmpty'));
      return;
    }
    this.candidateList.replaceChildren(...shown.map((candidate) => this.candidateItem(candidate)));
  }

  candidateItem(candidate) {
    const item = el('li', 'work-review-item work-review-candidate');
    item.dataset.eventKey = candidate.eventKey;
    const level = this.vocabulary.label('corroborationLevels', candidate.level, currentLanguage()) ?? candidate.level;
    item.append(el('p', 'work-review-title', t('work.publication.candidateTitle', { id: candidate.eventKey, level })));
    const box = el('div', 'work-review-preview-box');
    const actions = el('div', 'work-actions');
    if (candidate.preview) {
      const time = candidate.preview.properties?.time?.edtf;
      item.append(el('p', 'work-hint', t('work.publication.candidatePublic', { time: time ?? '—' })));
      const show = button('work.publication.preview', { className: 'work-button work-review-show' });
      show.dataset.action = 'preview';
      show.setAttribute('aria-label', t('work.publication.previewNamed', { id: candidate.eventKey }));
      show.addEventListener('click', () => this.showCollection({ type: 'FeatureCollection', features: [candidate.preview] }, item, box, null));
      actions.append(show);
    } else {
      item.append(keyed('p', 'work-hint', 'work.publication.previewNothing'));
    }
    const details = el('details', 'work-review-candidate-publication');
    details.append(keyed('summary', null, 'work.publication.heading'));
    details.addEventListener('toggle', () => {
      if (details.open && details.childElementCount === 1) {
        details.append(publicationControl('event', candidate.eventKey, { compact: true, onSubmitted: () => this.load('ready', false) }).element);
      }
    });
    item.append(actions, box, details);
    return item;
  }

  // ---- Exports ----

  async loadFacilities() {
    try {
      const features = await fetchAllFacilities();
      this.facilities = features.map((feature) => normaliseFacility(feature, this.vocabulary)).filter(Boolean);
      this.renderExports();
      for (const state of ['ready', 'published']) if (this.lists[state].reviews.length) this.renderList(state);
    } catch (error) {
      this.filterNote.textContent = describe(error);
    }
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
    for (const state of ['ready', 'published']) this.renderList(state);
    if (this.candidates.length) this.renderCandidates();
    this.renderExports();
  }

  destroy() {
    this.clearPreview();
    this.unsubscribe();
  }
}
