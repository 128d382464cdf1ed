// Side panel: the facility list, its text filter, the count and the legend. The filter matches
// names and aliases at once in the browser; the server's name search (GET /api/facilities?q=,
// romanization-blind over Hangul, romanizations and aliases, only the matches it ranks) then adds
// facilities whose names are spelled differently ("Yodeok" or "yoduk" finds Yodok) under
// "Similar names".

import { searchFacilities } from './api.js';
import { countOnce } from './facility-model.js';
import { el } from './dom.js';
import { t, plural, formatNumber, currentLanguage } from './i18n.js';

// Lower-cased, plus a form without spaces, hyphens and apostrophes ("Yo-dok" ~ "yodok").
function searchForms(text) {
  const lower = text.normalize('NFKC').toLocaleLowerCase();
  return [lower, lower.replace(/[\s\-‐–'’ʼ`.]/g, '')];
}

// True when the query matches the facility's name, Korean name or any alias.
export function matchesFilter(facility, query) {
  const [q, qCompact] = searchForms(query.trim());
  if (!q) return true;
  const names = [facility.name, facility.nameKo, ...facility.aliases].filter(Boolean);
  return names.some((name) => {
    const [n, nCompact] = searchForms(name);
    return n.includes(q) || (qCompact !== '' && nCompact.includes(qCompact));
  });
}

export class Panel {
  // state: the map's state (state.js); the panel writes its filter and draws its filter and selection.
  constructor({ list, filter, count, legend, onSelect }, state) {
    this.listEl = list;
    this.filterEl = filter;
    this.countEl = count;
    this.legendEl = legend;
    this.onSelect = onSelect;
    this.state = state;
    this.facilities = [];
    this.vocabulary = null; // types and their labels, with the facilities
    this.loaded = false; // no count until data has arrived
    this.similar = { query: '', ids: [] }; // the server's matches for a query
    this.searchTimer = null;
    this.filterEl.value = state.get().filter;
    this.filterEl.addEventListener('input', () => state.set({ filter: this.filterEl.value }));
    state.subscribe('filter', () => {
      this.renderList();
      this.scheduleServerSearch();
    });
    state.subscribe('selectedFacilityId', ({ selectedFacilityId }) => this.showSelected(selectedFacilityId));
  }

  // Asks the server for similar names once typing pauses; only the answer for the current text counts.
  scheduleServerSearch() {
    clearTimeout(this.searchTimer);
    const query = this.state.get().filter.trim();
    if (query.length < 3) {
      this.similar = { query: '', ids: [] };
      return;
    }
    this.searchTimer = setTimeout(async () => {
      try {
        const found = await searchFacilities(query);
        if (this.state.get().filter.trim() !== query) return;
        this.similar = { query, ids: Array.isArray(found) ? found.map((f) => String(f?.id ?? '')) : [] };
        this.renderList();
        this.listEl.dataset.similarFor = query;
      } catch (err) {
        console.warn('name search unavailable', err);
      }
    }, 300);
  }

  // facilities: normalised; vocabulary: their types' labels (vocabulary.js).
  setFacilities(facilities, vocabulary) {
    this.facilities = facilities;
    this.vocabulary = vocabulary;
    this.loaded = true;
    this.render();
  }

  // Highlights the list entry of the facility whose popup is open.
  showSelected(id) {
    for (const button of this.listEl.querySelectorAll('.facility-list-item')) {
      const on = button.dataset.facilityId === id;
      button.classList.toggle('is-selected', on);
      if (on) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
  }

  render() {
    this.renderList();
    this.renderLegend();
  }

  displayName(f) {
    return currentLanguage() === 'ko' && f.nameKo ? [f.nameKo, f.name] : [f.name, f.nameKo];
  }

  renderList() {
    const query = this.state.get().filter;
    const collator = new Intl.Collator(currentLanguage());
    const shown = this.facilities
      .filter((f) => matchesFilter(f, query))
      .sort((a, b) => collator.compare(this.displayName(a)[0], this.displayName(b)[0]));

    const shownIds = new Set(shown.map((f) => f.id));
    const byId = new Map(this.facilities.map((f) => [f.id, f]));
    const similar = this.similar.query === query.trim()
      ? this.similar.ids.filter((id) => !shownIds.has(id) && byId.has(id)).map((id) => byId.get(id))
      : [];

    const items = shown.map((f) => this.listItem(f));
    if (similar.length) {
      items.push(el('li', 'facility-list-similar', t('panel.similar')));
      items.push(...similar.map((f) => this.listItem(f)));
    }
    if (!items.length && this.facilities.length) {
      items.push(el('li', 'facility-list-empty', t('panel.empty', { query: query.trim() })));
    }
    this.listEl.replaceChildren(...items);

    this.countEl.textContent = this.countText([...shown, ...similar]);
  }

  // One facility's entry in the list.
  listItem(f) {
    const [main, secondary] = this.displayName(f);
    const li = el('li');
    const button = el('button', 'facility-list-item');
    button.type = 'button';
    button.dataset.facilityId = f.id;
    if (f.id === this.state.get().selectedFacilityId) {
      button.classList.add('is-selected');
      button.setAttribute('aria-current', 'true');
    }
    button.append(el('span', `legend-swatch facility-type-${f.type}`));
    const text = el('span', 'facility-list-text');
    text.append(el('span', 'facility-list-name', main));
    const type = this.vocabulary.typeLabel(f.type, currentLanguage());
    const parts = [secondary, type];
    if (f.possibleDuplicateOf) parts.push(t('panel.possibleDuplicate', { name: f.possibleDuplicateOf.name }));
    const meta = parts.filter(Boolean).join(' · ');
    text.append(el('span', 'facility-list-meta', meta));
    button.append(text);
    button.addEventListener('click', () => this.onSelect(f.id));
    li.append(button);
    return li;
  }

  // Candidate duplicates count with their namesakes ("possible duplicate of ..."), and say so.
  countText(shownFacilities) {
    if (!this.loaded) return '';
    const total = countOnce(this.facilities);
    const shown = countOnce(shownFacilities);
    const duplicates = this.facilities.length - total;
    const text = shownFacilities.length === this.facilities.length
      ? plural('panel.count', total)
      : t('panel.countFiltered', { shown: formatNumber(shown), count: formatNumber(total) });
    return duplicates ? `${text} · ${plural('panel.duplicates', duplicates)}` : text;
  }

  renderLegend() {
    const counts = new Map();
    const ids = new Set(this.facilities.map((f) => f.id));
    for (const f of this.facilities) {
      if (f.possibleDuplicateOf && ids.has(f.possibleDuplicateOf.id)) continue; // counted with its namesake
      counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
    }
    const types = this.vocabulary?.types ?? [];
    const items = types.map((type) => {
      const li = el('li', 'legend-item');
      li.append(el('span', `legend-swatch facility-type-${type}`),
        el('span', 'legend-label', this.vocabulary.typeLabel(type, currentLanguage())));
      li.append(el('span', 'legend-count', formatNumber(counts.get(type) ?? 0)));
      return li;
    });
    const alt = el('li', 'legend-item legend-item-alt');
    alt.append(el('span', 'legend-swatch legend-swatch-alt'), el('span', 'legend-label', t('legend.altLocation')));
    items.push(alt);
    for (const [key, kind] of [['legend.boundary', 'boundary'], ['legend.approximate', 'approximate'],
      ['legend.sceneFootprint', 'scene']]) {
      const li = el('li', `legend-item legend-item-${kind}`);
      li.append(el('span', `legend-line legend-line-${kind}`), el('span', 'legend-label', t(key)));
      items.push(li);
    }
    this.legendEl.replaceChildren(...items);
  }
}
