// Typed coordinates for a boundary or zone: the keyboard's way to give a shape, kept in step with
// the drawing on the map. Accepts a GeoJSON geometry (Polygon or MultiPolygon; a Feature's
// geometry too), or one "lon lat" pair per line (comma, space or tab between; a closing pair is
// added when the last differs from the first). Pure: no DOM. The server checks the shape itself
// (self-intersection, swapped axes, size) and says where: nothing here second-guesses it.

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

// Text -> { geometry } or { error: code, line? } with code one of 'empty', 'json', 'type',
// 'pair', 'tooFew'. line is the 1-based line of a pair that could not be read.
export function parseCoordinates(text) {
  const source = String(text ?? '').trim();
  if (!source) return { error: 'empty' };
  if (source.startsWith('{')) return parseGeoJson(source);
  const ring = [];
  const lines = source.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const parts = line.split(/[\s,;]+/).filter(Boolean);
    if (parts.length !== 2 || !parts.every((part) => NUMBER.test(part))) return { error: 'pair', line: i + 1 };
    ring.push([Number(parts[0]), Number(parts[1])]);
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (ring.length && (first[0] !== last[0] || first[1] !== last[1])) ring.push([first[0], first[1]]);
  if (ring.length < 4) return { error: 'tooFew' };
  return { geometry: { type: 'Polygon', coordinates: [ring] } };
}

function parseGeoJson(source) {
  let value;
  try {
    value = JSON.parse(source);
  } catch {
    return { error: 'json' };
  }
  const geometry = value?.type === 'Feature' ? value.geometry : value;
  if (!geometry || !['Polygon', 'MultiPolygon'].includes(geometry.type) || !Array.isArray(geometry.coordinates)) {
    return { error: 'type' };
  }
  return { geometry: { type: geometry.type, coordinates: geometry.coordinates } };
}

// A geometry as text for the coordinates box: a Polygon of one ring as "lon lat" lines (without
// the closing pair, which parseCoordinates adds back); anything else (holes, several parts) as
// GeoJSON. '' for none.
export function formatCoordinates(geometry) {
  if (!geometry) return '';
  let rings = null;
  if (geometry.type === 'Polygon') rings = geometry.coordinates;
  else if (geometry.type === 'MultiPolygon' && geometry.coordinates.length === 1) rings = geometry.coordinates[0];
  if (rings && rings.length === 1 && rings[0].length >= 4) {
    const ring = rings[0];
    const closed = samePosition(ring[0], ring[ring.length - 1]);
    return (closed ? ring.slice(0, -1) : ring).map((p) => `${p[0]} ${p[1]}`).join('\n');
  }
  return JSON.stringify({ type: geometry.type, coordinates: geometry.coordinates });
}

// A Polygon of one part, as a MultiPolygon from the server usually is, for drawing and editing.
export function editableGeometry(geometry) {
  if (geometry?.type === 'MultiPolygon' && geometry.coordinates.length === 1) {
    return { type: 'Polygon', coordinates: geometry.coordinates[0] };
  }
  return geometry ?? null;
}

const samePosition = (a, b) => a && b && a[0] === b[0] && a[1] === b[1];
