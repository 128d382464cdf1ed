/* global L */
// Draws the zones (named analysis areas inside facilities: housing, mines, farms, …) valid on a day,
// under the boundaries. Labels come from the data and are shown as text only.

import { el } from './dom.js';
import { t, formatNumber, currentLanguage } from './i18n.js';

const PANE = 'sightline-zones';

const str = (v) => (typeof v === 'string' && v.trim() ? v : null);

// Keeps zone features with a (multi)polygon; returns their properties checked.
export function normaliseZone(feature) {
  const geometry = feature?.geometry;
  if (!geometry || !['Polygon', 'MultiPolygon'].includes(geometry.type)) return null;
  const p = feature.properties ?? {};
  if (!str(p.facilityId)) return null;
  return {
    id: String(feature.id),
    facilityId: p.facilityId,
    zoneKey: str(p.zoneKey),
    name: str(p.name),
    nameKo: str(p.nameKo),
    kind: str(p.kind),
    basis: str(p.basis),
    validFrom: str(p.validFrom),
    validTo: str(p.validTo),
    areaSqKm: typeof p.areaSqKm === 'number' ? p.areaSqKm : null,
    geometry,
  };
}

function zoneName(zone) {
  return (currentLanguage() === 'ko' && zone.nameKo) || zone.name || zone.zoneKey || zone.id;
}

function popupFor(zone, facilityName) {
  const box = el('div', 'layer-popup zone-popup');
  box.dataset.zoneKey = zone.zoneKey ?? '';
  box.append(el('h3', 'layer-popup-title', zoneName(zone)));
  box.append(el('p', null, facilityName ?? zone.facilityId));
  box.append(el('p', null, t('boundary.valid', {
    from: zone.validFrom ?? t('boundary.openStart'),
    to: zone.validTo ?? t('boundary.openEnd'),
  })));
  if (zone.areaSqKm !== null) box.append(el('p', null, t('boundary.area', { km2: formatNumber(zone.areaSqKm, 2) })));
  return box;
}

export class ZoneLayer {
  constructor(map) {
    map.createPane(PANE).style.zIndex = '375'; // under boundaries (380)
    this.group = L.layerGroup();
    this.map = map;
    this.zones = [];
    this.names = new Map();
  }

  setVisible(on) {
    if (on && !this.map.hasLayer(this.group)) this.group.addTo(this.map);
    if (!on && this.map.hasLayer(this.group)) this.group.remove();
  }

  setZones(zones, names) {
    this.zones = zones;
    this.names = names;
    this.refresh();
    return zones.length;
  }

  refresh() {
    this.group.clearLayers();
    for (const zone of this.zones) {
      const layer = L.geoJSON({ type: 'Feature', geometry: zone.geometry, properties: {} }, {
        pane: PANE,
        style: () => ({ className: 'facility-zone', weight: 1.2, dashArray: '2 3', fillOpacity: 0.1 }),
      });
      layer.bindTooltip(() => zoneName(zone), { sticky: true });
      layer.bindPopup(() => popupFor(zone, this.names.get(zone.facilityId)), { maxWidth: 300 });
      layer.eachLayer((l) => l.on('add', () => l.getElement()?.setAttribute('data-zone-key', zone.zoneKey ?? '')));
      this.group.addLayer(layer);
    }
  }
}
