// The printable page (print.html): the main page's permalink query (view, period, layers, filters,
// lang) plus title=, drawn on one A4 landscape sheet: the title, the map with the same layers and no
// controls, the legend, the period, the sources, the redaction policy in plain language and the
// day it was made. There is no session here: only what the public may see is drawn (the published,
// redacted layers, facilities, boundaries, zones, scene footprints); staff layers are left out and
// the page says so. When everything is drawn, body[data-ready] becomes "true" (scripts/print-map
// and the tests wait on it); "error" when something failed, with the reason in data-error.

import { DEFAULT_VIEW, fetchAllFacilities, fetchBoundaries, fetchMapConfig, fetchRedactionPolicy, fetchZones } from './api.js';
import { addBasemap, addTiles, createMap } from './base-map.js';
import { BoundaryLayer, normaliseBoundary, validOn } from './boundary-layer.js';
import { DenseLayer } from './dense-layer.js';
import { el } from './dom.js';
import { normaliseFacility } from './facility-model.js';
import { filteredIds } from './facility-filters.js';
import { FacilityLayer } from './facility-layer.js';
import { formatNumber, initialLanguage, loadCatalog, t, translatePage, useLanguage } from './i18n.js';
import { LayerSwitcher } from './layer-switcher.js';
import { footprintSpec, publicSource, publicSpecs } from './map-layers.js';
import { todayUtc } from './period.js';
import { stateFromUrl } from './permalink.js';
import { policySummary, printableLayers, printTitle } from './public-model.js';
import { createState } from './state.js';
import { loadVocabulary } from './vocabulary.js';
import { normaliseZone, ZoneLayer } from './zone-layer.js';

const byId = (id) => document.getElementById(id);
const TILE_WAIT_MS = 20000; // a configured tile server that never answers does not hold the page

const fromUrl = stateFromUrl(window.location.href);
const asked = printableLayers(fromUrl.layers ?? createState().get().layers);
const state = createState({ language: initialLanguage(), ...fromUrl, layers: Object.freeze(asked.drawn) });

function setStatus(text) {
  byId('print-status').textContent = text;
}

// The period in words: both ends, one, or the whole span.
function periodText({ from, to }) {
  if (from && to) return t('print.period.between', { from, to });
  if (from) return t('print.period.from', { from });
  if (to) return t('print.period.until', { to });
  return t('print.period.all');
}

// The distinct sources (by publisher) of the facilities drawn in the map's view, as the API gives
// them, with their licences.
function sourcesInView(map, facilities, shownIds) {
  const bounds = map.getBounds();
  const seen = new Map();
  for (const f of facilities) {
    if (shownIds && !shownIds.has(f.id)) continue;
    if (!Array.isArray(f.anchor) || !bounds.contains(f.anchor)) continue;
    for (const s of f.sources ?? []) {
      const publisher = typeof s.publisher === 'string' && s.publisher ? s.publisher : String(s.id ?? '');
      if (!publisher) continue;
      const entry = seen.get(publisher) ?? { publisher, licences: new Set() };
      if (typeof s.licence === 'string' && s.licence) entry.licences.add(s.licence);
      seen.set(publisher, entry);
    }
  }
  return [...seen.values()].sort((a, b) => a.publisher.localeCompare(b.publisher));
}

function renderSources(sources) {
  const items = sources.map((s) => {
    const li = el('li', 'print-source');
    li.append(el('span', 'print-source-name', s.publisher));
    if (s.licences.size) li.append(el('span', 'print-source-licence', ` (${[...s.licences].sort().join(', ')})`));
    return li;
  });
  if (!items.length) items.push(el('li', 'print-source', t('print.noSources')));
  byId('print-sources').replaceChildren(...items);
}

function renderPolicy(policy, vocabulary) {
  const language = state.get().language;
  byId('print-policy-version').textContent = t('print.policyVersion', { version: formatNumber(policy.version) });
  byId('print-published-by').textContent = t('print.publishedBy', { version: formatNumber(policy.version) });
  const rules = policySummary(policy.rules).map(({ key, vars }) => {
    const filled = { ...vars };
    if (vars.levelCode) filled.level = vocabulary.label('corroborationLevels', vars.levelCode, language);
    return el('li', 'print-policy-rule', t(key, filled));
  });
  byId('print-policy-rules').replaceChildren(...rules);
}

// Resolves once the tile layer (if any) has loaded its tiles, or after TILE_WAIT_MS.
function tilesLoaded(tiles) {
  if (!tiles) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, TILE_WAIT_MS);
    tiles.once('load', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const nextFrame = () => new Promise((resolve) => window.requestAnimationFrame(() => resolve()));

async function main() {
  const language = state.get().language;
  await loadCatalog(language);
  useLanguage(language);
  document.documentElement.lang = language;
  translatePage();
  setStatus(t('status.loading'));

  const title = printTitle(window.location.href) ?? t('print.defaultTitle');
  byId('print-title').textContent = title;
  document.title = title;
  byId('print-period').textContent = periodText(state.get());
  const now = new Date();
  byId('print-generated').textContent = t('print.generated', {
    date: `${now.toISOString().slice(0, 10)} ${now.toISOString().slice(11, 16)} UTC`,
  });
  if (asked.left.length) {
    const left = byId('print-left-out');
    left.hidden = false;
    left.textContent = t('print.leftOut', { layers: asked.left.map((layer) => t(`layers.${layer}`)).join(', ') });
  }

  let config;
  try {
    config = await fetchMapConfig();
  } catch (err) {
    console.warn('map-config unavailable, using defaults', err);
    config = { tileUrl: null, tileAttribution: null, initialView: { ...DEFAULT_VIEW } };
  }
  const map = createMap('print-map', state.get().view ?? config.initialView);
  // A sheet of paper: no controls but the scale, nothing to drag.
  map.zoomControl?.remove();
  for (const handler of ['dragging', 'touchZoom', 'doubleClickZoom', 'scrollWheelZoom', 'boxZoom', 'keyboard']) {
    map[handler]?.disable();
  }
  const tiles = addTiles(map, config);
  const basemap = addBasemap(map, { language });

  const [vocabulary, features, policy] = await Promise.all([loadVocabulary(), fetchAllFacilities(), fetchRedactionPolicy()]);
  const facilities = features.map((feature) => normaliseFacility(feature, vocabulary)).filter(Boolean);
  const layers = state.get().layers;
  const facilityLayer = new FacilityLayer(map, state);
  const drawn = facilityLayer.setFacilities(facilities);
  const names = new Map(drawn.map((f) => [f.id, f.name]));
  const shownIds = layers.includes('facilities') ? filteredIds(drawn, state.get().filters, []) : new Set();
  facilityLayer.showOnly(shownIds);

  const zoneLayer = new ZoneLayer(map);
  const boundaryLayer = new BoundaryLayer(map);
  const day = state.get().to ?? todayUtc();
  const [boundaries, zones] = await Promise.all([fetchBoundaries(), fetchZones().catch(() => [])]);
  zoneLayer.setZones(zones.map(normaliseZone).filter(Boolean).filter((z) => validOn(z, day)), names);
  boundaryLayer.setBoundaries(boundaries.map(normaliseBoundary).filter(Boolean).filter((b) => validOn(b, day)), names);
  zoneLayer.setVisible(layers.includes('zones'));
  boundaryLayer.setVisible(layers.includes('boundaries'));

  const dense = [new DenseLayer(map, state, footprintSpec(vocabulary))];
  for (const spec of Object.values(publicSpecs(vocabulary, names, publicSource(state)))) dense.push(new DenseLayer(map, state, spec));
  new LayerSwitcher({ list: document.createElement('ul'), legend: byId('print-legend') }, { state, vocabulary });
  await Promise.all(dense.map((layer) => layer.load()));
  const failed = dense.filter((layer) => state.get().layerCounts[layer.spec.layer]?.mode === 'error');
  if (failed.length) throw new Error(`not drawn: ${failed.map((layer) => layer.spec.layer).join(', ')}`);

  renderPolicy(state.get().publicPolicy ?? policy, vocabulary);
  renderSources(sourcesInView(map, drawn, shownIds));
  await basemap;
  await tilesLoaded(tiles);
  await nextFrame();
  await nextFrame();
  setStatus('');
  document.body.dataset.ready = 'true';
}

main().catch((err) => {
  console.error('the printable page could not be drawn', err);
  setStatus(`${t('print.failed')} ${err.message}`);
  document.body.dataset.error = err.message;
  document.body.dataset.ready = 'error';
});
