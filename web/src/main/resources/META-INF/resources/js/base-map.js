/* global L */
// Background layers: the bundled offline basemap (basemap-layer.js), plus optional tiles from map-config.

import { addBasemap } from './basemap-layer.js';
import { escapeHtml, safeHttpUrl } from './dom.js';

const OUTLINE_ATTRIBUTION = 'Basemap: Natural Earth, GeoNames (CC BY 4.0), © OpenStreetMap contributors (ODbL)';
// The basemap's clip box (see web/basemap/README.md); panning stays near it.
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
  map.createPane('basemap-labels'); // the basemap's names: above 'outline', below scenes and facilities
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

// The offline basemap lives in basemap-layer.js; addOutline is its old name.
export { addBasemap };
export const addOutline = (map, options) => addBasemap(map, options);

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
