// The request bodies of the boundaries-and-zones task (tasks/areas.js), built from plain values.
// Pure: no DOM. The field names are the server's (registry/BoundaryEdit.java, ZoneEdit.java).

import { editableGeometry } from './coordinates.js';

// The fields every dated area has, and those only a zone has.
export const AREA_FIELDS = Object.freeze(['validFrom', 'validTo', 'basis', 'confidence', 'sceneId', 'sourceIds', 'note']);
export const ZONE_FIELDS = Object.freeze(['zoneKey', 'name', 'nameKo', 'kind']);

// The body of POST .../boundaries or .../zones (and .../{id}/supersede): kind 'boundary' | 'zone';
// values: field -> value (null when empty; sourceIds a list).
export function areaBody(kind, values, geometry) {
  const body = {};
  if (kind === 'zone') for (const key of ZONE_FIELDS) body[key] = values[key] ?? null;
  body.geometry = geometry ?? null;
  for (const key of AREA_FIELDS) body[key] = key === 'sourceIds' ? values.sourceIds ?? [] : values[key] ?? null;
  return body;
}

// What the form for "a new shape from a date" starts with: the replaced version's fields, its end,
// and a first day inside its validity (today when it can be: after its first day, before its end).
export function supersedeDefaults(version, today) {
  const values = {};
  for (const key of [...ZONE_FIELDS, ...AREA_FIELDS]) values[key] = version[key] ?? null;
  values.sourceIds = Array.isArray(version.sourceIds) ? [...version.sourceIds] : [];
  let from = today;
  if (version.validTo && from >= version.validTo) from = addDays(version.validTo, -1);
  if (version.validFrom && from <= version.validFrom) from = addDays(version.validFrom, 1);
  values.validFrom = from;
  values.validTo = version.validTo ?? null;
  values.geometry = editableGeometry(version.geometry);
  return values;
}

// 'YYYY-MM-DD' plus days (UTC calendar days).
export function addDays(day, days) {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
