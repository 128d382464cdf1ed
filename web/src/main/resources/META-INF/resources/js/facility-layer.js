/* global L */
// Draws facilities and every sourced location on the map (SVG: a few hundred, each focusable by the
// tests and styled by CSS class: type colour, status fill, selection). Clicking one selects it; its
// details open in the facility panel. Only the facilities the filters let through are drawn.

import { el } from './dom.js';
import { t, formatNumber, currentLanguage } from './i18n.js';

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
  // state: the map's state (state.js): a click selects a facility (selectedFacilityId), which is
  // drawn as selected.
  constructor(map, state) {
    this.map = map;
    this.state = state;
    map.createPane(ALT_PANE).style.zIndex = '390';
    this.altGroup = L.layerGroup().addTo(map);     // alternative locations underneath
    this.primaryGroup = L.layerGroup().addTo(map); // facilities on top
    this.byId = new Map();
    this.shownIds = null; // null: all; else the ids the filters let through
    this.markedId = null; // the facility drawn as selected
    state.subscribe('selectedFacilityId', ({ selectedFacilityId }) => {
      if (this.markedId) this.setSelected(this.markedId, false);
      this.markedId = selectedFacilityId;
      if (selectedFacilityId) this.setSelected(selectedFacilityId, true);
    });
  }

  // Replaces all drawn facilities (normalised; vocabulary labels their types in popups);
  // returns those actually drawn.
  setFacilities(facilities) {
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
    const classes = `facility-marker facility-type-${facility.type} facility-status-${facility.status ?? 'unknown'}${
      facility.synthetic ? ' is-synthetic' : ''}`;
    let layer;
    if (facility.geometry.type === 'Point') {
      layer = L.circleMarker(facility.anchor, {
        radius: facility.type === 'kwanliso' ? 8 : 6,
        weight: 2,
        className: classes,
        snapIgnore: true, // a reported position, not a corner on the ground (work/map-draw.js)
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
        radius: 4, weight: 1.5, className: classes.replace('facility-marker', 'facility-area-anchor'), snapIgnore: true,
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
        className: 'facility-alt-link', weight: 1.5, dashArray: '4 4', interactive: false, pane: ALT_PANE, snapIgnore: true,
      });
      const marker = L.circleMarker(at, {
        radius: 4, weight: 1.5, className: 'facility-alt-location', pane: ALT_PANE, snapIgnore: true,
      });
      marker.bindTooltip(() => altTooltipFor(facility, loc), TOOLTIP_OPTIONS);
      marker.on('click', () => this.state.set({ selectedFacilityId: facility.id }));
      this.altGroup.addLayer(link).addLayer(marker);
      tagElements(link, facility.id);
      tagElements(marker, facility.id);
      extras.push(link, marker);
    }
    this.byId.set(facility.id, { facility, layer, extras });
  }

  bindFacility(layer, facility) {
    layer.bindTooltip(() => tooltipFor(facility), TOOLTIP_OPTIONS);
    layer.on('click', () => this.state.set({ selectedFacilityId: facility.id }));
  }

  // Draws only these facilities (null: all); returns the number drawn.
  showOnly(ids) {
    this.shownIds = ids;
    let shown = 0;
    for (const [id, entry] of this.byId) {
      const on = ids === null || ids.has(id);
      const layers = [entry.layer, ...entry.extras];
      for (const layer of layers) {
        const group = entry.extras.includes(layer) && layer.options?.pane === ALT_PANE ? this.altGroup : this.primaryGroup;
        if (on && !group.hasLayer(layer)) {
          group.addLayer(layer);
          tagElements(layer, id);
        } else if (!on && group.hasLayer(layer)) {
          group.removeLayer(layer);
        }
      }
      if (on) shown += 1;
    }
    if (this.markedId) this.setSelected(this.markedId, true);
    return shown;
  }

  // Pans and zooms to a facility (its area, or its point at zoom 11 or more).
  zoomTo(id) {
    const entry = this.byId.get(id);
    if (!entry) return;
    if (entry.facility.geometry.type === 'Point') {
      this.map.setView(entry.facility.anchor, Math.max(this.map.getZoom(), 11));
    } else {
      this.map.fitBounds(entry.layer.getBounds(), { maxZoom: 13, padding: [40, 40] });
    }
  }

  // Brings a facility into view without changing the zoom when it is already visible.
  reveal(id) {
    const entry = this.byId.get(id);
    if (!entry) return;
    if (!this.map.getBounds().contains(entry.facility.anchor)) this.map.panTo(entry.facility.anchor);
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

  // Re-renders language-dependent content (tooltips on next hover).
  refresh() {
    this.map.eachLayer((l) => l.getTooltip?.()?.isOpen() && l.closeTooltip());
  }
}
