// Wires the workspace together: the state (state.js) read from the permalink, the language, the
// map and its layers, the sidebar (filters, layers, the list of what is visible), the time bar, the
// facility panel and the session. What the modules share lives in the state; this module reacts to
// the changes that concern several modules.

import { DEFAULT_VIEW, fetchMapConfig, fetchAllFacilities, fetchBoundaries, fetchTimeSpan, fetchZones } from './api.js';
import { BoundaryLayer, normaliseBoundary, validOn } from './boundary-layer.js';
import { initialLanguage, loadCatalog, useLanguage, otherLanguage, translatePage, t } from './i18n.js';
import { createMap, addBasemap, addTiles, addMapControl } from './base-map.js';
import { DenseLayer } from './dense-layer.js';
import { normaliseFacility } from './facility-model.js';
import { todayUtc } from './period.js';
import { filteredIds } from './facility-filters.js';
import { FacilityLayer } from './facility-layer.js';
import { FacilityPanel } from './facility-panel.js';
import { FilterPanel } from './filter-panel.js';
import { LayerSwitcher } from './layer-switcher.js';
import { changeSpec, eventSpec, footprintSpec, publicSource, publicSpecs, structureSpec } from './map-layers.js';
import { stateFromUrl, urlForState } from './permalink.js';
import { printUrl } from './public-model.js';
import { SignIn } from './sign-in.js';
import { createState, hasAnyRole, publishTo } from './state.js';
import { TimeBar } from './timebar.js';
import { VisibleList } from './visible-list.js';
import { MapDraw } from './work/map-draw.js';
import { TASKS } from './work/tasks.js';
import { WorkPanel } from './work/work-panel.js';
import { loadVocabulary } from './vocabulary.js';
import { normaliseZone, ZoneLayer } from './zone-layer.js';

const statusEl = document.getElementById('status');
const langButton = document.getElementById('lang-toggle');
const byId = (id) => document.getElementById(id);
const LEGEND_FOLD_BELOW_PX = 760; // map width under which the legend starts folded

const fromUrl = stateFromUrl(window.location.href);
const state = createState({ language: initialLanguage(), ...fromUrl });
publishTo(state, document.body);

// A message above the map; information goes after a few seconds, warnings and errors stay.
let statusTimer = null;
function showStatus(key, vars = {}, kind = 'info') {
  clearTimeout(statusTimer);
  state.set({ status: key ? { key, vars, kind } : null });
  if (key && kind === 'info' && key !== 'status.loading') {
    statusTimer = setTimeout(() => state.set({ status: null }), STATUS_INFO_MS);
  }
}
const STATUS_INFO_MS = 5000;

function renderStatus({ status }) {
  statusEl.hidden = !status;
  statusEl.className = `status ${status ? status.kind : ''}`.trim();
  statusEl.textContent = status ? t(status.key, status.vars) : '';
}
state.subscribe('status', renderStatus);

// The permalink: the URL follows the state (replaceState: no history entry per pan).
const PERMALINK_KEYS = ['language', 'view', 'from', 'to', 'layers', 'filters', 'listSort', 'selectedFacilityId'];
const printLink = document.getElementById('print-link');
const updatePrintLink = (current) => {
  window.history.replaceState(null, '', urlForState(window.location.href, current));
  printLink.href = printUrl(window.location.href);
};
state.subscribe(PERMALINK_KEYS, updatePrintLink);

// Changing the language: its catalog is loaded and made current first, and only then is the state
// changed, so every module that redraws on 'language' already finds its strings. An answer for a
// language no longer chosen is dropped. The choice is remembered in the URL (and so in bookmarks).
let pendingLanguage = null; // the language last asked for
async function switchLanguage(language) {
  pendingLanguage = language;
  await loadCatalog(language);
  if (pendingLanguage !== language) return;
  useLanguage(language);
  state.set({ language });
  labelPage(language);
}

// Puts the current language's strings on the page's static markup.
function labelPage(language) {
  document.documentElement.lang = language;
  translatePage();
  langButton.lang = otherLanguage(language);
  renderStatus(state.get());
}

// The day boundaries and zones are drawn for: the period's end, else today.
const areaDay = ({ to }) => to ?? todayUtc();

async function main() {
  await loadCatalog(state.get().language);
  useLanguage(state.get().language);
  labelPage(state.get().language);
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

  const map = createMap('map', state.get().view ?? config.initialView);
  addTiles(map, config);
  const basemap = addBasemap(map, { language: state.get().language }).catch((err) => console.warn('basemap unavailable', err));
  addMapControl(map, byId('legend'), 'topright');
  const recordView = () => {
    const centre = map.getCenter();
    state.set({ view: Object.freeze({ lat: centre.lat, lon: centre.lng, zoom: map.getZoom() }) });
  };
  map.on('moveend', recordView);

  const zoneLayer = new ZoneLayer(map);
  const boundaryLayer = new BoundaryLayer(map);
  const facilityLayer = new FacilityLayer(map, state);

  new SignIn({
    open: byId('sign-in'), close: byId('sign-out'), userName: byId('user-name'), dialog: byId('sign-in-dialog'),
    form: byId('sign-in-form'), username: byId('sign-in-username'), password: byId('sign-in-password'),
    error: byId('sign-in-error'), cancel: byId('sign-in-cancel'), expiredNote: byId('sign-in-expired'),
  }, { state, showStatus });

  langButton.addEventListener('click', () => switchLanguage(otherLanguage(state.get().language)));
  wireHeader();

  let vocabulary;
  let facilities = [];
  try {
    const [loadedVocabulary, features] = await Promise.all([loadVocabulary(), fetchAllFacilities()]);
    vocabulary = loadedVocabulary;
    facilities = features.map((feature) => normaliseFacility(feature, vocabulary)).filter(Boolean);
    if (facilities.length < features.length) {
      console.warn(`skipped ${features.length - facilities.length} feature(s) without id or position`);
    }
  } catch (err) {
    console.error('facilities failed to load', err);
    showStatus('status.error', { message: err.message }, 'error');
    state.set({ facilitiesLoaded: 'error' });
    return;
  }
  const drawn = facilityLayer.setFacilities(facilities);
  const facilitiesById = new Map(drawn.map((f) => [f.id, f]));
  const names = new Map(drawn.map((f) => [f.id, f.name]));

  const footprintLayer = new DenseLayer(map, state, footprintSpec(vocabulary));
  const structureLayer = new DenseLayer(map, state, structureSpec(vocabulary, names));
  const changeLayer = new DenseLayer(map, state, changeSpec(vocabulary, names));
  const eventLayer = new DenseLayer(map, state, eventSpec(vocabulary, names));
  // The published, redacted layers: for everyone, from /api/public/features (one request for the three).
  const publics = publicSpecs(vocabulary, names, publicSource(state));
  for (const spec of Object.values(publics)) new DenseLayer(map, state, spec);
  void footprintLayer;
  void changeLayer;
  void structureLayer;

  let similarIds = [];
  const applyFacilityFilter = () => {
    const current = state.get();
    const shown = current.layers.includes('facilities');
    facilityLayer.showOnly(shown ? filteredIds(drawn, current.filters, similarIds) : new Set());
  };
  const list = new VisibleList({
    list: byId('facility-list'), count: byId('facility-count'), filter: byId('facility-filter'), sort: byId('visible-sort'),
    eventsHeading: byId('visible-events-heading'), eventCount: byId('event-count'), eventList: byId('event-list'),
  }, {
    state, map, eventLayer,
    onSimilar: (ids) => {
      similarIds = ids;
      applyFacilityFilter();
    },
  });
  list.setFacilities(drawn, vocabulary);
  new FilterPanel({ container: byId('filter-groups'), clear: byId('filters-clear'), details: byId('filters') }, { state, vocabulary });
  new LayerSwitcher({ list: byId('layer-list'), legend: byId('legend-body') }, { state, vocabulary });
  new TimeBar(byId('timebar'), {
    state,
    getBbox: () => {
      const b = map.getBounds();
      return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    },
  });
  let workPanel = null; // built below, once the areas can be reloaded
  new FacilityPanel(byId('facility-panel'), {
    state, vocabulary, mapConfig: config, findFacility: (id) => facilitiesById.get(id),
    onZoomTo: (facility) => facilityLayer.zoomTo(facility.id),
    actions: (facility, user) => (hasAnyRole(user, ['analyst', 'admin'])
      ? [{ labelKey: 'work.facility.edit', onClick: () => workPanel?.open('facility', { facilityId: facility.id }) }]
      : []),
  });

  state.subscribe('filters', applyFacilityFilter);
  state.subscribe('layers', ({ layers }) => {
    applyFacilityFilter();
    boundaryLayer.setVisible(layers.includes('boundaries'));
    zoneLayer.setVisible(layers.includes('zones'));
  });
  boundaryLayer.setVisible(state.get().layers.includes('boundaries'));
  zoneLayer.setVisible(state.get().layers.includes('zones'));
  applyFacilityFilter();

  // A narrow map keeps its legend folded, so the legend never hides what it explains.
  const legend = byId('legend');
  const foldLegendIfNarrow = () => {
    if (map.getSize().x < LEGEND_FOLD_BELOW_PX) legend.open = false;
  };
  foldLegendIfNarrow();
  state.subscribe('selectedFacilityId', ({ selectedFacilityId }) => {
    if (selectedFacilityId) {
      facilityLayer.reveal(selectedFacilityId);
      setTimeout(foldLegendIfNarrow, 0); // once the panel has taken its room
    }
  });
  state.subscribe('language', ({ language }) => {
    facilityLayer.refresh();
    boundaryLayer.refresh();
    zoneLayer.refresh();
    basemap.then((b) => b?.setLanguage(language));
  });

  if (configFailed) showStatus('status.configFallback', {}, 'warning');
  else showStatus(null);
  state.set({ facilitiesLoaded: drawn.length });
  if (!state.get().view) recordView();
  updatePrintLink(state.get());
  if (state.get().selectedFacilityId && !facilitiesById.has(state.get().selectedFacilityId)) {
    state.set({ selectedFacilityId: null });
  }

  // Every boundary and zone version is loaded once (again when the user changes: what they may see
  // differs); the period's end then picks the versions drawn, in the browser, with no request.
  const areas = { boundaries: [], zones: [] };
  const drawAreas = () => {
    const day = areaDay(state.get());
    zoneLayer.setZones(areas.zones.filter((z) => validOn(z, day)), names);
    const drawnBoundaries = boundaryLayer.setBoundaries(areas.boundaries.filter((b) => validOn(b, day)), names);
    state.set({ boundariesLoaded: drawnBoundaries, boundariesDay: day });
  };
  state.subscribe(['to'], () => {
    map.closePopup();
    if (areas.loaded) drawAreas();
  });
  const reloadAreas = async () => {
    if (await loadAreas(areas)) drawAreas();
  };
  state.subscribe('user', reloadAreas);
  reloadAreas();

  // Staff tasks beside the map (js/work/): what a saved edit changes is drawn again.
  workPanel = new WorkPanel({ toggle: byId('work-toggle'), panel: byId('work-panel') }, TASKS, {
    state, map, vocabulary, showStatus, draw: new MapDraw(map), facilitiesById, findFacility: (id) => facilitiesById.get(id),
    reloadAreas,
    onLayoutChange: () => {
      map.invalidateSize();
      foldLegendIfNarrow();
    },
    onFacilityChanged: (facility) => {
      const shown = facilitiesById.get(facility.id);
      if (!shown) return;
      Object.assign(shown, { name: facility.name, type: facility.type, status: facility.status });
      names.set(facility.id, facility.name);
      facilityLayer.setFacilities(drawn);
      applyFacilityFilter();
      if (state.get().selectedFacilityId === facility.id) facilityLayer.setSelected(facility.id, true);
    },
  });

  // The slider spans the data the user may see: asked again when the user changes.
  const loadTimeSpan = async () => {
    try {
      state.set({ timeSpan: Object.freeze(await fetchTimeSpan()) });
    } catch (err) {
      console.warn('time span unavailable', err);
    }
  };
  state.subscribe('user', loadTimeSpan);
  await loadTimeSpan();
}

// The header's buttons: copy the permalink; show or hide the sidebar (small screens).
function wireHeader() {
  byId('permalink-copy').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      showStatus('permalink.copied');
    } catch {
      showStatus('permalink.copyFailed', { url: window.location.href }, 'warning');
    }
  });
  const toggle = byId('sidebar-toggle');
  const sidebar = byId('sidebar');
  const narrow = window.matchMedia('(max-width: 700px)');
  const setOpen = (open) => {
    sidebar.classList.toggle('is-collapsed', !open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  setOpen(!narrow.matches);
  toggle.addEventListener('click', () => setOpen(sidebar.classList.contains('is-collapsed')));
}

// Every boundary and zone version, into areas ({ boundaries, zones, loaded }); true when loaded. A
// failure leaves the rest of the map and says so in the console. Only the latest request counts.
let areaRequest = 0;
async function loadAreas(areas) {
  const request = ++areaRequest;
  try {
    const [boundaries, zones] = await Promise.all([
      fetchBoundaries(),
      fetchZones().catch((err) => {
        console.warn('zones unavailable', err);
        return [];
      }),
    ]);
    if (request !== areaRequest) return false;
    areas.boundaries = boundaries.map(normaliseBoundary).filter(Boolean);
    areas.zones = zones.map(normaliseZone).filter(Boolean);
    areas.loaded = true;
    return true;
  } catch (err) {
    if (request !== areaRequest) return false;
    console.warn('boundaries unavailable', err);
    state.set({ boundariesLoaded: 'error' });
    return false;
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
