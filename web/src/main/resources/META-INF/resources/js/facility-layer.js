/* global L */
// Draws facilities and every sourced location on the map.

import { buildPopup } from './popup.js';
import { el } from './dom.js';
import { t, formatNumber, currentLanguage } from './i18n.js';

const POPUP_OPTIONS = { maxWidth: 360, minWidth: 240, autoPanPadding: [24, 24], className: 'facility-popup-wrapper' };
const TOOLTIP_OPTIONS = { direction: 'top', offset: [0, -8], className: 'facility-tooltip' };
// Other sources' locations live in their own pane below the overlay pane (z-index 400), so a
// facility's own marker is always on top and clickable, whatever order things are drawn in.
const ALT_PANE = 'sightline-alt-locations';

function tooltipFor(facility) {
  const box = el('div', 'facility-tooltip-body');
  const ko = currentLanguage() === 'ko' && facility.nameKo;
  box.append(el('strong', null, ko ? facility.nameKo : facility.name));
  if (ko) box.append(el('div', null, facility.name));
  else if (facility.nameKo) box.append(el('div', null, facility.nameKo));
  return box;
}

function altTooltipFor(facility, loc) {
  const box = el('div', 'facility-tooltip-body');
  box.append(el('strong', null, loc.sourceTitle ?? loc.source ?? t('popup.unknown')));
  box.append(el('div', null, loc.name ?? facility.name));
  if (loc.distanceKm !== null && loc.distanceKm > 0) {
    box.append(el('div', null, t('popup.distance', { km: formatNumber(loc.distanceKm, 1) })));
  }
  return box;
}

// Leaflet paths get their element only once on the map; tag each with the facility id.
function tagElements(layer, id) {
  const tag = (l) => l.getElement?.()?.setAttribute('data-facility-id', id);
  if (layer.eachLayer) layer.eachLayer(tag);
  else tag(layer);
}

export class FacilityLayer {
  // state: the map's state (state.js): an open popup selects its facility, and the timeline's day
  // sets the imagery window. onShowScenes(facility), when given, draws its scene footprints.
  constructor(map, state, { onShowScenes = null } = {}) {
    this.map = map;
    this.state = state;
    this.onShowScenes = onShowScenes;
    this.vocabulary = null;
    map.createPane(ALT_PANE).style.zIndex = '390';
    this.altGroup = L.layerGroup().addTo(map);     // alternative locations underneath
    this.primaryGroup = L.layerGroup().addTo(map); // facilities on top
    this.byId = new Map();
    this.openPopup = null;
    this.markedId = null; // the facility drawn as selected

    const facilityIdOf = (popup) => popup.getElement()?.querySelector('.facility-popup')?.dataset.facilityId;
    map.on('popupopen', (e) => {
      this.openPopup = e.popup;
      const id = facilityIdOf(e.popup);
      if (id) state.set({ selectedFacilityId: id });
    });
    map.on('popupclose', (e) => {
      if (this.openPopup === e.popup) this.openPopup = null;
      const id = facilityIdOf(e.popup);
      if (id && state.get().selectedFacilityId === id) state.set({ selectedFacilityId: null });
    });
    state.subscribe('selectedFacilityId', ({ selectedFacilityId }) => {
      if (this.markedId) this.setSelected(this.markedId, false);
      this.markedId = selectedFacilityId;
      if (selectedFacilityId) this.setSelected(selectedFacilityId, true);
    });
  }

  // Replaces all drawn facilities (normalised; vocabulary labels their types in popups);
  // returns those actually drawn.
  setFacilities(facilities, vocabulary) {
    this.vocabulary = vocabulary;
    this.altGroup.clearLayers();
    this.primaryGroup.clearLayers();
    this.byId.clear();
    for (const facility of facilities) {
      try {
        this.draw(facility);
      } catch (err) {
        // One malformed geometry must not hide every other facility.
        console.warn(`facility ${facility.id} could not be drawn`, err);
      }
    }
    return [...this.byId.values()].map((entry) => entry.facility);
  }

  draw(facility) {
    const classes = `facility-marker facility-type-${facility.type} facility-status-${facility.status ?? 'unknown'}`;
    let layer;
    if (facility.geometry.type === 'Point') {
      layer = L.circleMarker(facility.anchor, {
        radius: facility.type === 'kwanliso' ? 8 : 6,
        weight: 2,
        className: classes,
      });
    } else {
      layer = L.geoJSON(facility.geometry, { style: () => ({ weight: 2, className: `${classes} facility-area` }) });
    }
    this.bindFacility(layer, facility);
    this.primaryGroup.addLayer(layer);
    tagElements(layer, facility.id);
    const extras = [];

    // A small area would vanish when zoomed out: mark its primary point too.
    if (facility.geometry.type !== 'Point') {
      const dot = L.circleMarker(facility.anchor, {
        radius: 4, weight: 1.5, className: classes.replace('facility-marker', 'facility-area-anchor'),
      });
      this.bindFacility(dot, facility);
      this.primaryGroup.addLayer(dot);
      tagElements(dot, facility.id);
      extras.push(dot);
    }

    // Every other source's location, joined to the primary so disagreement stays visible.
    for (const loc of facility.locations) {
      if (loc.primary || !loc.hasPosition) continue;
      const at = [loc.lat, loc.lon];
      const link = L.polyline([facility.anchor, at], {
        className: 'facility-alt-link', weight: 1.5, dashArray: '4 4', interactive: false, pane: ALT_PANE,
      });
      const marker = L.circleMarker(at, { radius: 4, weight: 1.5, className: 'facility-alt-location', pane: ALT_PANE });
      marker.bindTooltip(() => altTooltipFor(facility, loc), TOOLTIP_OPTIONS);
      marker.on('click', () => this.focus(facility.id, { pan: false }));
      this.altGroup.addLayer(link).addLayer(marker);
      tagElements(link, facility.id);
      tagElements(marker, facility.id);
      extras.push(link, marker);
    }
    this.byId.set(facility.id, { facility, layer, extras });
  }

  bindFacility(layer, facility) {
    layer.bindPopup(() => buildPopup(facility, {
      vocabulary: this.vocabulary, onShowScenes: this.onShowScenes, day: this.state.get().day,
    }), POPUP_OPTIONS);
    layer.bindTooltip(() => tooltipFor(facility), TOOLTIP_OPTIONS);
  }

  // Pans to a facility and opens its popup.
  focus(id, { pan = true } = {}) {
    const entry = this.byId.get(id);
    if (!entry) return;
    const { facility, layer } = entry;
    const open = () => layer.openPopup(facility.geometry.type === 'Point' ? undefined : facility.anchor);
    if (!pan) {
      open();
      return;
    }
    // Open once the move ends: Leaflet skips popup auto-pan while a pan is animating.
    this.map.once('moveend', open);
    if (facility.geometry.type === 'Point') {
      this.map.setView(facility.anchor, Math.max(this.map.getZoom(), 9));
    } else {
      this.map.fitBounds(layer.getBounds(), { maxZoom: 11, padding: [40, 40] });
    }
  }

  setSelected(id, selected) {
    const entry = this.byId.get(id);
    if (!entry) return;
    const mark = (l) => l.getElement?.()?.classList.toggle('is-selected', selected);
    if (entry.layer.eachLayer) entry.layer.eachLayer(mark);
    else mark(entry.layer);
    entry.extras.forEach(mark);
    if (selected && entry.layer.bringToFront) entry.layer.bringToFront();
  }

  // Re-renders language-dependent content (open popup now, tooltips on next hover).
  refresh() {
    if (this.openPopup) this.openPopup.update();
    this.map.eachLayer((l) => l.getTooltip?.()?.isOpen() && l.closeTooltip());
  }
}
