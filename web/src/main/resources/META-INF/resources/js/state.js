// The map's state in one place: what is shown (the day, the language), what is picked (the
// selected facility), how the list is filtered, and how far loading has got. Modules read it with
// get(), change it with set({...}) and subscribe to the keys they draw from; nothing else keeps
// a copy. Pure: no DOM, no network.

// The keys and their values before anything has happened.
export const INITIAL_STATE = Object.freeze({
  day: null, // YYYY-MM-DD: boundaries are drawn as of it, imagery is looked up up to it
  language: 'en', // 'en' | 'ko'
  selectedFacilityId: null, // the facility whose popup is open
  filter: '', // the list's text filter, as typed
  status: null, // the message above the map: { key, vars, kind } or null
  facilitiesLoaded: null, // number drawn, 'error', or null while loading
  boundariesLoaded: null, // number drawn for boundariesDay, 'error', or null before the first answer
  boundariesDay: null, // the day whose boundaries are drawn; null while a day is loading
  scenesShown: null, // scene footprints drawn, or null before any were asked for
});

// The progress keys the page publishes as data-* attributes of <body> (the browser tests wait on them).
export const PUBLISHED_KEYS = Object.freeze(['facilitiesLoaded', 'boundariesLoaded', 'boundariesDay', 'scenesShown']);

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

// The data-* attributes that PUBLISHED_KEYS give: value as text, or absent when null.
export function publishedAttributes(state) {
  return Object.fromEntries(PUBLISHED_KEYS.map((key) => [key, state[key] === null ? null : String(state[key])]));
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
  return store.subscribe(PUBLISHED_KEYS, write);
}

// The page's URL after the keys that changed: ?date= (absent on today) and ?lang=, so a reload
// or a shared link shows the same day in the same language.
export function urlForState(href, state, changedKeys, today) {
  const url = new URL(href);
  if (changedKeys.includes('day')) {
    if (state.day === today) url.searchParams.delete('date');
    else url.searchParams.set('date', state.day);
  }
  if (changedKeys.includes('language')) url.searchParams.set('lang', state.language);
  return url.href;
}
