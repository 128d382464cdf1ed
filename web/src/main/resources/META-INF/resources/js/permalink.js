// Permalinks: the page's URL holds the view, the period, the layers, the filters, the list's order,
// the selected facility and the language, so a copied link opens the same map. Pure: no DOM.
//
// Query parameters (all optional; defaults are left out of the URL):
//   lang=en|ko  at=LAT,LON,ZOOM  from=YYYY-MM-DD  to=YYYY-MM-DD  (date=YYYY-MM-DD: older links, = to)
//   layers=a,b  q=TEXT  type=..  status=..  etype=..  level=..  source=..  (comma-separated codes)
//   sort=name|type|status|events  facility=ID
// Anything malformed is ignored, never an error: a hand-edited link still opens the map.

import { validDate } from './period.js';
import { DEFAULT_LAYERS, EMPTY_FILTERS, LAYERS } from './state.js';


const CODE = /^[a-z0-9][a-z0-9-]{0,63}$/;
const SORTS = ['name', 'type', 'status', 'events'];
const FILTER_PARAMS = Object.freeze({
  facilityTypes: 'type',
  statuses: 'status',
  eventTypes: 'etype',
  levels: 'level',
  sourceKinds: 'source',
});
const MAX_TEXT = 200;

// "LAT,LON,ZOOM" -> { lat, lon, zoom } when in range, else null.
export function parseView(value) {
  if (typeof value !== 'string') return null;
  const parts = value.split(',').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [lat, lon, zoom] = parts;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || zoom < 0 || zoom > 22) return null;
  return { lat, lon, zoom };
}

export function formatView(view) {
  return `${view.lat.toFixed(5)},${view.lon.toFixed(5)},${Number(view.zoom.toFixed(2))}`;
}

function codes(value) {
  if (typeof value !== 'string' || !value) return [];
  return [...new Set(value.split(',').map((s) => s.trim()).filter((s) => CODE.test(s)))];
}

// The state a URL asks for: only the keys it gives (valid ones), for createState/set.
export function stateFromUrl(href) {
  const params = new URL(href).searchParams;
  const patch = {};
  const lang = params.get('lang');
  if (lang === 'en' || lang === 'ko') patch.language = lang;
  const view = parseView(params.get('at'));
  if (view) patch.view = view;
  const from = validDate(params.get('from'));
  const to = validDate(params.get('to')) ?? validDate(params.get('date'));
  if (from) patch.from = from;
  if (to) patch.to = to;
  if (patch.from && patch.to && patch.from > patch.to) [patch.from, patch.to] = [patch.to, patch.from];
  if (params.has('layers')) {
    const asked = new Set(codes(params.get('layers').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))
      .map((code) => code.replace(/-([a-z])/g, (m, c) => c.toUpperCase())));
    patch.layers = Object.freeze(LAYERS.filter((layer) => asked.has(layer)));
  }
  const filters = { ...EMPTY_FILTERS };
  let filtered = false;
  const text = params.get('q');
  if (text) {
    filters.text = text.slice(0, MAX_TEXT);
    filtered = true;
  }
  for (const [key, param] of Object.entries(FILTER_PARAMS)) {
    const list = codes(params.get(param));
    if (list.length) {
      filters[key] = Object.freeze(list);
      filtered = true;
    }
  }
  if (filtered) patch.filters = Object.freeze(filters);
  const sort = params.get('sort');
  if (SORTS.includes(sort)) patch.listSort = sort;
  const facility = params.get('facility');
  if (facility && facility.length <= 200) patch.selectedFacilityId = facility;
  return patch;
}

const kebab = (layer) => layer.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

// The URL for a state: the page's own URL with the state's parameters set (defaults left out) and
// any other parameters kept.
export function urlForState(href, state, { defaultTo = null } = {}) {
  const url = new URL(href);
  const set = (name, value) => {
    if (value === null || value === undefined || value === '') url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  };
  url.searchParams.delete('date');
  set('lang', state.language);
  set('at', state.view ? formatView(state.view) : null);
  set('from', state.from);
  set('to', state.to && state.to !== defaultTo ? state.to : null);
  const sameLayers = state.layers.length === DEFAULT_LAYERS.length && state.layers.every((l) => DEFAULT_LAYERS.includes(l));
  set('layers', sameLayers ? null : state.layers.map(kebab).join(',') || '-');
  set('q', state.filters.text.trim() || null);
  for (const [key, param] of Object.entries(FILTER_PARAMS)) set(param, state.filters[key].join(',') || null);
  set('sort', state.listSort === 'name' ? null : state.listSort);
  set('facility', state.selectedFacilityId);
  return url.href;
}
