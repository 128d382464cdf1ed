// The filters: groups of checkboxes (facility type and status; event type, corroboration level and
// source kind for those who may see events), written to the state's filters. No box ticked in a
// group means no filter on it. Labels come from the server's vocabulary in the current language.

import { el } from './dom.js';
import { t, currentLanguage } from './i18n.js';
import { EMPTY_FILTERS, hasAnyRole, STAFF_ROLES, withFilter } from './state.js';

// Filter key -> [vocabulary name, i18n key of the group's title, staff only]
const GROUPS = Object.freeze([
  ['facilityTypes', 'facilityTypes', 'filters.facilityTypes', false],
  ['statuses', 'facilityStatuses', 'filters.statuses', false],
  ['eventTypes', 'eventTypes', 'filters.eventTypes', true],
  ['levels', 'corroborationLevels', 'filters.levels', true],
  ['sourceKinds', 'evidenceKinds', 'filters.sourceKinds', true],
]);

export class FilterPanel {
  constructor({ container, clear, details }, { state, vocabulary }) {
    this.container = container;
    this.details = details;
    this.state = state;
    this.vocabulary = vocabulary;
    clear.addEventListener('click', () => state.set({ filters: Object.freeze({ ...EMPTY_FILTERS, text: state.get().filters.text }) }));
    state.subscribe(['filters', 'language', 'user'], () => this.render());
    this.render();
  }

  codes(vocabularyName) {
    if (vocabularyName === 'facilityTypes') return this.vocabulary.types;
    if (vocabularyName === 'facilityStatuses') return this.vocabulary.statuses;
    return this.vocabulary.codes(vocabularyName);
  }

  label(vocabularyName, code) {
    const language = currentLanguage();
    if (vocabularyName === 'facilityTypes') return this.vocabulary.typeLabel(code, language);
    if (vocabularyName === 'facilityStatuses') return this.vocabulary.statusLabel(code, language);
    return this.vocabulary.label(vocabularyName, code, language);
  }

  render() {
    const current = this.state.get();
    const staff = hasAnyRole(current.user, STAFF_ROLES);
    const groups = [];
    let active = 0;
    for (const [key, vocabularyName, titleKey, staffOnly] of GROUPS) {
      if (staffOnly && !staff) continue;
      const selected = current.filters[key];
      active += selected.length;
      const fieldset = el('fieldset', 'filter-group');
      fieldset.dataset.filter = key;
      fieldset.append(el('legend', 'filter-group-title', t(titleKey)));
      for (const code of this.codes(vocabularyName)) {
        const label = el('label', 'filter-option');
        const box = el('input');
        box.type = 'checkbox';
        box.value = code;
        box.checked = selected.includes(code);
        box.addEventListener('change', () => {
          const now = this.state.get().filters;
          const next = box.checked ? [...now[key], code] : now[key].filter((c) => c !== code);
          this.state.set({ filters: withFilter(now, key, next) });
        });
        label.append(box, el('span', null, this.label(vocabularyName, code)));
        fieldset.append(label);
      }
      groups.push(fieldset);
    }
    if (!staff) groups.push(el('p', 'filter-note', t('filters.staffNote')));
    // Keep focus on the box that was just changed when the groups are rebuilt.
    const focused = this.container.contains(document.activeElement)
      ? [document.activeElement.closest('fieldset')?.dataset.filter, document.activeElement.value] : null;
    this.container.replaceChildren(...groups);
    if (focused) {
      this.container.querySelector(`fieldset[data-filter="${focused[0]}"] input[value="${CSS.escape(focused[1] ?? '')}"]`)?.focus();
    }
    const summary = this.details.querySelector('summary');
    summary.textContent = active ? t('filters.headingActive', { count: active }) : t('filters.heading');
    this.details.dataset.active = String(active);
  }
}
