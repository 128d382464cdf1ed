// The offline basemap's labelling rules, without DOM or Leaflet (base-map.js draws them):
// which names to show at a zoom, in which language, which survive the overlap test, and the
// graticule's spacing and captions.

// The zoom from which a place of each rank (0 = national capital ... 5 = small town) is labelled.
const PLACE_MIN_ZOOM = [6, 6, 8, 9, 10, 10];

// Province names between these zooms: below, the whole peninsula is too small; above, towns take over.
export const PROVINCE_LABEL_ZOOMS = Object.freeze({ min: 7, max: 9.5 });

// The name to show: Korean when asked for and known, else English.
export function labelName(properties, language) {
  const en = properties?.name ?? '';
  if (language === 'ko') return properties?.nameKo || en;
  return en;
}

// The zoom from which a place of this rank is labelled (unknown ranks count as the least important).
export function placeMinZoom(rank) {
  const i = Number.isInteger(rank) ? Math.min(Math.max(rank, 0), PLACE_MIN_ZOOM.length - 1) : PLACE_MIN_ZOOM.length - 1;
  return PLACE_MIN_ZOOM[i];
}

// The places to try labelling at a zoom, most important first (rank, then population).
export function placesForZoom(places, zoom) {
  return places
    .filter((p) => zoom >= placeMinZoom(p.rank))
    .sort((a, b) => (a.rank ?? 9) - (b.rank ?? 9) || (b.population ?? 0) - (a.population ?? 0));
}

export function showProvinceLabels(zoom) {
  return zoom >= PROVINCE_LABEL_ZOOMS.min && zoom <= PROVINCE_LABEL_ZOOMS.max;
}

// The river areas are about 500 m coarse (web/basemap/README.md): above this zoom they break into
// angular fragments that mislead more than they orient, so they are not drawn closer in.
export const RIVER_MAX_ZOOM = 9;

// River pieces of rank 1 (largest) always; smaller ones as the map zooms in; none beyond RIVER_MAX_ZOOM.
export function riverVisible(rank, zoom) {
  if (zoom > RIVER_MAX_ZOOM) return false;
  if (rank <= 1) return true;
  if (rank === 2) return zoom >= 8;
  return zoom >= 9;
}

// Outline width (px) of a river area: hairline for the peninsula, bolder close up.
export function riverWeight(zoom) {
  return Math.min(3.5, Math.max(0.8, (zoom - 5) * 0.5));
}

// Rough width in pixels of a label, so overlap can be tested before anything is laid out:
// Hangul and other wide characters take about a full em, Latin about 0.6 em.
export function estimateTextWidth(text, fontPx) {
  let ems = 0;
  for (const ch of String(text)) ems += ch.codePointAt(0) >= 0x1100 ? 1 : 0.6;
  return Math.ceil(ems * fontPx);
}

function overlaps(a, b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

// Greedy collision test: candidates come most important first, each with a screen box
// {x, y, w, h}; a candidate is kept when its box (grown by `gap` px) overlaps no kept box and
// none of the `reserved` boxes (space already taken, such as the graticule captions).
export function selectLabels(candidates, gap = 2, reserved = []) {
  const kept = [];
  const boxes = [...reserved];
  for (const c of candidates) {
    const box = { x: c.box.x - gap, y: c.box.y - gap, w: c.box.w + 2 * gap, h: c.box.h + 2 * gap };
    if (boxes.some((b) => overlaps(box, b))) continue;
    boxes.push(box);
    kept.push(c);
  }
  return kept;
}

// Graticule spacing in degrees, so that lines are some 100-300 px apart at the usual latitudes.
export function graticuleStep(zoom) {
  if (zoom >= 14) return 0.01;
  if (zoom >= 12) return 0.05;
  if (zoom >= 10) return 0.1;
  if (zoom >= 8) return 0.5;
  if (zoom >= 7) return 1;
  return 2;
}

// The multiples of step within [min, max], computed on integers so 0.1-steps do not drift.
export function graticuleValues(min, max, step, limit = 200) {
  const scale = Math.round(1 / step) >= 1 ? Math.round(1 / step) : 1;
  const unit = Math.round(step * scale);
  const first = Math.ceil((min * scale) / unit) * unit;
  const out = [];
  for (let v = first; v <= max * scale + 1e-9 && out.length < limit; v += unit) out.push(v / scale);
  return out;
}

// A graticule caption such as 39.66°N or 127.02°E, with as many decimals as the step needs.
export function formatDegree(value, step, axis) {
  const decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
  const hemisphere = axis === 'lat' ? (value < 0 ? 'S' : 'N') : value < 0 ? 'W' : 'E';
  return `${Math.abs(value).toFixed(decimals)}°${hemisphere}`;
}

// The `count` places nearest to a centre {lat, lon} that fail `skip`, with distance (km) and
// compass bearing (degrees clockwise from north); close up they tell an analyst where towns lie.
export function nearestPlaces(places, center, count, skip = () => false) {
  const k = Math.cos((center.lat * Math.PI) / 180);
  return places
    .filter((p) => !skip(p))
    .map((p) => {
      const dx = (p.lon - center.lon) * k;
      const dy = p.lat - center.lat;
      const bearing = ((Math.atan2(dx, dy) * 180) / Math.PI + 360) % 360;
      return { place: p, km: Math.hypot(dx, dy) * 111.2, bearing };
    })
    .sort((a, b) => a.km - b.km)
    .slice(0, count);
}

// An arrow for a compass bearing, one of eight.
export function bearingArrow(bearing) {
  return ['↑', '↗', '→', '↘', '↓', '↙', '←', '↖'][Math.round((((bearing % 360) + 360) % 360) / 45) % 8];
}

// Where a ray from the centre of a width x height view, along a compass bearing, meets the
// view's edge moved `inset` px inwards; as {x, y} in view pixels (y grows downwards).
export function edgeAnchor(width, height, bearing, inset) {
  const rad = (bearing * Math.PI) / 180;
  const dx = Math.sin(rad);
  const dy = -Math.cos(rad);
  const hw = Math.max(1, width / 2 - inset);
  const hh = Math.max(1, height / 2 - inset);
  const t = Math.min(dx === 0 ? Infinity : hw / Math.abs(dx), dy === 0 ? Infinity : hh / Math.abs(dy));
  return { x: width / 2 + dx * t, y: height / 2 + dy * t };
}

// A distance for a caption: one decimal below 10 km, whole kilometres above.
export function formatKm(km) {
  return km < 10 ? `${km.toFixed(1)} km` : `${Math.round(km)} km`;
}
