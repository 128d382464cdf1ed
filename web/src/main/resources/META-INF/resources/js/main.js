// Wires the page together: language, map, facilities, panel.

import { DEFAULT_VIEW, fetchMapConfig, fetchAllFacilities, fetchBoundaries } from './api.js';
import { BoundaryLayer, normaliseBoundary } from './boundary-layer.js';
import { initialLanguage, setLanguage, otherLanguage, translatePage, t } from './i18n.js';
import { createMap, addOutline, addTiles, addMapControl } from './base-map.js';
import { normaliseFacility } from './facility-model.js';
import { FacilityLayer } from './facility-layer.js';
import { ImageryLayer } from './imagery-layer.js';
import { Panel } from './panel.js';
import { Timeline, todayUtc, validDay } from './timeline.js';

const statusEl = document.getElementById('status');
const langButton = document.getElementById('lang-toggle');

// The last status shown, kept as a key so it can be re-translated.
let statusState = null;

function showStatus(key, vars = {}, kind = 'info') {
  statusState = key ? { key, vars, kind } : null;
  statusEl.hidden = !key;
  statusEl.className = `status ${key ? kind : ''}`.trim();
  statusEl.textContent = key ? t(key, vars) : '';
}

function syncLanguageUi() {
  translatePage();
  langButton.lang = otherLanguage();
  if (statusState) showStatus(statusState.key, statusState.vars, statusState.kind);
}

async function main() {
  await setLanguage(initialLanguage());
  syncLanguageUi();
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
  addOutline(map).catch((err) => console.warn('outline unavailable', err));
  addMapControl(map, document.getElementById('legend'));
  addMapControl(map, document.getElementById('timeline'), 'bottomleft');

  const boundaryLayer = new BoundaryLayer(map);
  const imageryLayer = new ImageryLayer(map);
  // The timeline's day (YYYY-MM-DD): boundaries are drawn as of it, imagery is looked up up to it.
  let currentDay = validDay(new URL(window.location.href).searchParams.get('date')) ?? todayUtc();
  const layer = new FacilityLayer(map, {
    onOpen: (id) => {
      panel.setSelected(id);
      if (imageryLayer.facilityId && imageryLayer.facilityId !== id) imageryLayer.clear();
    },
    onClose: () => panel.setSelected(null),
    onShowScenes: (facility) => imageryLayer.show(facility, currentDay),
    currentDay: () => currentDay,
  });
  const panel = new Panel({
    list: document.getElementById('facility-list'),
    filter: document.getElementById('facility-filter'),
    count: document.getElementById('facility-count'),
    legend: document.getElementById('legend-list'),
    onSelect: (id) => layer.focus(id),
  });
  panel.render();

  langButton.addEventListener('click', async () => {
    await setLanguage(otherLanguage());
    const url = new URL(window.location.href);
    url.searchParams.set('lang', document.documentElement.lang);
    window.history.replaceState(null, '', url);
    syncLanguageUi();
    panel.render();
    layer.refresh();
    boundaryLayer.refresh();
    imageryLayer.refresh();
  });

  try {
    const features = await fetchAllFacilities();
    const facilities = features.map(normaliseFacility).filter(Boolean);
    if (facilities.length < features.length) {
      console.warn(`skipped ${features.length - facilities.length} feature(s) without id or position`);
    }
    const drawn = layer.setFacilities(facilities);
    panel.setFacilities(drawn);
    if (configFailed) showStatus('status.configFallback', {}, 'warning');
    else showStatus(null);
    document.body.dataset.facilitiesLoaded = String(drawn.length);
    const timeline = new Timeline({
      range: document.getElementById('timeline-range'),
      date: document.getElementById('timeline-date'),
      today: document.getElementById('timeline-today'),
    }, currentDay, (day) => {
      currentDay = day;
      // What a popup and drawn scenes say depends on the day: they are closed, not left stale.
      imageryLayer.clear();
      map.closePopup();
      const url = new URL(window.location.href);
      if (day === todayUtc()) url.searchParams.delete('date');
      else url.searchParams.set('date', day);
      window.history.replaceState(null, '', url);
      loadBoundaries(boundaryLayer, drawn, day);
    });
    await loadBoundaries(boundaryLayer, drawn, timeline.day);
  } catch (err) {
    console.error('facilities failed to load', err);
    showStatus('status.error', { message: err.message }, 'error');
    document.body.dataset.facilitiesLoaded = 'error';
  }
}

// Boundaries valid on a day; a failure leaves the facilities on the map and says so in the console.
// Only the answer to the latest request is drawn, whatever order the answers arrive in.
let boundaryRequest = 0;
async function loadBoundaries(boundaryLayer, facilities, day) {
  const request = ++boundaryRequest;
  document.body.dataset.boundariesDay = '';
  try {
    const boundaries = (await fetchBoundaries(day)).map(normaliseBoundary).filter(Boolean);
    if (request !== boundaryRequest) return;
    const names = new Map(facilities.map((f) => [f.id, f.name]));
    document.body.dataset.boundariesLoaded = String(boundaryLayer.setBoundaries(boundaries, names));
    document.body.dataset.boundariesDay = day;
  } catch (err) {
    if (request !== boundaryRequest) return;
    console.warn('boundaries unavailable', err);
    document.body.dataset.boundariesLoaded = 'error';
  }
}

main().catch((err) => {
  // Last resort: something failed before the map existed (e.g. Leaflet missing).
  console.error(err);
  statusEl.hidden = false;
  statusEl.className = 'status error';
  statusEl.textContent = `Sightline could not start: ${err.message}`;
  document.body.dataset.facilitiesLoaded = 'error';
});
