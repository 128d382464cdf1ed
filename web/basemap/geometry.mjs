// Plain lon/lat geometry helpers for the basemap build: clip to a box, round, measure.
// Good enough for a background map; not a general GIS library.

// Sutherland-Hodgman clip of one closed ring against box {minX, minY, maxX, maxY}; null when nothing is left.
export function clipRing(ring, box) {
  const edges = [
    [(p) => p[0] >= box.minX, (a, b) => cross(a, b, 0, box.minX)],
    [(p) => p[0] <= box.maxX, (a, b) => cross(a, b, 0, box.maxX)],
    [(p) => p[1] >= box.minY, (a, b) => cross(a, b, 1, box.minY)],
    [(p) => p[1] <= box.maxY, (a, b) => cross(a, b, 1, box.maxY)],
  ];
  let pts = ring.slice(0, -1);
  for (const [inside, intersect] of edges) {
    const input = pts;
    pts = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i];
      const prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) pts.push(intersect(prev, cur));
        pts.push(cur);
      } else if (inside(prev)) {
        pts.push(intersect(prev, cur));
      }
    }
    if (pts.length === 0) return null;
  }
  return [...pts, pts[0]];
}

function cross(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  return axis === 0 ? [value, a[1] + t * (b[1] - a[1])] : [a[0] + t * (b[0] - a[0]), value];
}

// Rounds to `decimals` and drops repeated points; null if the ring collapses below a triangle.
export function tidyRing(ring, decimals) {
  const f = 10 ** decimals;
  const out = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x * f) / f, Math.round(y * f) / f];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : null;
}

// The polygons of a Polygon or MultiPolygon geometry, as a list of ring lists.
export function toPolygons(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(toPolygons);
  return [];
}

// Clips (when box is given) and rounds every polygon; drops polygons whose exterior vanishes.
export function clipPolygons(polygons, box, decimals) {
  const out = [];
  for (const poly of polygons) {
    const rings = [];
    for (const [i, ring] of poly.entries()) {
      const clipped = box ? clipRing(ring, box) : ring;
      const tidy = clipped && tidyRing(clipped, decimals);
      if (!tidy) {
        if (i === 0) break; // exterior gone: drop the polygon
        continue;
      }
      rings.push(tidy);
    }
    if (rings.length) out.push(rings);
  }
  return out;
}

// Signed shoelace area of a ring in square degrees (absolute value used by callers).
export function ringArea(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum / 2;
}

// Area-weighted centroid of a ring, as [lon, lat].
export function ringCentroid(ring) {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    const k = x0 * y1 - x1 * y0;
    a += k;
    cx += (x0 + x1) * k;
    cy += (y0 + y1) * k;
  }
  if (a === 0) return ring[0];
  return [cx / (3 * a), cy / (3 * a)];
}

// True when point [x, y] lies inside the ring (even-odd rule).
export function pointInRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

// Distance in kilometres between two [lon, lat] points (equirectangular, fine at these distances).
export function distanceKm([x0, y0], [x1, y1]) {
  const k = Math.cos(((y0 + y1) / 2) * (Math.PI / 180));
  return Math.hypot((x1 - x0) * k, y1 - y0) * 111.2;
}
