// Wires the page together: the state (state.js), language, map, facilities, panel and timeline.
// What the modules share lives in the state; this module reacts to its changes that concern
// several modules (the day, the language, the selection).

import { DEFAULT_VIEW, fetchMapConfig, fetchAllFacilities, fetchBoundaries } from './api.js';
import { BoundaryLayer, normaliseBoundary } from './boundary-layer.js';
import { initialLanguage, loadCatalog, useLanguage, otherLanguage, translatePage, t } from './i18n.js';
import { createMap, addBasemap, addTiles, addMapControl } from './base-map.js';
import { normaliseFacility } from './facility-model.js';
import { FacilityLayer } from './facility-layer.js';
import { ImageryLayer } from './imagery-layer.js';
import { Panel } from './panel.js';
import { createState, publishTo, urlForState } from './state.js';
import { Timeline, todayUtc, validDay } from './timeline.js';
import { loadVocabulary } from './vocabulary.js';

const statusEl = document.getElementById('status');
const langButton = document.getElementById('lang-toggle');

const state = createState({
  day: validDay(new URL(window.location.href).searchParams.get('date')) ?? todayUtc(),
  language: initialLanguage(),
});
publishTo(state, document.body);

function showStatus(key, vars = {}, kind = 'info') {
  state.set({ status: key ? { key, vars, kind } : null });
}

function renderStatus({ status }) {
  statusEl.hidden = !status;
  statusEl.className = `status ${status ? status.kind : ''}`.trim();
  statusEl.textContent = status ? t(status.key, status.vars) : '';
}
state.subscribe('status', renderStatus);

// Keeps the URL in step with the day and the language.
state.subscribe(['day', 'language'], (current, changed) => {
  window.history.replaceState(null, '', urlForState(window.location.href, current, changed, todayUtc()));
});

// Puts the current language's strings on the page, once its catalog is loaded; an answer for a
// language no longer chosen is dropped.
async function applyLanguage(language, redraw) {
  await loadCatalog(language);
  if (state.get().language !== language) return;
  useLanguage(language);
  document.documentElement.lang = language;
  translatePage();
  langButton.lang = otherLanguage(language);
  renderStatus(state.get());
  redraw();
}

async function main() {
  await applyLanguage(state.get().language, () => {});
  showStatus('status.loading');

  let config;
  let configFailed = false;
  try {
    config = await fetchMapConfig();
  } catch (err) {
    console.warn('map-config unavailable, using defaults', err);
    config = { tileUrl: null, tileAttribution: null, initialView: { ...DEFAULT_VIEW } };
    configFailed = true;
  }

  const map = createMap('map', config.initialView);
  addTiles(map, config);
  const basemap = addBasemap(map, { language: state.get().language }).catch((err) => console.warn('basemap unavailable', err));
  addMapControl(map, document.getElementById('legend'));
  addMapControl(map, document.getElementById('timeline'), 'bottomleft');

  const boundaryLayer = new BoundaryLayer(map);
  const imageryLayer = new ImageryLayer(map, state);
  const layer = new FacilityLayer(map, state, {
    onShowScenes: (facility) => imageryLayer.show(facility, state.get().day),
  });
  const panel = new Panel({
    list: document.getElementById('facility-list'),
    filter: document.getElementById('facility-filter'),
    count: document.getElementById('facility-count'),
    legend: document.getElementById('legend-list'),
    onSelect: (id) => layer.focus(id),
  }, state);
  panel.render();

  // Scenes drawn for one facility go when another is selected.
  state.subscribe('selectedFacilityId', ({ selectedFacilityId }) => {
    if (selectedFacilityId && imageryLayer.facilityId && imageryLayer.facilityId !== selectedFacilityId) {
      imageryLayer.clear();
    }
  });

  state.subscribe('language', ({ language }) => applyLanguage(language, () => {
    panel.render();
    layer.refresh();
    boundaryLayer.refresh();
    imageryLayer.refresh();
    basemap.then((b) => b?.setLanguage(language));
  }));
  langButton.addEventListener('click', () => state.set({ language: otherLanguage(state.get().language) }));

  try {
    const [vocabulary, features] = await Promise.all([loadVocabulary(), fetchAllFacilities()]);
    const facilities = features.map((feature) => normaliseFacility(feature, vocabulary)).filter(Boolean);
    if (facilities.length < features.length) {
      console.warn(`skipped ${features.length - facilities.length} feature(s) without id or position`);
    }
    const drawn = layer.setFacilities(facilities, vocabulary);
    panel.setFacilities(drawn, vocabulary);
    if (configFailed) showStatus('status.configFallback', {}, 'warning');
    else showStatus(null);
    state.set({ facilitiesLoaded: drawn.length });
    const names = new Map(drawn.map((f) => [f.id, f.name]));
    new Timeline({
      range: document.getElementById('timeline-range'),
      date: document.getElementById('timeline-date'),
      today: document.getElementById('timeline-today'),
    }, state);
    // What a popup and drawn scenes say depends on the day: they are closed, not left stale.
    state.subscribe('day', ({ day }) => {
      imageryLayer.clear();
      map.closePopup();
      loadBoundaries(boundaryLayer, names, day);
    });
    await loadBoundaries(boundaryLayer, names, state.get().day);
  } catch (err) {
    console.error('facilities failed to load', err);
    showStatus('status.error', { message: err.message }, 'error');
    state.set({ facilitiesLoaded: 'error' });
  }
}

// Boundaries valid on a day; a failure leaves the facilities on the map and says so in the console.
// Only the answer to the latest request is drawn, whatever order the answers arrive in.
let boundaryRequest = 0;
async function loadBoundaries(boundaryLayer, names, day) {
  const request = ++boundaryRequest;
  state.set({ boundariesDay: null });
  try {
    const boundaries = (await fetchBoundaries(day)).map(normaliseBoundary).filter(Boolean);
    if (request !== boundaryRequest) return;
    state.set({ boundariesLoaded: boundaryLayer.setBoundaries(boundaries, names), boundariesDay: day });
  } catch (err) {
    if (request !== boundaryRequest) return;
    console.warn('boundaries unavailable', err);
    state.set({ boundariesLoaded: 'error' });
  }
}

main().catch((err) => {
  // Last resort: something failed before the map existed (e.g. Leaflet missing).
  console.error(err);
  statusEl.hidden = false;
  statusEl.className = 'status error';
  statusEl.textContent = `Sightline could not start: ${err.message}`;
  state.set({ facilitiesLoaded: 'error' });
});
