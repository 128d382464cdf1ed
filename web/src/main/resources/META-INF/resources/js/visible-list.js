// The list of what is on the map (map-to-list): the facilities in the current view that the
// filters let through, sortable, and the corroborated events drawn in the view. It follows the
// map (pan, zoom, period, filters) and the map follows it (its text filter is the map's filter).
// It is also the keyboard and screen-reader way to what the canvas layers draw.
//
// The server's name search (GET /api/facilities?q=) adds facilities whose names are spelled
// differently ("Yodeok" finds Yodok) under "Similar names"; those are drawn on the map too.

import { searchFacilities } from './api.js';
import { countOnce } from './facility-model.js';
import { el } from './dom.js';
import { matchesFilters, sortFacilities } from './facility-filters.js';
import { t, plural, formatNumber, currentLanguage } from './i18n.js';
import { spanText } from './map-layers.js';
import { LEVELS } from './layer-styles.js';

const SORTS = ['name', 'type', 'status', 'events'];
const MAX_EVENTS_LISTED = 200;
const SEARCH_DELAY_MS = 300;

export class VisibleList {
  // elements: { list, count, filter, sort, eventsHeading, eventCount, eventList };
  // map: the Leaflet map (its bounds); eventLayer: the events DenseLayer (its visible features);
  // onSimilar(ids): the similar names found for the text filter, to be drawn on the map too.
  constructor(elements, { state, map, eventLayer, onSimilar }) {
    this.els = elements;
    this.state = state;
    this.map = map;
    this.eventLayer = eventLayer;
    this.onSimilar = onSimilar;
    this.facilities = [];
    this.vocabulary = null;
    this.facilityNames = new Map();
    this.similar = { query: '', ids: [] };
    this.searchTimer = null;
    this.renderTimer = null;

    elements.filter.value = state.get().filters.text;
    elements.filter.addEventListener('input', () => {
      state.set({ filters: Object.freeze({ ...state.get().filters, text: elements.filter.value }) });
    });
    elements.sort.addEventListener('change', () => state.set({ listSort: elements.sort.value }));
    state.subscribe('filters', ({ filters }) => {
      if (elements.filter.value !== filters.text) elements.filter.value = filters.text;
      this.scheduleServerSearch();
      this.render();
    });
    state.subscribe(['listSort', 'selectedFacilityId', 'layerCounts'], () => this.scheduleRender());
    state.subscribe('language', () => this.render());
    map.on('moveend', () => this.scheduleRender());
  }

  setFacilities(facilities, vocabulary) {
    this.facilities = facilities;
    this.vocabulary = vocabulary;
    this.facilityNames = new Map(facilities.map((f) => [f.id, f]));
    this.scheduleServerSearch();
    this.render();
  }

  scheduleRender() {
    clearTimeout(this.renderTimer);
    this.renderTimer = setTimeout(() => this.render(), 50);
  }

  // Asks the server for similar names once typing pauses; only the answer for the current text counts.
  scheduleServerSearch() {
    clearTimeout(this.searchTimer);
    const query = this.state.get().filters.text.trim();
    if (query.length < 3) {
      if (this.similar.ids.length) this.onSimilar([]);
      this.similar = { query: '', ids: [] };
      return;
    }
    this.searchTimer = setTimeout(async () => {
      try {
        const found = await searchFacilities(query);
        if (this.state.get().filters.text.trim() !== query) return;
        const ids = Array.isArray(found) ? found.map((f) => String(f?.id ?? '')).filter((id) => this.facilityNames.has(id)) : [];
        this.similar = { query, ids };
        this.onSimilar(ids);
        this.render();
        this.els.list.dataset.similarFor = query;
      } catch (err) {
        console.warn('name search unavailable', err);
      }
    }, SEARCH_DELAY_MS);
  }

  displayName(f) {
    return currentLanguage() === 'ko' && f.nameKo ? [f.nameKo, f.name] : [f.name, f.nameKo];
  }

  // Events drawn in the view, per facility id.
  eventCounts(events) {
    const counts = new Map();
    for (const event of events) {
      for (const id of event.properties?.facilityIds ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }

  render() {
    if (!this.vocabulary) return;
    const current = this.state.get();
    this.renderSortOptions(current.listSort);
    const bounds = this.map.getBounds();
    const inView = (f) => bounds.contains(f.anchor);
    const matching = this.facilities.filter((f) => matchesFilters(f, current.filters));
    const events = this.eventLayer.isOn() ? this.eventLayer.visibleFeatures().filter((e) => this.eventInView(e, bounds)) : [];
    const eventCounts = this.eventCounts(events);
    const shown = sortFacilities(matching.filter(inView), current.listSort, {
      displayName: (f) => this.displayName(f)[0],
      collator: new Intl.Collator(currentLanguage()),
      typeOrder: this.vocabulary.types,
      statusOrder: this.vocabulary.statuses,
      eventCounts,
    });
    const shownIds = new Set(matching.map((f) => f.id));
    const similar = this.similar.query === current.filters.text.trim()
      ? this.similar.ids.filter((id) => !shownIds.has(id)).map((id) => this.facilityNames.get(id))
      : [];

    const items = shown.map((f) => this.listItem(f, eventCounts.get(f.id) ?? 0));
    if (similar.length) {
      items.push(el('li', 'facility-list-similar', t('panel.similar')));
      items.push(...similar.map((f) => this.listItem(f, eventCounts.get(f.id) ?? 0)));
    }
    if (!items.length && this.facilities.length) {
      const query = current.filters.text.trim();
      items.push(el('li', 'facility-list-empty', query ? t('panel.empty', { query }) : t('visible.none')));
    }
    this.els.list.replaceChildren(...items);
    this.els.list.dataset.shown = String(shown.length);
    this.els.count.textContent = this.countText(shown, matching);
    this.renderEvents(events);
  }

  eventInView(event, bounds) {
    const b = event.properties?.bbox;
    if (Array.isArray(b) && b.length === 4) return bounds.intersects([[b[1], b[0]], [b[3], b[2]]]);
    const path = this.eventLayer.byId?.get(String(event.id ?? ''));
    if (!path) return false;
    return path.getBounds ? bounds.intersects(path.getBounds()) : bounds.contains(path.getLatLng());
  }

  renderSortOptions(selected) {
    const select = this.els.sort;
    const options = SORTS.map((code) => {
      const option = el('option', null, t(`visible.sort.${code}`));
      option.value = code;
      option.selected = code === selected;
      return option;
    });
    select.replaceChildren(...options);
  }

  countText(shown, matching) {
    const total = countOnce(this.facilities);
    if (!this.facilities.length) return '';
    return t('visible.count', {
      shown: formatNumber(countOnce(shown)),
      matching: formatNumber(countOnce(matching)),
      total: formatNumber(total),
    });
  }

  listItem(f, eventCount) {
    const [main, secondary] = this.displayName(f);
    const li = el('li');
    const button = el('button', 'facility-list-item');
    button.type = 'button';
    button.dataset.facilityId = f.id;
    if (f.id === this.state.get().selectedFacilityId) {
      button.classList.add('is-selected');
      button.setAttribute('aria-current', 'true');
    }
    button.append(el('span', `legend-swatch facility-type-${f.type} facility-status-${f.status ?? 'unknown'}`));
    const text = el('span', 'facility-list-text');
    text.append(el('span', 'facility-list-name', main));
    const language = currentLanguage();
    const parts = [
      secondary,
      this.vocabulary.typeLabel(f.type, language),
      f.status ? this.vocabulary.statusLabel(f.status, language) : null,
      eventCount ? plural('visible.events', eventCount) : null,
    ];
    if (f.possibleDuplicateOf) parts.push(t('panel.possibleDuplicate', { name: f.possibleDuplicateOf.name }));
    text.append(el('span', 'facility-list-meta', parts.filter(Boolean).join(' · ')));
    button.append(text);
    button.addEventListener('click', () => this.state.set({ selectedFacilityId: f.id }));
    li.append(button);
    return li;
  }

  renderEvents(events) {
    const on = this.eventLayer.isOn();
    const mode = this.state.get().layerCounts.events?.mode;
    for (const node of [this.els.eventsHeading, this.els.eventCount, this.els.eventList]) node.hidden = !on;
    if (!on) return;
    if (mode === 'cells') {
      this.els.eventCount.textContent = t('visible.eventsAggregated', {
        count: formatNumber(this.state.get().layerCounts.events.matched ?? 0),
      });
      this.els.eventList.replaceChildren();
      return;
    }
    const language = currentLanguage();
    const sorted = [...events].sort((a, b) =>
      LEVELS.indexOf(b.properties?.level) - LEVELS.indexOf(a.properties?.level)
      || String(a.properties?.timeEarliest ?? '').localeCompare(String(b.properties?.timeEarliest ?? '')));
    this.els.eventCount.textContent = plural('visible.eventsCount', events.length);
    const items = sorted.slice(0, MAX_EVENTS_LISTED).map((event) => {
      const p = event.properties ?? {};
      const li = el('li');
      const button = el('button', 'event-list-item');
      button.type = 'button';
      button.dataset.eventKey = String(p.eventKey ?? event.id ?? '');
      button.append(el('span', `level-dot level-${p.level ?? 'unknown'}`));
      const text = el('span', 'facility-list-text');
      const types = (p.claimTypes ?? []).map((code) => this.vocabulary.label('eventTypes', code, language)).join(', ');
      text.append(el('span', 'facility-list-name', types || t('events.untyped')));
      const facilities = (p.facilityIds ?? []).map((id) => {
        const f = this.facilityNames.get(id);
        return f ? this.displayName(f)[0] : id;
      });
      const meta = [
        this.vocabulary.label('corroborationLevels', p.level ?? '', language),
        spanText(p.timeEarliest, p.timeLatest),
        facilities.join(', '),
        p.synthetic ? t('events.syntheticShort') : null,
      ];
      text.append(el('span', 'facility-list-meta', meta.filter(Boolean).join(' · ')));
      button.append(text);
      button.addEventListener('click', () => this.eventLayer.openFeature(event.id));
      li.append(button);
      return li;
    });
    if (events.length > MAX_EVENTS_LISTED) {
      items.push(el('li', 'facility-list-empty', t('visible.eventsMore', { count: formatNumber(events.length - MAX_EVENTS_LISTED) })));
    }
    this.els.eventList.replaceChildren(...items);
  }
}
