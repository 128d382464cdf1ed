// Turns untrusted API features into a checked, predictable shape. Pure: no DOM, no network.

export const DISAGREEMENT_KM = 1; // warn when a source is further than this from the primary

const str = (v) => (typeof v === 'string' && v.trim() !== '' ? v : null);
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const isLonLat = (lon, lat) => lon !== null && lat !== null && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;

// Great-circle distance in km.
export function distanceKm(lat1, lon1, lat2, lon2) {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}

function normaliseLocation(raw) {
  const lon = num(raw?.lon);
  const lat = num(raw?.lat);
  return {
    source: str(raw?.source),
    sourceTitle: str(raw?.sourceTitle),
    recordId: str(raw?.recordId),
    name: str(raw?.name),
    lon,
    lat,
    hasPosition: isLonLat(lon, lat),
    url: str(raw?.url),
    primary: raw?.primary === true,
    distanceKm: num(raw?.distanceKm),
    note: str(raw?.note),
  };
}

// Centre of a Polygon/MultiPolygon's bounding box, as [lat, lon].
function bboxCentre(geometry) {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const visit = (c) => {
    if (typeof c[0] === 'number') {
      minX = Math.min(minX, c[0]); maxX = Math.max(maxX, c[0]);
      minY = Math.min(minY, c[1]); maxY = Math.max(maxY, c[1]);
    } else c.forEach(visit);
  };
  visit(geometry.coordinates);
  return Number.isFinite(minX) ? [(minY + maxY) / 2, (minX + maxX) / 2] : null;
}

function normaliseGeometry(g) {
  if (!g || !Array.isArray(g.coordinates)) return null;
  if (g.type === 'Point') {
    const [lon, lat] = g.coordinates.map(num);
    return isLonLat(lon, lat) ? { type: 'Point', coordinates: [lon, lat] } : null;
  }
  if (g.type === 'Polygon' && isPolygon(g.coordinates)) return { type: g.type, coordinates: g.coordinates };
  if (g.type === 'MultiPolygon' && g.coordinates.length && g.coordinates.every(isPolygon)) {
    return { type: g.type, coordinates: g.coordinates };
  }
  return null;
}

// Rings of at least four [lon, lat] positions.
function isPolygon(rings) {
  const isPosition = (p) => Array.isArray(p) && isLonLat(num(p[0]), num(p[1]));
  const isRing = (r) => Array.isArray(r) && r.length >= 4 && r.every(isPosition);
  return Array.isArray(rings) && rings.length > 0 && rings.every(isRing);
}

// Returns a facility, or null when the feature has no id or usable position. Types and statuses
// are checked against the vocabulary (vocabulary.js): an unknown type becomes its fallback type,
// an unknown status none.
// The namesake of a candidate duplicate ({id, name, distanceKm}), or null.
function normaliseDuplicate(value) {
  if (!value || typeof value !== 'object' || !str(value.id)) return null;
  const km = Number(value.distanceKm);
  return { id: str(value.id), name: str(value.name) ?? str(value.id), distanceKm: Number.isFinite(km) ? km : null };
}

// Facilities counted once: a candidate duplicate whose namesake is listed counts with it.
export function countOnce(facilities) {
  const ids = new Set(facilities.map((f) => f.id));
  return facilities.filter((f) => !(f.possibleDuplicateOf && ids.has(f.possibleDuplicateOf.id))).length;
}

export function normaliseFacility(feature, vocabulary) {
  const props = feature?.properties ?? {};
  const id = feature?.id === undefined || feature?.id === null ? null : String(feature.id);
  const locations = Array.isArray(props.locations) ? props.locations.map(normaliseLocation) : [];
  let geometry = normaliseGeometry(feature?.geometry);
  const primaryLoc = locations.find((l) => l.primary && l.hasPosition);
  if (!geometry && primaryLoc) geometry = { type: 'Point', coordinates: [primaryLoc.lon, primaryLoc.lat] };
  if (!id || !geometry) return null;

  // The point other sources are measured from and linked to: [lat, lon].
  const anchor = geometry.type === 'Point'
    ? [geometry.coordinates[1], geometry.coordinates[0]]
    : primaryLoc ? [primaryLoc.lat, primaryLoc.lon] : bboxCentre(geometry);
  if (!anchor) return null;

  // Fill in distances the server left out, so disagreements are never hidden.
  for (const loc of locations) {
    if (loc.distanceKm === null && loc.hasPosition) {
      loc.distanceKm = loc.primary ? 0 : distanceKm(anchor[0], anchor[1], loc.lat, loc.lon);
    }
  }
  const maxDisagreementKm = Math.max(0, ...locations.map((l) => l.distanceKm ?? 0));

  return {
    id,
    name: str(props.name) ?? id,
    nameKo: str(props.nameKo),
    aliases: Array.isArray(props.aliases) ? props.aliases.filter((a) => str(a)) : [],
    type: vocabulary.isType(props.type) ? props.type : vocabulary.fallbackType,
    status: vocabulary.isStatus(props.status) ? props.status : null,
    province: str(props.province),
    controllingAgency: str(props.controllingAgency),
    locations,
    sources: Array.isArray(props.sources) ? props.sources.filter((s) => s && typeof s === 'object') : [],
    possibleDuplicateOf: normaliseDuplicate(props.possibleDuplicateOf),
    geometry,
    anchor,
    maxDisagreementKm,
  };
}
