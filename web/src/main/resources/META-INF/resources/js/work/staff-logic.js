// Pure helpers of the staff tasks (evidence, review, administration): no DOM, no network, so the
// Node tests cover them. Hex of a digest, the export query for the map's filters, the name of a
// downloaded file, and the audit query.

import { matchesText } from '../facility-filters.js';

export const EXPORT_FORMATS = Object.freeze(['geojson', 'kml', 'gpkg', 'csv']);

// Lowercase hex of an ArrayBuffer (a SHA-256 digest from crypto.subtle.digest).
export function toHex(buffer) {
  return [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

// The export's query for the map's filters: the types and statuses as the server's own filters,
// and, when the text filter is set, the ids of the facilities it lets through (the server cannot
// match names as the list does). Resolves to { params, count } where count is the number of
// facilities the text filter matched (null when it is not set); params is null when the text
// filter matches nothing (an export of nothing is not offered).
export function exportQuery(filters, facilities) {
  const params = new URLSearchParams();
  for (const type of filters?.facilityTypes ?? []) params.append('type', type);
  for (const status of filters?.statuses ?? []) params.append('status', status);
  const text = (filters?.text ?? '').trim();
  if (!text) return { params, count: null };
  const ids = facilities.filter((facility) => matchesText(facility, text)).map((facility) => facility.id).sort();
  if (!ids.length) return { params: null, count: 0 };
  for (const id of ids) params.append('facility', id);
  return { params, count: ids.length };
}

// The export URL of one format for the map's filters, or null when nothing would match.
export function exportUrl(format, filters, facilities) {
  if (!EXPORT_FORMATS.includes(format)) throw new Error(`no export format '${format}'`);
  const { params } = exportQuery(filters, facilities);
  if (!params) return null;
  const query = params.toString();
  return `/api/exports/facilities.${format}${query ? `?${query}` : ''}`;
}

// Whether any facility filter is set.
export function hasFacilityFilters(filters) {
  return Boolean((filters?.text ?? '').trim() || filters?.facilityTypes?.length || filters?.statuses?.length);
}

// The file name a Content-Disposition header gives (attachment; filename="x"), else the fallback.
// Only a plain name is kept: no directories, no control characters.
export function filenameFrom(contentDisposition, fallback) {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(contentDisposition ?? '');
  let name = match ? match[1] : '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // keep it as sent
  }
  name = [...name.replace(/[\\/]/g, '_')].filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f).join('').trim();
  return name && name !== '.' && name !== '..' ? name : fallback;
}

// The audit events URL: the latest `limit` events, newest first, optionally of one entity type.
export function auditEventsUrl({ entityType = null, limit = 50 } = {}) {
  const params = new URLSearchParams({ latest: 'true', limit: String(limit) });
  const type = (entityType ?? '').trim();
  if (type) params.set('entityType', type);
  return `/api/audit/events?${params}`;
}

// The roles ticked in a list of { value, checked } boxes, in a stable order.
export function checkedValues(boxes) {
  return [...boxes].filter((box) => box.checked).map((box) => box.value).sort();
}

// An audit event's detail JSON as "key: value; ..." text (recipient, purpose...); null if none.
export function detailText(detailJson) {
  if (!detailJson) return null;
  let detail;
  try {
    detail = JSON.parse(detailJson);
  } catch {
    return String(detailJson);
  }
  if (!detail || typeof detail !== 'object') return String(detail);
  return Object.entries(detail).map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : value}`).join('; ');
}
