// The pure logic of the observation and import tasks (tasks/observe.js, tasks/imports.js): the
// scenes offered (usable first), the observation's request body, typed coordinates as a polygon,
// which tracked structure each drawing of a saved observation became, the change events the
// observation brought, and the media type of a file sent. No DOM, no requests: Node tests
// (web/src/test/js/observe-model.test.mjs).

// The coverage list (GET /api/facilities/{id}/coverage) in the order offered: usable scenes first,
// then the newest first; ties by id, so the order never depends on the server's.
export function sortScenes(scenes) {
  return [...(Array.isArray(scenes) ? scenes : [])].sort((a, b) => {
    if (Boolean(a.usable) !== Boolean(b.usable)) return a.usable ? -1 : 1;
    const byDate = String(b.acquiredAt ?? '').localeCompare(String(a.acquiredAt ?? ''));
    return byDate || String(a.id).localeCompare(String(b.id));
  });
}

// A scene's facts for its label: { date (YYYY-MM-DD), platform, cloud (percent, 1 decimal, or
// null when unknown), gsd (metres or null), covered (percent, whole) }.
export function sceneFacts(scene) {
  const number = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
  const cloud = number(scene?.cloudPct);
  const gsd = number(scene?.gsdM);
  const covered = number(scene?.coveredFraction);
  return {
    date: String(scene?.acquiredAt ?? '').slice(0, 10),
    platform: scene?.platform ?? null,
    cloud: cloud === null ? null : Math.round(cloud * 10) / 10,
    gsd: gsd === null ? null : Math.round(gsd * 10) / 10,
    covered: covered === null ? null : Math.round(covered * 100),
  };
}

// The body of POST /api/facilities/{id}/observations (ObservationEdit): structures as
// { class, condition, geometry, notes }, areas not assessed as { reason, geometry }. Blank notes
// are left out (null), so the server never stores an empty note.
export function observationBody({ sceneId, sceneCollection = null, confidence, notes = null, structures = [], unassessable = [] }) {
  const text = (value) => (typeof value === 'string' && value.trim() ? value.trim() : null);
  return {
    sceneId: text(sceneId),
    sceneCollection: text(sceneCollection),
    confidence: text(confidence),
    notes: text(notes),
    structures: structures.map((s) => ({ class: s.structureClass, condition: s.condition, geometry: s.geometry, notes: text(s.notes) })),
    unassessable: unassessable.map((a) => ({ reason: a.reason, geometry: a.geometry })),
  };
}

// Typed coordinates (one vertex a line: "lon lat" or "lon, lat", longitude first, EPSG:4326) as a
// GeoJSON Polygon, closed. Returns { geometry } or { error: key, line } with an i18n key under
// work.observe.coords. The server checks the polygon itself (validity, region, size).
export function polygonFromText(text) {
  const vertices = [];
  const lines = String(text ?? '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const parts = line.split(/[\s,;]+/).filter(Boolean);
    const numbers = parts.map(Number);
    if (parts.length !== 2 || numbers.some((n) => !Number.isFinite(n))) return { error: 'work.observe.coords.notANumber', line: i + 1 };
    const [lon, lat] = numbers;
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) return { error: 'work.observe.coords.outOfRange', line: i + 1 };
    vertices.push([lon, lat]);
  }
  const first = vertices[0];
  const last = vertices[vertices.length - 1];
  if (first && (first[0] !== last[0] || first[1] !== last[1])) vertices.push([...first]);
  if (vertices.length < 4) return { error: 'work.observe.coords.tooFew', line: null };
  return { geometry: { type: 'Polygon', coordinates: [vertices] } };
}

// The number of distinct vertices of a GeoJSON geometry (a closed ring's last vertex not counted).
export function vertexCount(geometry) {
  const rings = [];
  switch (geometry?.type) {
    case 'Polygon': rings.push(...geometry.coordinates); break;
    case 'MultiPolygon': geometry.coordinates.forEach((polygon) => rings.push(...polygon)); break;
    case 'LineString': return geometry.coordinates.length;
    default: return 0;
  }
  return rings.reduce((sum, ring) => sum + Math.max(0, ring.length - 1), 0);
}

// Which tracked structure each drawing of an observation became, from the facility's structures
// (GET /api/facilities/{id}/structures: each with states [{ observationId, observedStructureId,
// sceneDate, state }]). Returns, in the drawings' order, { drawing, identityId, matched, seenIn }:
// matched is true when the identity also holds a drawing of another observation (the drawing was
// matched to a structure seen before or after), false for a new structure; seenIn lists the scene
// dates of those other drawings. identityId is null when no structure holds the drawing.
export function matchedIdentities(observation, structures) {
  const byDrawing = new Map();
  for (const row of Array.isArray(structures) ? structures : []) {
    const states = Array.isArray(row.states) ? row.states : [];
    for (const state of states) {
      if (state?.observationId === observation.id && state.observedStructureId !== null && state.observedStructureId !== undefined) {
        const others = states.filter((s) => s.observationId !== observation.id && s.observedStructureId !== null && s.observedStructureId !== undefined);
        byDrawing.set(state.observedStructureId, { row, others });
      }
    }
  }
  return (observation.structures ?? []).map((drawing) => {
    const found = byDrawing.get(drawing.id);
    if (!found) return { drawing, identityId: null, matched: false, seenIn: [] };
    return {
      drawing,
      identityId: found.row.identityId,
      matched: found.others.length > 0,
      seenIn: [...new Set(found.others.map((s) => String(s.sceneDate ?? '')))].sort(),
    };
  });
}

// The change events an observation brought: those bracketed by its scene at either end (a change
// seen since the scene before, or until the scene after), in date order.
export function eventsOf(observationId, events) {
  return (Array.isArray(events) ? events : [])
    .filter((e) => e.latestObservationId === observationId || e.earliestObservationId === observationId)
    .sort((a, b) => String(a.latest).localeCompare(String(b.latest)) || String(a.eventKey).localeCompare(String(b.eventKey)));
}

const LAYER_TYPES = Object.freeze({
  geojson: 'application/geo+json',
  json: 'application/geo+json',
  kml: 'application/vnd.google-earth.kml+xml',
  gpkg: 'application/geopackage+sqlite3',
});

// The media type the layer import reads a file as, by its name's ending; null for one it does not
// read (docs/IMPORT-STRUCTURES.md).
export function layerContentType(fileName) {
  const extension = String(fileName ?? '').toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  return LAYER_TYPES[extension] ?? null;
}

// The media type of an imagery metadata file: NDJSON for .ndjson/.jsonl, else JSON (the server
// reads Items, ItemCollections and arrays alike; ImageryIngestResource).
export function ingestContentType(fileName) {
  return /\.(ndjson|jsonl|geojsonl)$/i.test(String(fileName ?? '')) ? 'application/x-ndjson' : 'application/json';
}

// The query of a layer import: only the parameters given.
export function importQuery({ sceneId, sceneCollection = null, confidence, notes = null, defaultClass = null, dryRun }) {
  const params = new URLSearchParams();
  const add = (name, value) => {
    if (typeof value === 'string' && value.trim()) params.set(name, value.trim());
  };
  add('sceneId', sceneId);
  add('sceneCollection', sceneCollection);
  add('confidence', confidence);
  add('notes', notes);
  add('defaultClass', defaultClass);
  params.set('dryRun', String(Boolean(dryRun)));
  return params.toString();
}

// The ingest report's counts in display order, for a table: [[key, value]] where value is a
// number (IngestReport: read, inserted, updated, unchanged, duplicates, rejected).
export function ingestCounts(report) {
  return ['read', 'inserted', 'updated', 'unchanged', 'duplicates', 'rejected']
    .map((key) => [key, Number.isFinite(report?.[key]) ? report[key] : 0]);
}
