// Drawing and editing shapes on the map for the work forms, with Leaflet-Geoman (free edition,
// vendor/leaflet-geoman): polygons (boundaries, zones, structures, areas not assessed, claim
// places), circles (a point with a radius) and points. One drawing at a time. Geometry comes out
// as GeoJSON in WGS 84 (EPSG:4326), longitude first; a circle as { center: [lon, lat], radiusM }.
// Self-intersections are allowed while drawing: the server's check is the authority, and its
// problems are marked on the map at the point they name (showProblems).

/* global L */

import { el } from '../dom.js';
import { t } from '../i18n.js';

const DRAW_STYLE = { color: '#c2410c', weight: 2, fillOpacity: 0.15 };
const PROBLEM_STYLE = { radius: 9, color: '#b91c1c', weight: 3, fillColor: '#fecaca', fillOpacity: 0.9 };

export class MapDraw {
  constructor(map) {
    this.map = map;
    this.layer = null; // the shape being drawn or edited
    this.problemLayer = L.layerGroup().addTo(map);
    this.onChange = null;
    this.pending = null; // { resolve } of a drawing in progress
    map.pm?.setGlobalOptions?.({ allowSelfIntersection: true, templineStyle: DRAW_STYLE, hintlineStyle: { ...DRAW_STYLE, dashArray: '5,5' }, pathOptions: DRAW_STYLE });
    map.on('pm:create', (event) => this.created(event.layer));
    // Leaflet-Geoman's corner handles are focusable markers without a name: every one added gets
    // one, for assistive technology (the forms' coordinate boxes are the keyboard's way to move them).
    let labelling = null;
    map.on('layeradd', () => {
      labelling ??= setTimeout(() => {
        labelling = null;
        this.labelHandles();
      }, 0);
    });
  }

  // Names the drawing's draggable handles (corners, and the midpoints that add a corner).
  labelHandles() {
    for (const marker of this.map.getContainer().querySelectorAll('.leaflet-marker-icon.marker-icon')) {
      const key = marker.classList.contains('marker-icon-middle') ? 'work.draw.cornerAdd' : 'work.draw.corner';
      marker.setAttribute('aria-label', t(key));
    }
  }

  // True when Leaflet-Geoman has loaded (the browser tests check it, and the forms fall back to
  // typed coordinates without it).
  get available() {
    return Boolean(this.map.pm);
  }

  // Starts drawing a new shape: 'Polygon' | 'Rectangle' | 'Circle' | 'Marker'. Resolves to what
  // value() gives once the shape is finished, or null when cancelled. onChange(value) follows edits.
  draw(shape, { onChange = null } = {}) {
    this.clear();
    this.onChange = onChange;
    if (!this.available) return Promise.resolve(null);
    this.map.pm.enableDraw(shape, { allowSelfIntersection: true, pathOptions: DRAW_STYLE, continueDrawing: false });
    document.body.dataset.drawing = shape;
    return new Promise((resolve) => {
      this.pending = { resolve };
    });
  }

  // Puts an existing geometry (GeoJSON geometry, or { center, radiusM }) on the map, editable.
  edit(value, { onChange = null, fit = true } = {}) {
    this.clear();
    this.onChange = onChange;
    if (!value) return;
    this.layer = value.center
      ? L.circle([value.center[1], value.center[0]], { ...DRAW_STYLE, radius: value.radiusM })
      : L.geoJSON(value, { style: DRAW_STYLE }).getLayers()[0];
    if (!this.layer) return;
    this.layer.addTo(this.map);
    this.watch(this.layer);
    if (fit) this.fit();
  }

  // The shape as drawn now: a GeoJSON geometry, { center, radiusM } for a circle, or null.
  value() {
    if (!this.layer) return null;
    if (this.layer instanceof L.Circle) {
      const centre = this.layer.getLatLng();
      return { center: [round(centre.lng), round(centre.lat)], radiusM: Math.round(this.layer.getRadius()) };
    }
    return roundGeometry(this.layer.toGeoJSON().geometry);
  }

  fit() {
    if (!this.layer) return;
    if (this.layer.getBounds) this.map.fitBounds(this.layer.getBounds(), { maxZoom: 15, padding: [30, 30] });
    else this.map.setView(this.layer.getLatLng(), Math.max(this.map.getZoom(), 12));
  }

  // Marks each problem with a point (problem.at = [lon, lat]) on the map, with its message as a
  // tooltip, and brings the first into view. Returns how many were marked.
  showProblems(problems) {
    this.problemLayer.clearLayers();
    const placed = problems.filter((p) => Array.isArray(p.at) && Math.abs(p.at[1]) <= 90 && Math.abs(p.at[0]) <= 180);
    for (const problem of placed) {
      const marker = L.circleMarker([problem.at[1], problem.at[0]], { ...PROBLEM_STYLE, className: 'draw-problem' });
      marker.bindTooltip(problem.message, { permanent: true, direction: 'top', className: 'draw-problem-tip' });
      marker.addTo(this.problemLayer);
    }
    if (placed.length) this.map.panTo([placed[0].at[1], placed[0].at[0]]);
    document.body.dataset.drawProblems = String(placed.length);
    return placed.length;
  }

  clearProblems() {
    this.problemLayer.clearLayers();
    delete document.body.dataset.drawProblems;
  }

  // Removes the shape and any drawing in progress (a pending draw() resolves to null).
  clear() {
    if (this.available) this.map.pm.disableDraw();
    if (this.layer) {
      this.layer.pm?.disable();
      this.layer.remove();
    }
    this.layer = null;
    this.clearProblems();
    delete document.body.dataset.drawing;
    if (this.pending) {
      this.pending.resolve(null);
      this.pending = null;
    }
  }

  created(layer) {
    if (!this.pending) {
      layer.remove();
      return;
    }
    this.layer = layer;
    layer.setStyle?.(DRAW_STYLE);
    this.watch(layer);
    delete document.body.dataset.drawing;
    const { resolve } = this.pending;
    this.pending = null;
    resolve(this.value());
    this.onChange?.(this.value());
  }

  watch(layer) {
    layer.pm?.enable({ allowSelfIntersection: true });
    const changed = () => {
      this.clearProblems();
      this.onChange?.(this.value());
    };
    layer.on('pm:edit pm:markerdragend pm:vertexremoved pm:vertexadded', changed);
  }
}

// A short note under a drawing's buttons: what to do on the map, in the current language.
export function drawingHint(shape) {
  return el('p', 'work-hint', t(`work.draw.hint.${shape}`));
}

const round = (value) => Math.round(value * 1e7) / 1e7; // about 1 cm

function roundGeometry(geometry) {
  const walk = (coords) => (typeof coords[0] === 'number' ? coords.map(round) : coords.map(walk));
  return { type: geometry.type, coordinates: walk(geometry.coordinates) };
}
