// The facility panel's arithmetic (facility-panel.js draws it): boundary measures, the boundary
// valid on a day, province codes, imagery gaps, structure series as chart datasets, uncertain
// intervals as faded bars, which thumbnails may be shown. Pure: no DOM, no network.

const EARTH_RADIUS_KM = 6371.0088; // mean radius (IUGG)
const RAD = Math.PI / 180;
const DAY_MS = 86_400_000;
const IMAGERY_YEARS = 3;

const isDay = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v);
const dayMs = (day) => Date.parse(`${String(day).slice(0, 10)}T00:00:00Z`);

// ---- Boundary measures ----

// Great-circle length in km of a ring or line of [lon, lat] positions.
export function lineLengthKm(positions) {
  let km = 0;
  for (let i = 1; i < positions.length; i += 1) {
    const [lon1, lat1] = positions[i - 1];
    const [lon2, lat2] = positions[i];
    const a = Math.sin(((lat2 - lat1) * RAD) / 2) ** 2
      + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(((lon2 - lon1) * RAD) / 2) ** 2;
    km += 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
  return km;
}

// The polygons of a Polygon or MultiPolygon (each a list of rings), or [] for anything else.
function polygonsOf(geometry) {
  if (geometry?.type === 'Polygon' && Array.isArray(geometry.coordinates)) return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon' && Array.isArray(geometry.coordinates)) return geometry.coordinates;
  return [];
}

const isRing = (ring) => Array.isArray(ring) && ring.length >= 4
  && ring.every((p) => Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]));

// Perimeter in km of a (Multi)Polygon on the sphere: every ring, holes included (as PostGIS's
// ST_Perimeter on geography counts them); null when there is no polygon.
export function perimeterKm(geometry) {
  const rings = polygonsOf(geometry).flat().filter(isRing);
  return rings.length ? rings.reduce((sum, ring) => sum + lineLengthKm(ring), 0) : null;
}

// Signed spherical area in km² of a ring (Chamberlain & Duquette, as d3/turf compute it).
function ringAreaSqKm(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i += 1) {
    const [lon1, lat1] = ring[i];
    const [lon2, lat2] = ring[i + 1];
    sum += (lon2 - lon1) * RAD * (2 + Math.sin(lat1 * RAD) + Math.sin(lat2 * RAD));
  }
  return (sum * EARTH_RADIUS_KM * EARTH_RADIUS_KM) / 2;
}

// Area in km² of a (Multi)Polygon on the sphere (holes subtracted); null when there is no polygon.
export function areaSqKm(geometry) {
  const polygons = polygonsOf(geometry).filter((rings) => Array.isArray(rings) && rings.length && rings.every(isRing));
  if (!polygons.length) return null;
  return polygons.reduce((total, [outer, ...holes]) =>
    total + Math.abs(ringAreaSqKm(outer)) - holes.reduce((h, ring) => h + Math.abs(ringAreaSqKm(ring)), 0), 0);
}

// A boundary version's measures: the server's areaSqKm/perimeterKm when given, else computed.
export function boundaryMeasures(version) {
  const given = (v) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null);
  return {
    areaSqKm: given(version?.areaSqKm) ?? areaSqKm(version?.geometry),
    perimeterKm: given(version?.perimeterKm) ?? perimeterKm(version?.geometry),
  };
}

// Whether a version is valid on a day: [validFrom, validTo), a null end open. A null day is today.
export function validOn(version, day) {
  const d = isDay(day) ? day.slice(0, 10) : new Date().toISOString().slice(0, 10);
  const from = isDay(version?.validFrom) ? version.validFrom.slice(0, 10) : null;
  const to = isDay(version?.validTo) ? version.validTo.slice(0, 10) : null;
  return (from === null || from <= d) && (to === null || d < to);
}

// Boundary versions newest first (by validFrom, an open start oldest; then by id), and the one
// valid on the day (the newest if several are).
export function boundaryHistory(versions, day) {
  const list = (Array.isArray(versions) ? versions : []).filter((v) => v && typeof v === 'object' && !v.deletedAt);
  const sorted = [...list].sort((a, b) => {
    const fa = isDay(a.validFrom) ? a.validFrom : '';
    const fb = isDay(b.validFrom) ? b.validFrom : '';
    return fa === fb ? (Number(b.id) || 0) - (Number(a.id) || 0) : (fa < fb ? 1 : -1);
  });
  const current = sorted.find((v) => validOn(v, day)) ?? null;
  return { versions: sorted, current };
}

// ---- Provinces ----

const PROVINCE_ALIASES = Object.freeze({ yanggang: 'ryanggang', 'pyongyang-city': 'pyongyang' });

// The province vocabulary code for a facility's province as the registry has it ("North Hamgyong
// Province", "Pyongyang City", "Yanggang Province" ...), or null when none matches.
export function provinceCode(text, codes) {
  if (typeof text !== 'string' || !Array.isArray(codes)) return null;
  const slug = text.trim().toLowerCase()
    .replace(/\s+(province|special city|city|do|si)$/u, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const code = PROVINCE_ALIASES[slug] ?? slug;
  return codes.includes(code) ? code : (codes.includes(text) ? text : null);
}

// ---- Imagery ----

// The imagery period for the panel: [from, to] of the state, or the three years up to `to` when
// from is null; `to` null is today. Days as YYYY-MM-DD.
export function imageryPeriod(from, to, today = new Date().toISOString().slice(0, 10)) {
  const end = isDay(to) ? to.slice(0, 10) : today;
  if (isDay(from) && from.slice(0, 10) <= end) return { from: from.slice(0, 10), to: end };
  const start = new Date(`${end}T00:00:00Z`);
  start.setUTCFullYear(start.getUTCFullYear() - IMAGERY_YEARS);
  return { from: start.toISOString().slice(0, 10), to: end };
}

// The revisit gaps sorted into the span before the first catalogued (usable) scene, those between
// scenes and the span after the last one. Each gap keeps from, to, days and gets kind. The server
// gives kind ('before-first-scene' | 'between-scenes' | 'after-last-scene'); without it, a gap that
// starts at the window's start with no usable scene before it is before the first scene, one that
// ends at the window's end with none after it is after the last. longest: the longest between-scenes
// gap (the only ones that count as gaps).
export function classifyGaps(gaps, scenes, windowFrom, windowTo) {
  const usable = (Array.isArray(scenes) ? scenes : [])
    .filter((s) => s?.usable)
    .map((s) => Date.parse(s.acquiredAt))
    .filter(Number.isFinite);
  const startMs = dayMs(windowFrom);
  const endMs = dayMs(windowTo) + DAY_MS;
  const result = { before: null, between: [], after: null, longest: null };
  for (const raw of Array.isArray(gaps) ? gaps : []) {
    const fromMs = Date.parse(raw?.from);
    const toMs = Date.parse(raw?.to);
    if (!Number.isFinite(fromMs) || !Number.isFinite(toMs) || toMs < fromMs) continue;
    let kind = raw.kind;
    if (!['before-first-scene', 'between-scenes', 'after-last-scene'].includes(kind)) {
      const atStart = Math.abs(fromMs - startMs) < DAY_MS && !usable.some((t) => t < fromMs + 1000);
      const atEnd = Math.abs(toMs - endMs) <= DAY_MS && !usable.some((t) => t > toMs - 1000);
      kind = atStart ? 'before-first-scene' : atEnd ? 'after-last-scene' : 'between-scenes';
    }
    const days = Number.isFinite(raw.days) ? raw.days : (toMs - fromMs) / DAY_MS;
    const gap = { from: String(raw.from), to: String(raw.to), days, kind };
    if (kind === 'before-first-scene') result.before = gap;
    else if (kind === 'after-last-scene') result.after = gap;
    else result.between.push(gap);
  }
  result.longest = result.between.reduce((best, g) => (best === null || g.days > best.days ? g : best), null);
  return result;
}

// Position in percent (0..100) of an instant within [from, to] (days, inclusive).
export function percentAt(instant, windowFrom, windowTo) {
  const fromMs = dayMs(windowFrom);
  const toMs = dayMs(windowTo) + DAY_MS;
  const t = typeof instant === 'number' ? instant : Date.parse(instant);
  if (!Number.isFinite(t) || !(toMs > fromMs)) return null;
  return Math.min(100, Math.max(0, ((t - fromMs) / (toMs - fromMs)) * 100));
}

// Scenes newest first (unparseable dates last).
export function scenesNewestFirst(scenes) {
  const time = (s) => { const t = Date.parse(s?.acquiredAt); return Number.isFinite(t) ? t : -Infinity; };
  return (Array.isArray(scenes) ? scenes : []).filter((s) => s && typeof s === 'object').sort((a, b) => time(b) - time(a));
}

// Whether a scene's thumbnail may be shown as an image: 'image' when the deployment is connected
// (tileUrl), the URL is same-origin, or https with its origin among thumbnailHosts (the only
// origins the Content-Security-Policy lets images come from); 'link' when it is a safe http(s) URL
// that may not be shown; null when there is no usable URL.
export function thumbnailMode(url, { tileUrl = null, thumbnailHosts = [], pageOrigin }) {
  if (typeof url !== 'string' || url.trim() === '') return null;
  let parsed;
  try {
    parsed = new URL(url.trim(), pageOrigin);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (!tileUrl) return 'link';
  if (parsed.origin === pageOrigin) return 'image';
  const hosts = Array.isArray(thumbnailHosts) ? thumbnailHosts : [];
  return parsed.protocol === 'https:' && hosts.includes(parsed.origin) ? 'image' : 'link';
}

// ---- Structure series ----

// The chart's data from /structure-series: labels (scene dates), one dataset per structure class
// that is ever non-zero (in the vocabulary's order, then any other), by measure 'counts' or
// 'area' (builtUpAreaSqm), and the not-assessable share per scene in percent.
export function seriesDatasets(series, measure = 'counts', classOrder = []) {
  const points = (Array.isArray(series?.points) ? series.points : [])
    .filter((p) => p && isDay(p.sceneDate))
    .sort((a, b) => (a.sceneDate < b.sceneDate ? -1 : a.sceneDate > b.sceneDate ? 1 : 0));
  const field = measure === 'area' ? 'builtUpAreaSqm' : 'counts';
  const seen = new Set();
  for (const p of points) {
    for (const [code, value] of Object.entries(p[field] ?? {})) if (Number(value) > 0) seen.add(code);
  }
  const codes = [...classOrder.filter((c) => seen.has(c)), ...[...seen].filter((c) => !classOrder.includes(c)).sort()];
  return {
    labels: points.map((p) => p.sceneDate.slice(0, 10)),
    sceneIds: points.map((p) => (typeof p.sceneId === 'string' ? p.sceneId : '')),
    datasets: codes.map((code) => ({
      code,
      data: points.map((p) => {
        const v = Number(p[field]?.[code] ?? 0);
        return Number.isFinite(v) ? (measure === 'area' ? Math.round(v) : v) : 0;
      }),
    })),
    notAssessablePct: points.map((p) => {
      const v = Number(p.notAssessableShare);
      return Number.isFinite(v) ? Math.round(v * 1000) / 10 : null;
    }),
    illustrative: series?.illustrative === true,
  };
}

// ---- Uncertain intervals ----

// The axis [from, to] (days) that holds every interval (earliest/latest, either may be null),
// padded by a twentieth on each side; null when none has a date.
export function intervalAxis(intervals) {
  const times = [];
  for (const i of intervals) {
    for (const v of [i?.earliest, i?.latest]) if (isDay(v)) times.push(dayMs(v));
  }
  if (!times.length) return null;
  let min = Math.min(...times);
  let max = Math.max(...times) + DAY_MS;
  const pad = Math.max((max - min) / 20, 15 * DAY_MS);
  min -= pad;
  max += pad;
  const day = (ms) => new Date(ms).toISOString().slice(0, 10);
  return { from: day(min), to: day(max) };
}

// The bar for an uncertain interval on an axis of `width` px: x (start), w (width), and the
// gradient's stops as fractions of the bar (fadeIn: where full strength begins, fadeOut: where it
// ends) so both ends fade, because the time is uncertain within the span. An open end (null)
// reaches the axis's edge and fades out to nothing there. A span of a day or less is a short bar of
// minWidth px, never a point; so is anything narrower.
export function fadeGeometry(earliest, latest, axisFrom, axisTo, width, minWidth = 4) {
  const startMs = dayMs(axisFrom);
  const endMs = dayMs(axisTo) + DAY_MS;
  if (!(endMs > startMs) || !(width > 0)) return null;
  const openStart = !isDay(earliest);
  const openEnd = !isDay(latest);
  if (openStart && openEnd) return null;
  const xOf = (ms) => Math.min(width, Math.max(0, ((ms - startMs) / (endMs - startMs)) * width));
  let x0 = openStart ? 0 : xOf(dayMs(earliest));
  let x1 = openEnd ? width : xOf(dayMs(latest) + DAY_MS);
  const spanDays = openStart || openEnd ? Infinity : (dayMs(latest) - dayMs(earliest)) / DAY_MS + 1;
  if (x1 - x0 < minWidth) {
    const mid = (x0 + x1) / 2;
    x0 = Math.max(0, Math.min(width - minWidth, mid - minWidth / 2));
    x1 = x0 + minWidth;
  }
  const w = x1 - x0;
  // A bounded end fades over a fifth of the bar; an open end over half of it, to nothing.
  const fadeIn = openStart ? 0.5 : spanDays <= 1 ? 0 : 0.2;
  const fadeOut = openEnd ? 0.5 : spanDays <= 1 ? 1 : 0.8;
  // Opacity at each end: a bounded end keeps a trace (the span is known to reach it), an open one none.
  const startOpacity = openStart ? 0 : spanDays <= 1 ? 1 : 0.25;
  const endOpacity = openEnd ? 0 : spanDays <= 1 ? 1 : 0.25;
  return { x: x0, w, fadeIn, fadeOut, startOpacity, endOpacity, openStart, openEnd, spanDays };
}

// "39.12345° N, 126.98765° E": unambiguous about axis order.
export function formatCoordinates(lat, lon) {
  return `${Math.abs(lat).toFixed(5)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon).toFixed(5)}° ${lon < 0 ? 'W' : 'E'}`;
}
