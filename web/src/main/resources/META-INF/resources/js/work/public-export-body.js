// The body of a public export request (docs/PUBLIC-EXPORTS.md) built from what the map shows: the
// layers switched on, the view's bounding box, the period and the facility filters. Pure: no DOM,
// no network; the task (tasks/public-exports.js) reads the map and the form and sends the result.

export const PUBLIC_EXPORT_FORMATS = Object.freeze(['geojson', 'kml', 'csv', 'gpkg']);
export const PUBLIC_EXPORT_LAYERS = Object.freeze(['facilities', 'claims', 'events', 'structures']);

// The map's layers (state.js LAYERS) that are public export layers; claims are not drawn on the map.
const FROM_MAP = Object.freeze({ facilities: 'facilities', events: 'events', structures: 'structures' });

// The export layers to preselect: those of the map's layers that are switched on, in canonical order.
export function layersFromMap(mapLayers) {
  const on = new Set((mapLayers ?? []).map((layer) => FROM_MAP[layer]).filter(Boolean));
  return PUBLIC_EXPORT_LAYERS.filter((layer) => on.has(layer));
}

// The period as an RFC 3339 interval ("..": open end), or null when both ends are open. from and
// to are YYYY-MM-DD (the whole of the last day is included).
export function datetimeOf(from, to) {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const start = from && day.test(from) ? `${from}T00:00:00Z` : null;
  const end = to && day.test(to) ? `${to}T23:59:59Z` : null;
  if (!start && !end) return null;
  return `${start ?? '..'}/${end ?? '..'}`;
}

const DIGITS = 1e5; // about a metre: the box is widened outwards to this step, never narrowed

// A view's bounds { west, south, east, north } as [minLon, minLat, maxLon, maxLat], clamped to
// the world and rounded outwards; null when missing or empty.
export function bboxOf(bounds) {
  if (!bounds) return null;
  const values = [bounds.west, bounds.south, bounds.east, bounds.north];
  if (!values.every(Number.isFinite)) return null;
  const clamp = (value, limit) => Math.min(limit, Math.max(-limit, value));
  const down = (value) => Math.floor(value * DIGITS) / DIGITS;
  const up = (value) => Math.ceil(value * DIGITS) / DIGITS;
  const box = [down(clamp(values[0], 180)), down(clamp(values[1], 90)), up(clamp(values[2], 180)), up(clamp(values[3], 90))];
  return box[0] < box[2] && box[1] < box[3] ? box : null;
}

// The filters a request carries from the map's state (state.get()) and view bounds. Only what the
// server filters on: the list's text and the event filters are not part of an export.
export function filtersFromMap(current, bounds) {
  const filters = current?.filters ?? {};
  return {
    bbox: bboxOf(bounds),
    datetime: datetimeOf(current?.from ?? null, current?.to ?? null),
    facilityTypes: [...new Set(filters.facilityTypes ?? [])].sort(),
    facilityStatuses: [...new Set(filters.statuses ?? [])].sort(),
  };
}

// Whether the map has filters an export leaves out (the text filter, event filters).
export function unexportedFilters(current) {
  const filters = current?.filters ?? {};
  const left = [];
  if ((filters.text ?? '').trim()) left.push('text');
  if (filters.eventTypes?.length || filters.levels?.length || filters.sourceKinds?.length) left.push('events');
  return left;
}

// The request: { title, formats, filters: { layers, bbox?, datetime?, facilityTypes?,
// facilityStatuses? }, note? }, formats and layers in canonical order without repeats; unused
// filters are left out; the title and note trimmed (the server says what is missing).
export function requestBody({ title, formats, layers, note }, mapFilters) {
  const chosen = (all, picked) => all.filter((value) => (picked ?? []).includes(value));
  const filters = { layers: chosen(PUBLIC_EXPORT_LAYERS, layers) };
  if (mapFilters?.bbox) filters.bbox = [...mapFilters.bbox];
  if (mapFilters?.datetime) filters.datetime = mapFilters.datetime;
  if (mapFilters?.facilityTypes?.length) filters.facilityTypes = [...mapFilters.facilityTypes];
  if (mapFilters?.facilityStatuses?.length) filters.facilityStatuses = [...mapFilters.facilityStatuses];
  const body = { title: (title ?? '').trim(), formats: chosen(PUBLIC_EXPORT_FORMATS, formats), filters };
  const trimmedNote = (note ?? '').trim();
  if (trimmedNote) body.note = trimmedNote;
  return body;
}

// What the signed-in user may do with an export: 'decide' (approve or reject: requested by
// someone else), 'own' (requested by the user: waits for a second advocate), 'withdraw'
// (approved), or null.
export function actionFor(exportView, username) {
  if (exportView?.state === 'requested') return exportView.requestedBy === `user:${username}` || exportView.requestedBy === username ? 'own' : 'decide';
  if (exportView?.state === 'approved') return 'withdraw';
  return null;
}

// A byte count in words: "952 B", "1.5 KiB", "2.3 MiB".
export function sizeText(bytes, formatNumber = (n) => String(n)) {
  if (!Number.isFinite(bytes)) return '';
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 102.4) / 10)} KiB`;
  return `${formatNumber(Math.round(bytes / (1024 * 102.4)) / 10)} MiB`;
}
