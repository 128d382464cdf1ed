/* global L */
// Background layers: the bundled offline outline, plus optional tiles from map-config.

import { fetchOutline } from './api.js';
import { escapeHtml, safeHttpUrl } from './dom.js';

const OUTLINE_ATTRIBUTION = 'Outline: Natural Earth';
// The outline's clip box (see data/README.md); panning stays near it.
const OUTLINE_BOUNDS = [[33, 118], [46, 137]];

export function createMap(container, view) {
  const map = L.map(container, {
    center: [view.lat, view.lon],
    zoom: view.zoom,
    minZoom: 6,
    maxZoom: 16,
    zoomSnap: 0.5,
    maxBounds: OUTLINE_BOUNDS,
    maxBoundsViscosity: 0.7,
    // Draw well beyond the viewport so a resize (or printing) never shows clipped shapes.
    renderer: L.svg({ padding: 1 }),
  });
  map.createPane('outline'); // z-index in map.css: above tiles, below facilities
  map.attributionControl.addAttribution(OUTLINE_ATTRIBUTION);
  L.control.scale({ imperial: false }).addTo(map);
  // Keep Leaflet's idea of the size right when the layout around the map changes.
  new ResizeObserver(() => map.invalidateSize()).observe(map.getContainer());
  return map;
}

// Moves an element of the page (the legend) into a map corner.
export function addMapControl(map, element, position = 'bottomright') {
  const Control = L.Control.extend({
    onAdd: () => {
      L.DomEvent.disableClickPropagation(element);
      L.DomEvent.disableScrollPropagation(element);
      return element;
    },
  });
  return new Control({ position }).addTo(map);
}

// Loads the offline outline; the Koreas are drawn with borders, neighbours as plain land.
export async function addOutline(map) {
  const data = await fetchOutline();
  return L.geoJSON(data, {
    pane: 'outline',
    renderer: L.svg({ pane: 'outline', padding: 1 }),
    interactive: false,
    style: (feature) => {
      const focus = ['PRK', 'KOR'].includes(feature?.properties?.iso);
      const iso = String(feature?.properties?.iso ?? '').toLowerCase().replace(/[^a-z]/g, '');
      return { className: `outline-country outline-${focus ? 'focus' : 'neighbour'} outline-${iso}`, weight: focus ? 1.2 : 0 };
    },
  }).addTo(map);
}

// True when the template is an absolute http(s) URL once placeholders are filled.
export function isSafeTileUrl(template) {
  if (typeof template !== 'string') return false;
  const sample = template.replace(/\{s\}/g, 'a').replace(/\{[a-z]+\}/gi, '0');
  return safeHttpUrl(sample) !== null;
}

// Adds a tile layer when configured; its attribution is escaped because Leaflet renders HTML.
export function addTiles(map, config) {
  if (!config.tileUrl) return null;
  if (!isSafeTileUrl(config.tileUrl)) {
    console.warn('map-config: ignoring tile URL that is not http(s)');
    return null;
  }
  map.getContainer().classList.add('has-tiles');
  return L.tileLayer(config.tileUrl, {
    attribution: config.tileAttribution ? escapeHtml(config.tileAttribution) : '',
    maxZoom: 19,
    crossOrigin: true,
  }).addTo(map);
}
