// Analysts: edit the selected facility's names, type, status and agency, and see its history
// (who changed what, when). The save sends the version the form loaded (If-Match); a concurrent
// edit opens the comparison (conflict.js) instead of overwriting. The exemplar of a work task:
// fields.js controls named as the server's fields, FormMessages for the server's problems,
// VersionedRecord for the version check.

import { el } from '../../dom.js';
import { currentLanguage, t } from '../../i18n.js';
import { describe, FormMessages } from '../form.js';
import { getJson } from '../http.js';
import { button, heading, linesOf, selectField, textArea, textField, valueOf, vocabularyChoices } from '../fields.js';
import { publicationControl } from '../publication-state.js';
import { VersionedRecord } from '../versioned.js';

const EDITED_FIELDS = ['name', 'nameKo', 'nameMr', 'nameRr', 'aliases', 'type', 'status', 'statusSince', 'controllingAgency', 'province', 'description'];
const HISTORY_LIMIT = 50;

export const facilityEditorTask = {
  id: 'facility',
  roles: ['analyst'],
  titleKey: 'work.facility.title',
  create: (container, context) => new FacilityEditor(container, context),
};

export const facilityUrl = (id) => `/api/facilities/${encodeURIComponent(id)}`;

class FacilityEditor {
  constructor(container, { state, vocabulary, onFacilityChanged = () => {} }) {
    this.container = container;
    this.state = state;
    this.vocabulary = vocabulary;
    this.onFacilityChanged = onFacilityChanged;
    this.facilityId = null;
    this.record = null;
    this.empty = el('p', 'work-hint', t('work.facility.none'));
    this.empty.dataset.i18n = 'work.facility.none';
    this.body = el('div', 'work-facility');
    container.append(heading(3, 'work.facility.editHeading'), this.empty, this.body);
    this.unsubscribe = state.subscribe('selectedFacilityId', ({ selectedFacilityId }) => this.show({ facilityId: selectedFacilityId }));
  }

  // Shows the facility given (or the selected one). Unsaved input is kept when it is the same one.
  async show(args = {}) {
    const facilityId = args?.facilityId ?? this.state.get().selectedFacilityId;
    this.empty.hidden = Boolean(facilityId);
    if (!facilityId || facilityId === this.facilityId) return;
    this.facilityId = facilityId;
    this.record = new VersionedRecord(facilityUrl(facilityId), { fields: this.comparedFields(), saved: (body) => body?.facility ?? body });
    this.body.replaceChildren(el('p', 'work-hint', t('work.loading')));
    try {
      const facility = await this.record.load();
      if (this.facilityId !== facilityId) return;
      this.render(facility);
    } catch (error) {
      this.body.replaceChildren(el('p', 'work-form-summary error', describe(error)));
    }
  }

  comparedFields() {
    return EDITED_FIELDS.map((key) => ({ key, label: t(`work.facility.field.${key}`) }));
  }

  render(facility) {
    const language = currentLanguage();
    const form = el('form', 'work-form');
    form.noValidate = true;
    form.dataset.facilityId = facility.id;
    const title = el('p', 'work-record-title', `${facility.name} · ${facility.id}`);
    const version = el('p', 'work-record-version');
    form.append(
      textField('name', 'work.facility.field.name', { value: facility.name, required: true, maxLength: 200 }),
      textField('nameKo', 'work.facility.field.nameKo', { value: facility.nameKo, lang: 'ko' }),
      textField('nameMr', 'work.facility.field.nameMr', { value: facility.nameMr }),
      textField('nameRr', 'work.facility.field.nameRr', { value: facility.nameRr }),
      textArea('aliases', 'work.facility.field.aliases', { value: (facility.aliases ?? []).join('\n'), rows: 3, hintKey: 'work.facility.aliasesHint' }),
      selectField('type', 'work.facility.field.type', vocabularyChoices(this.vocabulary, 'facilityTypes', language), { value: facility.type }),
      selectField('status', 'work.facility.field.status', vocabularyChoices(this.vocabulary, 'facilityStatuses', language), { value: facility.status }),
      textField('statusSince', 'work.facility.field.statusSince', { value: facility.statusSince, type: 'date' }),
      textField('controllingAgency', 'work.facility.field.controllingAgency', { value: facility.controllingAgency }),
      textField('province', 'work.facility.field.province', { value: facility.province }),
      textArea('description', 'work.facility.field.description', { value: facility.description, rows: 3 }),
    );
    const save = button('work.save', { type: 'submit' });
    const actions = el('div', 'work-actions');
    actions.append(save);
    form.append(actions);
    const messages = new FormMessages(form, Object.fromEntries(EDITED_FIELDS.map((key) => [key, key])));
    const showVersion = (body) => {
      version.textContent = t('work.facility.version', { version: body.version, by: body.updatedBy ?? '—', at: body.updatedAt ?? '—' });
    };
    showVersion(facility);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      messages.clear();
      await messages.busy(async () => {
        try {
          const result = await this.record.save(this.edit(form, this.record.current));
          if (result.saved) {
            showVersion(result.saved);
            messages.showSummary(t('work.facility.saved', { version: result.saved.version }), 'done');
            this.onFacilityChanged(result.saved);
            this.loadHistory(historyList);
            publication.refresh();
          } else if (result.conflict === 'rebase') {
            fill(form, result.merged);
            showVersion(result.current);
            messages.showSummary(t('work.conflict.rebased', { version: result.current.version }), 'info');
          } else {
            messages.showSummary(t('work.conflict.kept'), 'error');
          }
        } catch (error) {
          messages.showError(error);
        }
      });
    });
    const historyList = el('ol', 'work-history');
    const history = el('details', 'work-history-details');
    const summary = el('summary', null, t('work.history.heading'));
    summary.dataset.i18n = 'work.history.heading';
    history.append(summary, historyList);
    history.addEventListener('toggle', () => history.open && this.loadHistory(historyList));
    // Publication: the facility's state and "Submit for review" (an advocate then publishes it).
    const publication = publicationControl('facility', facility.id, { textFields: [{ name: 'description', labelKey: 'work.publication.descriptionPublishable' }] });
    this.publication = publication;
    this.body.replaceChildren(title, version, form, heading(4, 'work.publication.heading'), publication.element, history);
  }

  // The PUT body: the loaded record with the form's values (fields the form does not show, such
  // as the location, stay as loaded).
  edit(form, loaded) {
    const edit = {};
    for (const key of ['id', 'location']) edit[key] = loaded?.[key] ?? null;
    for (const key of EDITED_FIELDS) edit[key] = valueOf(form, key);
    edit.aliases = linesOf(form, 'aliases');
    return edit;
  }

  async loadHistory(list) {
    list.replaceChildren(el('li', 'work-hint', t('work.loading')));
    try {
      const { body } = await getJson(`${facilityUrl(this.facilityId)}/history`);
      const versions = Array.isArray(body) ? body : [];
      list.replaceChildren(...historyItems(versions).slice(0, HISTORY_LIMIT));
    } catch (error) {
      list.replaceChildren(el('li', 'work-form-summary error', describe(error)));
    }
  }

  relabel() {
    this.publication?.relabel();
  }

  destroy() {
    this.unsubscribe();
  }
}

// Puts a record's values into the form's controls (after a conflict: the merged version).
function fill(form, record) {
  for (const key of EDITED_FIELDS) {
    const control = form.elements.namedItem(key);
    if (!control) continue;
    const value = record?.[key];
    control.value = Array.isArray(value) ? value.join('\n') : value ?? '';
  }
}

// The history, newest first: when, who, what, and the fields that changed from the version before.
export function historyItems(versions) {
  const items = [];
  let previous = null;
  for (const version of versions) {
    const changed = previous ? changedKeys(previous.state, version.state) : [];
    items.push({ version, changed });
    previous = version;
  }
  return items.reverse().map(({ version, changed }) => {
    const item = el('li', 'work-history-item');
    item.append(
      el('span', 'work-history-when', String(version.recordedAt ?? '').replace('T', ' ').slice(0, 16)),
      el('span', 'work-history-who', String(version.actor ?? '')),
      el('span', 'work-history-what', t(`work.history.op.${version.operation}`)),
    );
    if (changed.length) item.append(el('span', 'work-history-fields', changed.join(', ')));
    return item;
  });
}

const BOOKKEEPING = new Set(['version', 'updated_at', 'updated_by', 'created_at']);

function changedKeys(before = {}, after = {}) {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((key) => !BOOKKEEPING.has(key) && JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key])).sort();
}
