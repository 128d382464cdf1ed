/* global L */
// Satellite scenes over one facility, drawn on the map: the footprints of the newest scenes from
// the STAC API (/api/stac/search around the facility's position, the three years up to the
// timeline's day), outlined under
// the facility markers, each with a popup (date, platform, cloud cover, ground sample distance,
// collection and id). Text goes through DOM nodes only; nothing from an Item is parsed as HTML.

import { searchScenes } from './api.js';
import { el } from './dom.js';
import { t, formatNumber } from './i18n.js';

const PANE = 'sightline-scenes';

// Keeps the parts of a STAC Item the map shows, checked; null when it has no polygon footprint.
export function normaliseScene(item) {
  const geometry = item?.geometry;
  if (!geometry || !['Polygon', 'MultiPolygon'].includes(geometry.type)) return null;
  const p = item.properties ?? {};
  const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const str = (v) => (typeof v === 'string' && v ? v : null);
  return {
    id: String(item.id ?? ''),
    collection: str(item.collection),
    datetime: str(p.datetime) ?? str(p.start_datetime),
    platform: str(p.platform),
    cloudCoverPct: num(p['eo:cloud_cover']),
    gsdM: num(p.gsd),
    siteCloudPct: num(p['sightline:site_cloud_pct']),
    footprintNote: str(p['sightline:footprint']),
    geometry,
  };
}

function scenePopup(scene) {
  const box = el('div', 'scene-popup');
  box.dataset.sceneId = scene.id;
  box.append(el('h3', 'scene-popup-title', scene.datetime ? scene.datetime.slice(0, 10) : t('popup.unknown')));
  const details = el('dl', 'scene-details');
  const row = (label, value) => details.append(el('dt', null, label), el('dd', null, value));
  if (scene.platform) row(t('scene.platform'), scene.platform);
  row(t('scene.cloud'), scene.cloudCoverPct === null ? t('popup.unknown') : `${formatNumber(scene.cloudCoverPct, 1)} %`);
  if (scene.siteCloudPct !== null) row(t('scene.siteCloud'), `${formatNumber(scene.siteCloudPct, 1)} %`);
  if (scene.gsdM !== null) row(t('scene.gsd'), `${formatNumber(scene.gsdM, 1)} m`);
  if (scene.collection) row(t('scene.collection'), scene.collection);
  row(t('scene.id'), scene.id);
  box.append(details);
  if (scene.footprintNote) box.append(el('p', 'scene-note', scene.footprintNote));
  return box;
}

export class ImageryLayer {
  // state: the map's state (state.js); the number of footprints drawn goes to its scenesShown.
  constructor(map, state) {
    map.createPane(PANE).style.zIndex = '370'; // under boundaries (380) and markers
    this.map = map;
    this.state = state;
    this.group = L.layerGroup().addTo(map);
    this.facilityId = null;
    this.scenes = [];
  }

  // Fetches and draws the scenes over a facility (up to a day, default today); resolves to the number drawn.
  async show(facility, day) {
    const [lat, lon] = facility.anchor;
    const page = await searchScenes(lat, lon, day);
    const items = Array.isArray(page?.features) ? page.features : [];
    this.facilityId = facility.id;
    this.scenes = items.map(normaliseScene).filter(Boolean);
    this.refresh();
    this.state.set({ scenesShown: this.scenes.length });
    return this.scenes.length;
  }

  clear() {
    this.facilityId = null;
    this.scenes = [];
    this.group.clearLayers();
    this.state.set({ scenesShown: 0 });
  }

  // Redraws (after a language change, the popups are rebuilt in the new language).
  refresh() {
    this.group.clearLayers();
    for (const scene of this.scenes) {
      const layer = L.geoJSON({ type: 'Feature', geometry: scene.geometry, properties: {} }, {
        pane: PANE,
        style: () => ({ className: 'scene-footprint', weight: 1, fillOpacity: 0.03, dashArray: '2 4' }),
      });
      layer.bindPopup(() => scenePopup(scene), { maxWidth: 300 });
      layer.eachLayer((l) => l.on('add', () => l.getElement()?.setAttribute('data-scene-id', scene.id)));
      this.group.addLayer(layer);
    }
  }
}
