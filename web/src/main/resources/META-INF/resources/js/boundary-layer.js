/* global L */
// Draws facility boundaries valid on a day, under the facility markers. Approximate boundaries
// (placeholder search areas, rough outlines) are dashed and unfilled, and say so: never shown as
// surveyed. Popups are built from DOM nodes with textContent only.

import { el } from './dom.js';
import { t, formatNumber } from './i18n.js';

const PANE = 'sightline-boundaries';
// The bases and confidences a boundary version may have (the server's codes).
export const BOUNDARY_BASES = Object.freeze(['digitized', 'published', 'approximate']);
export const BOUNDARY_CONFIDENCES = Object.freeze(['high', 'medium', 'low']);

// True when a dated area (validFrom, validTo: YYYY-MM-DD or null = open) is valid on a day: from
// its first day, up to but not including its end, as the server's validity ranges are.
export function validOn(area, day) {
  return (area.validFrom === null || area.validFrom <= day) && (area.validTo === null || day < area.validTo);
}

// Keeps only features with a (multi)polygon and known basis; returns their properties checked.
export function normaliseBoundary(feature) {
  const geometry = feature?.geometry;
  if (!geometry || !['Polygon', 'MultiPolygon'].includes(geometry.type)) return null;
  const p = feature.properties ?? {};
  if (!BOUNDARY_BASES.includes(p.basis) || !BOUNDARY_CONFIDENCES.includes(p.confidence) || typeof p.facilityId !== 'string') return null;
  return {
    id: String(feature.id),
    facilityId: p.facilityId,
    basis: p.basis,
    confidence: p.confidence,
    validFrom: typeof p.validFrom === 'string' ? p.validFrom : null,
    validTo: typeof p.validTo === 'string' ? p.validTo : null,
    areaSqKm: typeof p.areaSqKm === 'number' ? p.areaSqKm : null,
    note: typeof p.note === 'string' ? p.note : null,
    geometry,
  };
}

function popupFor(boundary, facilityName) {
  const box = el('div', 'boundary-popup');
  box.dataset.boundaryId = boundary.id;
  box.append(el('h3', 'boundary-popup-title', facilityName ?? boundary.facilityId));
  box.append(el('p', `boundary-basis boundary-basis-${boundary.basis}`,
    t(`boundary.basis.${boundary.basis}`) + ' · ' + t(`boundary.confidence.${boundary.confidence}`)));
  if (boundary.basis === 'approximate') box.append(el('p', 'boundary-warning', t('boundary.notSurveyed')));
  box.append(el('p', null, t('boundary.valid', {
    from: boundary.validFrom ?? t('boundary.openStart'),
    to: boundary.validTo ?? t('boundary.openEnd'),
  })));
  if (boundary.areaSqKm !== null) box.append(el('p', null, t('boundary.area', { km2: formatNumber(boundary.areaSqKm, 1) })));
  if (boundary.note) box.append(el('p', 'boundary-note', boundary.note));
  return box;
}

export class BoundaryLayer {
  constructor(map) {
    map.createPane(PANE).style.zIndex = '380'; // under other sources' points (390) and markers
    this.map = map;
    this.group = L.layerGroup().addTo(map);
    this.boundaries = [];
    this.names = new Map();
  }

  // Shows or hides the layer (the layer switcher).
  setVisible(on) {
    if (on && !this.map.hasLayer(this.group)) this.group.addTo(this.map);
    if (!on && this.map.hasLayer(this.group)) this.group.remove();
  }

  // boundaries: normalised; names: facility id -> display name (for popups)
  setBoundaries(boundaries, names) {
    this.boundaries = boundaries;
    this.names = names;
    this.refresh();
    return boundaries.length;
  }

  refresh() {
    this.group.clearLayers();
    for (const boundary of this.boundaries) {
      const approximate = boundary.basis === 'approximate';
      const layer = L.geoJSON({ type: 'Feature', geometry: boundary.geometry, properties: {} }, {
        pane: PANE,
        style: () => ({
          className: `facility-boundary boundary-${boundary.basis}`,
          weight: approximate ? 1.5 : 2,
          dashArray: approximate ? '6 5' : null,
          fillOpacity: approximate ? 0.04 : 0.12,
        }),
      });
      layer.bindPopup(() => popupFor(boundary, this.names.get(boundary.facilityId)), { maxWidth: 320 });
      layer.eachLayer((l) => l.on('add', () => {
        l.getElement()?.setAttribute('data-boundary-basis', boundary.basis);
        l.getElement()?.setAttribute('data-facility-id', boundary.facilityId);
      }));
      this.group.addLayer(layer);
    }
  }
}
