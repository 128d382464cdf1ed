/* global L */
// A dense layer (scene footprints, structure change events, corroborated events): fetched from the
// server's /api/map/… endpoints for the current view, zoom and period only, and drawn on one canvas.
// The server answers with features when few enough, otherwise with grid cells carrying counts
// (docs/MAP-API.md); both are drawn here. A newer view or period cancels the request in flight, so
// only the latest answer is ever drawn, whatever order answers arrive in.

import { fetchMapLayer } from './api.js';
import { withLayerCount } from './state.js';
import { cellStyle } from './layer-styles.js';

const MOVE_DEBOUNCE_MS = 120;
const PAD = 0.1; // fetch 10 % beyond each side of the view, so small pans need no new request

// spec: { layer (state key in LAYERS), pane, zIndex, style(feature, state), popup(feature) -> Node,
//         tooltip(feature) -> string, cellTooltip(feature) -> string, query(state) -> filters object,
//         visible(feature, state) -> boolean (client-side filters), allowed(state) -> boolean,
//         minZoom (optional: below it nothing is fetched and the layer says "zoom in"),
//         fetch(query, signal) (optional: instead of the /api/map/<layer> endpoint) }
export class DenseLayer {
  constructor(map, state, spec) {
    this.map = map;
    this.state = state;
    this.spec = spec;
    map.createPane(spec.pane).style.zIndex = String(spec.zIndex);
    this.renderer = L.canvas({ pane: spec.pane, padding: PAD, tolerance: 3 });
    this.group = L.layerGroup().addTo(map);
    this.controller = null;
    this.timer = null;
    this.data = null; // the last answer drawn: { mode, features, numberMatched }
    this.dataKey = null; // that answer as JSON, to tell a new answer from the same one again
    this.onDrawn = () => {};
    this.openId = null; // the feature whose popup is open: reopened when a redraw replaces its path
    this.pendingOpen = null; // a feature to open once drawn (asked for from the list)
    map.on('popupopen', (e) => {
      const id = e.popup?._source?.feature?.id;
      if (e.popup?._source?.options?.pane === spec.pane && id !== undefined) this.openId = String(id);
    });
    map.on('popupclose', (e) => {
      if (e.popup?._source?.options?.pane === spec.pane && !this.redrawing) this.openId = null;
    });
    map.on('moveend', () => this.schedule(MOVE_DEBOUNCE_MS));
    state.subscribe(['from', 'to', 'layers', 'filters', 'user', 'timeSpan'], () => this.schedule(0));
    state.subscribe('language', () => this.redraw());
  }

  isOn() {
    const current = this.state.get();
    return current.layers.includes(this.spec.layer) && (this.spec.allowed?.(current) ?? true);
  }

  schedule(delayMs) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.load(), delayMs);
  }

  // The features (features mode) drawn now, after the client-side filters.
  visibleFeatures() {
    if (!this.data || this.data.mode !== 'features') return [];
    const current = this.state.get();
    return this.data.features.filter((f) => this.spec.visible?.(f, current) ?? true);
  }

  async load() {
    this.controller?.abort();
    if (!this.isOn()) {
      this.controller = null;
      this.data = null;
      this.group.clearLayers();
      // An off layer says so once, not on every move (each change redraws the list and legend).
      if (this.state.get().layerCounts[this.spec.layer] !== undefined) this.publish(null);
      return;
    }
    if (this.spec.minZoom && this.map.getZoom() < this.spec.minZoom) {
      this.controller = null;
      this.data = null;
      this.group.clearLayers();
      this.publish({ mode: 'zoom-in', drawn: 0, matched: 0, period: '' });
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    const current = this.state.get();
    const bounds = this.map.getBounds().pad(PAD);
    const query = {
      bbox: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
      zoom: this.map.getZoom(),
      from: current.from,
      to: current.to,
      filters: this.spec.query?.(current) ?? {},
    };
    try {
      const answer = this.spec.fetch
        ? await this.spec.fetch(query, controller.signal)
        : await fetchMapLayer(this.spec.layer, query, controller.signal);
      if (controller !== this.controller) return;
      const next = {
        mode: answer?.mode === 'cells' ? 'cells' : 'features',
        features: Array.isArray(answer?.features) ? answer.features : [],
        numberMatched: Number.isFinite(answer?.numberMatched) ? answer.numberMatched : null,
        period: `${current.from ?? ''}/${current.to ?? ''}`,
      };
      // The same answer again (a small pan, a popup panning into view): nothing is redrawn, so an
      // open popup stays as it is; a feature asked for from the list is opened all the same.
      const key = JSON.stringify([next, current.filters]);
      if (this.data && key === this.dataKey) {
        const pending = this.pendingOpen;
        this.pendingOpen = null;
        if (pending && this.byId?.has(pending)) this.openPopupOn(this.byId.get(pending));
        return;
      }
      this.data = next;
      this.dataKey = key;
      this.redraw();
    } catch (err) {
      if (err.name === 'AbortError' || controller !== this.controller) return;
      console.warn(`${this.spec.layer}: not drawn`, err);
      this.data = null;
      this.group.clearLayers();
      this.publish({ mode: 'error', drawn: 0, matched: 0, period: '', status: err.status ?? null });
    }
  }

  redraw() {
    this.redrawing = true;
    this.group.clearLayers();
    this.redrawing = false;
    if (!this.data) {
      this.openId = null;
      return;
    }
    const current = this.state.get();
    const features = this.data.mode === 'cells' ? this.data.features : this.visibleFeatures();
    const spec = this.spec;
    const layer = L.geoJSON({ type: 'FeatureCollection', features }, {
      renderer: this.renderer,
      pane: spec.pane,
      pointToLayer: (feature, latlng) => L.circleMarker(latlng, { renderer: this.renderer, radius: 6 }),
      style: (feature) => (this.data.mode === 'cells'
        ? cellStyle(feature, features)
        : spec.style(feature, current)),
      onEachFeature: (feature, path) => {
        if (this.data.mode === 'cells') {
          path.bindTooltip(() => spec.cellTooltip(feature), { sticky: true });
          path.on('click', () => this.map.fitBounds(path.getBounds(), { maxZoom: this.map.getZoom() + 3 }));
        } else {
          if (spec.tooltip) path.bindTooltip(() => spec.tooltip(feature), { sticky: true });
          path.bindPopup(() => spec.popup(feature), { maxWidth: 340, className: `${spec.layer}-popup-wrapper` });
        }
      },
    });
    this.group.addLayer(layer);
    this.byId = new Map();
    layer.eachLayer((path) => this.byId.set(String(path.feature?.id ?? ''), path));
    // A popup that was open (or asked for) stays open on the redrawn feature, if it is still drawn.
    const reopen = this.pendingOpen ?? this.openId;
    this.pendingOpen = null;
    if (reopen && this.byId.has(reopen)) this.openPopupOn(this.byId.get(reopen));
    else this.openId = null;
    this.publish({
      mode: this.data.mode,
      drawn: features.length,
      matched: this.data.numberMatched ?? features.length,
      period: this.data.period,
    });
  }

  // Opens the popup of a drawn feature (from the visible list), bringing it into view; false when it
  // is not drawn. A move redraws the layer: the popup is then opened on the redrawn feature.
  openFeature(id) {
    const key = String(id);
    const path = this.byId?.get(key);
    if (!path) return false;
    const bounds = this.boundsOf(path);
    if (this.map.getBounds().contains(bounds)) {
      this.openPopupOn(path);
      return true;
    }
    this.pendingOpen = key;
    this.map.fitBounds(bounds, { maxZoom: Math.max(this.map.getZoom(), 11), padding: [40, 40] });
    return true;
  }

  boundsOf(path) {
    return path.getBounds ? path.getBounds() : L.latLngBounds([path.getLatLng()]);
  }

  openPopupOn(path) {
    this.openId = String(path.feature?.id ?? '');
    path.openPopup(this.boundsOf(path).getCenter());
  }

  publish(entry) {
    this.state.set({ layerCounts: withLayerCount(this.state.get().layerCounts, this.spec.layer, entry) });
    this.onDrawn(entry);
  }
}
