/* global L */
// The offline basemap (data/basemap-*.geojson, see web/basemap/README.md): land and sea, province
// borders, rivers, coastline, a graticule for orientation close up, and province and town names
// in the chosen language. Shapes share one SVG renderer in the 'outline' pane; names are plain
// DOM nodes (textContent only) in their own pane above the shapes and below the facilities.
// Nothing here is interactive: clicks go through to the map.

import { fetchBasemapLayer } from './api.js';
import {
  bearingArrow, edgeAnchor, estimateTextWidth, formatDegree, formatKm, graticuleStep, graticuleValues, labelName,
  nearestPlaces, placesForZoom, riverVisible, riverWeight, selectLabels, showProvinceLabels,
} from './basemap-labels.js';

export const LABEL_PANE = 'basemap-labels'; // z-index in map.css: above 'outline', below scenes and facilities
const FOCUS = new Set(['PRK', 'KOR']);

// Font size (px) of a town label by rank, and of province and graticule captions (match map.css).
const PLACE_FONT = [14, 13, 12, 11, 11, 11];
const PROVINCE_FONT = 12;
const LABEL_HEIGHT = 16;
const DOT = 6;
const NEARBY_FROM_ZOOM = 11; // from here on, the nearest towns outside the view are pointed at
const NEARBY_COUNT = 3;

const cssToken = (value) => String(value ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');

// Loads the four layers and draws them; resolves to { setLanguage(language), remove() }.
export async function addBasemap(map, { language = 'en' } = {}) {
  const [land, provinces, rivers, places] = await Promise.all(
    ['land', 'provinces', 'rivers', 'places'].map((layer) => fetchBasemapLayer(layer)));
  return new Basemap(map, { land, provinces, rivers, places }, language);
}

class Basemap {
  constructor(map, data, language) {
    this.map = map;
    this.language = language;
    if (!map.getPane(LABEL_PANE)) map.createPane(LABEL_PANE);
    const renderer = L.svg({ pane: 'outline', padding: 1 });
    // snapIgnore: a drawn corner never snaps to a generalised coastline, border, river or graticule
    // line (Leaflet-Geoman snaps to every vector layer by default; see work/map-draw.js).
    const shared = { pane: 'outline', renderer, interactive: false, snapIgnore: true };

    // Drawing order: land fill, province borders, rivers, graticule, then the coastline and borders on top.
    this.shapes = L.layerGroup([
      L.geoJSON(data.land, { ...shared, style: (f) => landStyle(f, 'fill') }),
      L.geoJSON(data.provinces, {
        ...shared,
        style: (f) => ({ className: `basemap-province basemap-province-${cssToken(f.properties?.iso)}`, weight: 0.8,
          fill: false, dashArray: '3 3' }),
      }),
    ]);
    this.rivers = L.geoJSON(data.rivers, {
      ...shared,
      style: (f) => ({ className: `basemap-river basemap-river-${f.properties?.rank}`, weight: riverWeight(map.getZoom()) }),
      filter: () => true,
    });
    this.riverFeatures = data.rivers?.features ?? [];
    this.graticule = L.layerGroup();
    this.renderer = renderer;
    this.shared = shared;
    this.coast = L.geoJSON(data.land, { ...shared, style: (f) => landStyle(f, 'line') });
    this.shapes.addTo(map);
    this.rivers.addTo(map);
    this.graticule.addTo(map);
    this.coast.addTo(map);

    this.provinces = (data.provinces?.features ?? []).filter((f) => Array.isArray(f.properties?.label));
    this.places = (data.places?.features ?? [])
      .filter((f) => f.geometry?.type === 'Point')
      .map((f) => ({ ...f.properties, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }));

    this.labels = L.DomUtil.create('div', 'basemap-labels', map.getPane(LABEL_PANE));
    this.redraw = () => this.draw();
    this.hide = () => this.labels.classList.add('is-zooming');
    map.on('zoomend moveend resize', this.redraw);
    map.on('zoomstart', this.hide);
    this.draw();
  }

  setLanguage(language) {
    this.language = language;
    this.drawLabels();
  }

  remove() {
    this.map.off('zoomend moveend resize', this.redraw);
    this.map.off('zoomstart', this.hide);
    for (const layer of [this.shapes, this.rivers, this.graticule, this.coast]) layer.remove();
    this.labels.remove();
  }

  draw() {
    const zoom = this.map.getZoom();
    this.rivers.eachLayer((layer) => {
      const rank = layer.feature?.properties?.rank ?? 3;
      const visible = riverVisible(rank, zoom);
      layer.setStyle({ weight: riverWeight(zoom), opacity: visible ? 1 : 0, fillOpacity: visible ? 1 : 0 });
    });
    this.drawGraticule();
    this.drawLabels();
  }

  // Lines every graticuleStep degrees across the view (plus a margin), captioned in drawLabels.
  drawGraticule() {
    this.graticule.clearLayers();
    const step = graticuleStep(this.map.getZoom());
    const b = this.map.getBounds().pad(0.5);
    const lines = [];
    for (const lon of graticuleValues(b.getWest(), b.getEast(), step)) lines.push([[b.getSouth(), lon], [b.getNorth(), lon]]);
    for (const lat of graticuleValues(b.getSouth(), b.getNorth(), step)) lines.push([[lat, b.getWest()], [lat, b.getEast()]]);
    if (lines.length) {
      L.polyline(lines, { ...this.shared, className: 'basemap-graticule', weight: 1 }).addTo(this.graticule);
    }
  }

  // Rebuilds the name nodes for the current view: graticule captions, then provinces and towns
  // by importance, skipping any whose box would overlap one already placed.
  drawLabels() {
    const map = this.map;
    const zoom = map.getZoom();
    const size = map.getSize();
    const view = map.getBounds().pad(0.1);
    const toScreen = (lat, lon) => map.latLngToContainerPoint([lat, lon]);
    const candidates = [];

    for (const p of placesForZoom(this.places.filter((q) => view.contains([q.lat, q.lon])), zoom)) {
      const text = labelName(p, this.language);
      if (!text) continue;
      const font = PLACE_FONT[Math.min(p.rank ?? 5, PLACE_FONT.length - 1)];
      const at = toScreen(p.lat, p.lon);
      const w = DOT + 4 + estimateTextWidth(text, font);
      candidates.push({ kind: 'place', item: p, text, at, box: { x: at.x - DOT / 2, y: at.y - LABEL_HEIGHT / 2, w, h: LABEL_HEIGHT } });
    }
    if (showProvinceLabels(zoom)) {
      for (const f of this.provinces) {
        const [lon, lat] = f.properties.label;
        if (!view.contains([lat, lon])) continue;
        const text = labelName(f.properties, this.language);
        const w = estimateTextWidth(this.language === 'ko' ? text : text.toUpperCase(), PROVINCE_FONT) + 8;
        const at = toScreen(lat, lon);
        // Provinces give way to the capitals (ranks 0-1) but not to small towns.
        candidates.push({ kind: 'province', item: f.properties, text, at, priority: 1.5,
          box: { x: at.x - w / 2, y: at.y - LABEL_HEIGHT / 2, w, h: LABEL_HEIGHT } });
      }
    }
    candidates.sort((a, b) => (a.priority ?? a.item.rank ?? 9) - (b.priority ?? b.item.rank ?? 9));

    const captions = this.graticuleCaptions(size);
    const nodes = captions.map((c) => c.node);
    const onScreen = (c) => c.box.x + c.box.w > 0 && c.box.x < size.x && c.box.y + c.box.h > 0 && c.box.y < size.y;
    const kept = selectLabels(candidates.filter(onScreen), 2, captions.map((c) => c.box));
    for (const c of kept) nodes.push(this.labelNode(c));
    if (zoom >= NEARBY_FROM_ZOOM) nodes.push(...this.nearbyNodes(size, new Set(kept.map((c) => c.item))));

    // Nodes sit in a pane that moves with the map, so positions are layer points.
    this.labels.replaceChildren(...nodes);
    this.labels.classList.remove('is-zooming');
  }

  labelNode(c) {
    const node = L.DomUtil.create('div', `basemap-label basemap-label-${c.kind}`);
    node.lang = this.language === 'ko' && c.text === c.item.nameKo ? 'ko' : 'en';
    if (c.kind === 'place') {
      node.classList.add(`basemap-rank-${Math.min(c.item.rank ?? 5, 5)}`);
      if (c.item.capital) node.classList.add(`basemap-capital-${cssToken(c.item.capital)}`);
      if (c.item.country) node.classList.add(`basemap-country-${cssToken(c.item.country)}`);
      node.append(L.DomUtil.create('span', 'basemap-dot'));
      const name = L.DomUtil.create('span', 'basemap-name', node);
      name.textContent = c.text;
    } else {
      node.textContent = c.text;
    }
    L.DomUtil.setPosition(node, this.map.containerPointToLayerPoint(c.kind === 'place' ? c.at : [c.box.x, c.box.y]));
    return node;
  }

  // Close up, arrows at the view's edge towards the nearest towns not labelled in view, with
  // their distance from the view's centre, so the map is never a blank page without bearings.
  nearbyNodes(size, shown) {
    const map = this.map;
    const center = map.getCenter();
    const view = map.getBounds();
    const out = [];
    const near = nearestPlaces(this.places, { lat: center.lat, lon: center.lng }, NEARBY_COUNT,
      (p) => shown.has(p) || view.contains([p.lat, p.lon]));
    for (const { place, km, bearing } of near) {
      const text = `${bearingArrow(bearing)} ${labelName(place, this.language)} ${formatKm(km)}`;
      const w = estimateTextWidth(text, 11) + 12;
      const at = edgeAnchor(size.x, size.y, bearing, 28);
      const x = Math.min(Math.max(at.x - w / 2, 4), size.x - w - 4);
      const y = Math.min(Math.max(at.y - 9, 4), size.y - 22);
      const node = L.DomUtil.create('div', 'basemap-label basemap-label-nearby');
      node.textContent = text;
      L.DomUtil.setPosition(node, map.containerPointToLayerPoint([x, y]));
      out.push(node);
    }
    return out;
  }

  // Degree captions along the top and left edges of the view, one per graticule line,
  // as {node, box} so town names can keep clear of them.
  graticuleCaptions(size) {
    const map = this.map;
    const step = graticuleStep(map.getZoom());
    const b = map.getBounds();
    const out = [];
    const caption = (text, point, className) => {
      const node = L.DomUtil.create('div', `basemap-label basemap-graticule-label ${className}`);
      node.textContent = text;
      L.DomUtil.setPosition(node, map.containerPointToLayerPoint(point));
      out.push({ node, box: { x: point[0], y: point[1], w: estimateTextWidth(text, 10), h: 12 } });
    };
    for (const lon of graticuleValues(b.getWest(), b.getEast(), step)) {
      const x = map.latLngToContainerPoint([b.getNorth(), lon]).x;
      if (x > 40 && x < size.x - 40) caption(formatDegree(lon, step, 'lon'), [x + 3, 2], 'is-lon');
    }
    for (const lat of graticuleValues(b.getSouth(), b.getNorth(), step)) {
      const y = map.latLngToContainerPoint([lat, b.getWest()]).y;
      if (y > 20 && y < size.y - 20) caption(formatDegree(lat, step, 'lat'), [52, y - 15], 'is-lat');
    }
    return out;
  }
}

// Land is drawn twice: once filled (no outline), once as the coastline and borders on top.
function landStyle(feature, part) {
  const iso = feature?.properties?.iso;
  const focus = FOCUS.has(iso);
  const className = `outline-country outline-${focus ? 'focus' : 'neighbour'} outline-${cssToken(iso)} basemap-land-${part}`;
  if (part === 'fill') return { className, stroke: false, fill: true };
  return { className, fill: false, weight: focus ? 1.2 : 0.6 };
}
