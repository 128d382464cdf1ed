// Builds korea-outline.geojson from the Natural Earth countries in the `world-atlas` npm package.
// Offline: reads only from the node_modules folder given as the first argument.
//   usage: node build-outline.mjs /path/to/node_modules [out.geojson] [10m|50m]
// node_modules must contain world-atlas and topojson-client (npm install world-atlas topojson-client).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [modules, out = 'korea-outline.geojson', scale = '10m'] = process.argv.slice(2);
if (!modules) {
  console.error('usage: node build-outline.mjs /path/to/node_modules [out.geojson] [10m|50m]');
  process.exit(2);
}
const root = resolve(modules);
const { feature } = await import(pathToFileURL(join(root, 'topojson-client', 'dist', 'topojson-client.js')).href);
const atlasPkg = JSON.parse(readFileSync(join(root, 'world-atlas', 'package.json'), 'utf8'));
const topo = JSON.parse(readFileSync(join(root, 'world-atlas', `countries-${scale}.json`), 'utf8'));

// Context countries are clipped to this box; the two Koreas are kept whole.
// Neighbours come first so the Koreas are drawn on top of them.
const BOX = { minX: 118, minY: 33, maxX: 137, maxY: 46 };
const WANTED = [
  { id: '156', name: 'China', nameKo: '중국', iso: 'CHN', clip: true },
  { id: '643', name: 'Russia', nameKo: '러시아', iso: 'RUS', clip: true },
  { id: '392', name: 'Japan', nameKo: '일본', iso: 'JPN', clip: true },
  { id: '410', name: 'South Korea', nameKo: '대한민국', iso: 'KOR', clip: false },
  { id: '408', name: 'North Korea', nameKo: '조선민주주의인민공화국', iso: 'PRK', clip: false },
];

const round = (v) => Math.round(v * 1e4) / 1e4;

// Sutherland-Hodgman clip of one closed ring against the box.
function clipRing(ring) {
  const edges = [
    [(p) => p[0] >= BOX.minX, (a, b) => cross(a, b, 0, BOX.minX)],
    [(p) => p[0] <= BOX.maxX, (a, b) => cross(a, b, 0, BOX.maxX)],
    [(p) => p[1] >= BOX.minY, (a, b) => cross(a, b, 1, BOX.minY)],
    [(p) => p[1] <= BOX.maxY, (a, b) => cross(a, b, 1, BOX.maxY)],
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

// Round to 4 decimals and drop repeated points; null if the ring collapses.
function tidyRing(ring) {
  const outRing = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    const last = outRing[outRing.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) outRing.push(p);
  }
  return outRing.length >= 4 ? outRing : null;
}

function toPolygons(geometry) {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

const features = [];
for (const want of WANTED) {
  const geom = topo.objects.countries.geometries.find((g) => String(g.id) === want.id);
  if (!geom) throw new Error(`country ${want.id} not found`);
  const f = feature(topo, geom);
  const polygons = [];
  for (const poly of toPolygons(f.geometry)) {
    const rings = [];
    for (const [i, ring] of poly.entries()) {
      const clipped = want.clip ? clipRing(ring) : ring;
      const tidy = clipped && tidyRing(clipped);
      if (!tidy) {
        if (i === 0) break; // exterior gone: drop the polygon
        continue;
      }
      rings.push(tidy);
    }
    if (rings.length) polygons.push(rings);
  }
  if (!polygons.length) continue;
  features.push({
    type: 'Feature',
    id: want.iso,
    properties: { name: want.name, nameKo: want.nameKo, iso: want.iso },
    geometry: { type: 'MultiPolygon', coordinates: polygons },
  });
}

const collection = {
  type: 'FeatureCollection',
  // Non-standard member, ignored by GeoJSON readers; records provenance.
  source: `Natural Earth ${scale} admin-0 countries via world-atlas ${atlasPkg.version} (public domain)`,
  features,
};
writeFileSync(out, JSON.stringify(collection) + '\n');
console.log(`wrote ${out}: ${features.length} features, ${JSON.stringify(collection).length} bytes`);
