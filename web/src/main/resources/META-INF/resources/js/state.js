// The map's state in one place: what is shown (the period, the layers, the filters, the view, the
// language), what is picked (the selected facility), who is signed in, and how far loading has got.
// Modules read it with get(), change it with set({...}) and subscribe to the keys they draw from;
// nothing else keeps a copy. The permalink (permalink.js) is written from it and read into it.
// Pure: no DOM, no network.

// The layers the map can draw, in drawing order (bottom first). Staff layers are only offered to a
// signed-in user whose roles the server lets read them (it answers 401/403 otherwise).
// The public layers (publicStructures, publicClaims, publicEvents: published records, redacted by
// the server under its policy) are for everyone, anonymous visitors included.
export const LAYERS = Object.freeze([
  'footprints', 'zones', 'boundaries', 'structures', 'publicStructures', 'changeEvents', 'events',
  'publicClaims', 'publicEvents', 'facilities',
]);
export const PUBLIC_LAYERS = Object.freeze(['publicStructures', 'publicClaims', 'publicEvents']);
export const DEFAULT_LAYERS = Object.freeze(['boundaries', 'zones', 'publicStructures', 'events', 'publicClaims', 'publicEvents', 'facilities']);

// The filters and their empty values: lists of codes (empty = everything), and the text filter.
export const EMPTY_FILTERS = Object.freeze({
  text: '', // the list's text filter, as typed: names and aliases in any script
  facilityTypes: Object.freeze([]),
  statuses: Object.freeze([]),
  eventTypes: Object.freeze([]),
  levels: Object.freeze([]), // corroboration levels
  sourceKinds: Object.freeze([]), // evidence source kinds of corroborated events
});

// The keys and their values before anything has happened.
export const INITIAL_STATE = Object.freeze({
  from: null, // YYYY-MM-DD: the period's first day (null: open, from the data's start)
  to: null, // YYYY-MM-DD: the period's last day; boundaries are drawn as of it
  language: 'en', // 'en' | 'ko'
  view: null, // { lat, lon, zoom } of the map, or null before the map exists
  layers: DEFAULT_LAYERS, // the layers switched on (codes from LAYERS)
  filters: EMPTY_FILTERS,
  listSort: 'name', // the visible list's order: 'name' | 'type' | 'status' | 'events'
  selectedFacilityId: null, // the facility whose panel is open
  user: null, // { username, roles: [...] } when signed in; the token itself stays in session.js
  sessionEnd: null, // how the last session ended: 'expired' (unsaved work is kept) | 'signedOut' | null
  timeSpan: null, // { start, end, layers } from /api/map/time-span: the span the slider covers
  playing: false, // the time slider is stepping through time
  status: null, // the message above the map: { key, vars, kind } or null
  facilitiesLoaded: null, // number drawn, 'error', or null while loading
  boundariesLoaded: null, // number drawn for boundariesDay, 'error', or null before the first answer
  boundariesDay: null, // the day whose boundaries are drawn; null while a day is loading
  layerCounts: Object.freeze({}), // per dense layer: { mode, drawn, matched, period } of the last drawing
  publicPolicy: null, // { version, rules } the public layers were last redacted under (from the server)
});

// The progress keys the page publishes as data-* attributes of <body> (the browser tests and the
// benchmark wait on them).
export const PUBLISHED_KEYS = Object.freeze(['facilitiesLoaded', 'boundariesLoaded', 'boundariesDay', 'from', 'to']);

// A store over INITIAL_STATE's keys. Listeners run synchronously, in subscription order, after each
// set() that changed a subscribed key; they get the new state and the changed keys.
export function createState(overrides = {}) {
  checkKeys(overrides);
  let state = Object.freeze({ ...INITIAL_STATE, ...overrides });
  const listeners = new Set();
  return {
    get: () => state,

    // Merges a patch; returns the keys whose values changed (compared with Object.is).
    set(patch) {
      checkKeys(patch);
      const changed = Object.keys(patch).filter((key) => !Object.is(state[key], patch[key]));
      if (!changed.length) return changed;
      state = Object.freeze({ ...state, ...patch });
      for (const listener of [...listeners]) {
        if (listener.keys.some((key) => changed.includes(key))) listener.notify(state, changed);
      }
      return changed;
    },

    // Calls notify(state, changedKeys) when any of keys changes; returns a function that unsubscribes.
    subscribe(keys, notify) {
      const list = Array.isArray(keys) ? keys : [keys];
      checkKeys(Object.fromEntries(list.map((key) => [key, null])));
      const listener = { keys: list, notify };
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function checkKeys(patch) {
  const unknown = Object.keys(patch).filter((key) => !(key in INITIAL_STATE));
  if (unknown.length) throw new Error(`unknown state key(s): ${unknown.join(', ')}`);
}

// The filters with one key replaced (frozen, like every state value).
export function withFilter(filters, key, value) {
  if (!(key in EMPTY_FILTERS)) throw new Error(`unknown filter: ${key}`);
  return Object.freeze({ ...filters, [key]: Array.isArray(value) ? Object.freeze([...value]) : value });
}

// The layer list with one layer switched on or off, in LAYERS order.
export function withLayer(layers, layer, on) {
  if (!LAYERS.includes(layer)) throw new Error(`unknown layer: ${layer}`);
  const set = new Set(layers);
  if (on) set.add(layer);
  else set.delete(layer);
  return Object.freeze(LAYERS.filter((l) => set.has(l)));
}

// The layer counts with one layer's entry replaced.
export function withLayerCount(counts, layer, entry) {
  return Object.freeze({ ...counts, [layer]: entry === null ? undefined : Object.freeze({ ...entry }) });
}

// The staff roles: those the server lets read structures, changes, events and the structure series.
export const STAFF_ROLES = Object.freeze(['admin', 'analyst', 'investigator', 'advocate']);

// The roles the server lets read corroborated events unredacted (the events layer, its histogram,
// a facility's events). Advocates read events only as the public will (docs/PUBLICATION.md).
export const EVENT_READERS = Object.freeze(['admin', 'analyst', 'investigator']);

// True when the user holds any of the roles.
export function hasAnyRole(user, roles) {
  return Boolean(user && Array.isArray(user.roles) && user.roles.some((role) => roles.includes(role)));
}

// The data-* attributes that PUBLISHED_KEYS give, plus one per dense layer
// (data-<layer>-drawn, data-<layer>-mode): value as text, or absent when null.
export function publishedAttributes(state) {
  const attributes = Object.fromEntries(PUBLISHED_KEYS.map((key) => [key, state[key] === null ? null : String(state[key])]));
  for (const layer of LAYERS) {
    const entry = state.layerCounts[layer];
    attributes[`${layer}Drawn`] = entry ? String(entry.drawn) : null;
    attributes[`${layer}Mode`] = entry ? String(entry.mode) : null;
    attributes[`${layer}Period`] = entry ? String(entry.period ?? '') : null;
  }
  return attributes;
}

// Keeps an element's dataset in step with the published keys.
export function publishTo(store, element) {
  const write = (state) => {
    for (const [key, value] of Object.entries(publishedAttributes(state))) {
      if (value === null) delete element.dataset[key];
      else element.dataset[key] = value;
    }
  };
  write(store.get());
  return store.subscribe([...PUBLISHED_KEYS, 'layerCounts'], write);
}
