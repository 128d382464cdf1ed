// The server's API. This module is the only place that builds a URL the map requests: the
// builders (…Url) are pure and tested without a browser; the fetch… functions send the requests,
// with the session's bearer token when signed in (session.js).

import { authHeaders, refusedWith } from './session.js';

export const DEFAULT_VIEW = Object.freeze({ lat: 40.3, lon: 127.3, zoom: 7 });
const PAGE_LIMIT = 1000; // features per page of an OGC API collection
const MAX_PAGES = 200; // guards against a server that never stops paging
const SEARCH_LIMIT = 20; // facilities the name search returns
const MAX_SCENES = 100; // scene footprints drawn over one facility
const IMAGERY_YEARS = 3; // the imagery window: the three years up to the timeline's day
const SCENE_BOX_DEG = 0.01; // half the side of the box (degrees, ~1 km) scenes are searched in

// What GeoJSON requests accept.
export const GEOJSON_ACCEPT = 'application/geo+json, application/json;q=0.9';

// ---- URLs (root-relative; facility ids and queries are percent-encoded) ----

export const mapConfigUrl = () => '/api/map-config';
export const vocabularyUrl = () => '/api/vocabulary';
export const catalogueUrl = (language) => `/i18n/${encodeURIComponent(language)}.json`;
// The offline basemap's layers (web/basemap/README.md): land, provinces, rivers, places.
export const basemapUrl = (layer) => `/data/basemap-${encodeURIComponent(layer)}.geojson`;
export const facilitiesUrl = () => `/api/collections/facilities/items?limit=${PAGE_LIMIT}`;

// The boundary versions valid on a day (YYYY-MM-DD), or every version with no day.
export function boundariesUrl(day = null) {
  const params = new URLSearchParams({ limit: String(PAGE_LIMIT) });
  if (day) params.set('datetime', day);
  return `/api/collections/facility-boundaries/items?${params}`;
}

// The zone versions valid on a day (YYYY-MM-DD), or every version with no day.
export function zonesUrl(day = null) {
  const params = new URLSearchParams({ limit: String(PAGE_LIMIT) });
  if (day) params.set('datetime', day);
  return `/api/collections/zones/items?${params}`;
}

// The dense layers' server paths (docs/MAP-API.md): features or grid cells for a view and a period.
export const MAP_LAYER_PATHS = Object.freeze({
  footprints: '/api/map/footprints',
  changeEvents: '/api/map/change-events',
  events: '/api/map/events',
});

// A dense layer for a view: bbox [west, south, east, north] in degrees (lon, lat), zoom, the
// period's days (YYYY-MM-DD, either may be null = open) and the layer's filters (name -> codes).
export function mapLayerUrl(layer, { bbox, zoom, from = null, to = null, filters = {} }) {
  const path = MAP_LAYER_PATHS[layer];
  if (!path) throw new Error(`no map layer '${layer}'`);
  const params = new URLSearchParams({ bbox: bboxParam(bbox), zoom: String(Math.round(zoom)) });
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  for (const [name, values] of Object.entries(filters)) {
    if (Array.isArray(values) && values.length) params.set(name, values.join(','));
  }
  return `${path}?${params}`;
}

// The bbox parameter: clamped to the world, 5 decimals (about 1 m).
export function bboxParam([west, south, east, north]) {
  const clamp = (v, limit) => Math.max(-limit, Math.min(limit, v));
  return [clamp(west, 180), clamp(south, 90), clamp(east, 180), clamp(north, 90)].map((v) => v.toFixed(5)).join(',');
}

export const timeSpanUrl = () => '/api/map/time-span';

// The published, redacted layers (public: no sign-in): claims, events, structures in a box and a
// period (YYYY-MM-DD, either may be null = open; both null: any time). layers: a list of the
// server's layer names, or null for all three.
export const PUBLIC_FEATURE_LAYERS = Object.freeze(['claims', 'events', 'structures']);
export function publicFeaturesUrl({ bbox = null, from = null, to = null, layers = null } = {}) {
  const params = new URLSearchParams();
  if (layers) {
    const wanted = PUBLIC_FEATURE_LAYERS.filter((layer) => layers.includes(layer));
    params.set('layers', wanted.join(','));
  }
  if (bbox) params.set('bbox', bboxParam(bbox));
  if (from || to) params.set('datetime', from && to && from === to ? from : `${from ?? '..'}/${to ?? '..'}`);
  const query = params.toString();
  return `/api/public/features${query ? `?${query}` : ''}`;
}

// The redaction policy in force (public).
export const redactionPolicyUrl = () => '/api/redaction-policy';

// Tracked structures seen in a period inside a box (staff; the OGC API collection, one page).
export function structuresUrl({ bbox, from = null, to = null }) {
  const params = new URLSearchParams({ bbox: bboxParam(bbox), limit: String(PAGE_LIMIT) });
  if (from || to) params.set('datetime', `${from ?? '..'}/${to ?? '..'}`);
  return `/api/collections/structures/items?${params}`;
}

// Counts per time bin of a dense layer ('footprints' | 'change-events' | 'events') in a view.
export function histogramUrl(layer, { bbox, from, to, bins }) {
  const params = new URLSearchParams({ layer, bbox: bboxParam(bbox), bins: String(bins) });
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  return `/api/map/histogram?${params}`;
}

// One facility as the registry holds it (names, fields, version).
export const facilityUrl = (facilityId) => `/api/facilities/${encodeURIComponent(facilityId)}`;

// Every boundary version of a facility, ended ones included.
export const boundaryHistoryUrl = (facilityId) => `/api/facilities/${encodeURIComponent(facilityId)}/boundaries`;

// A facility's structure-change time series (staff), and as CSV.
export const structureSeriesUrl = (facilityId) => `/api/facilities/${encodeURIComponent(facilityId)}/structure-series`;

// The corroborated events linked to a facility (staff).
export function facilityEventsUrl(facilityId) {
  return `/api/collections/events/items?${new URLSearchParams({ facility: facilityId, limit: String(PAGE_LIMIT) })}`;
}

// The claims linked to a facility (investigators).
export function facilityClaimsUrl(facilityId) {
  return `/api/claims?${new URLSearchParams({ facility: facilityId, limit: '100' })}`;
}

// The server's name search (trigram similarity over every name and alias).
export function facilitySearchUrl(query) {
  return `/api/facilities?${new URLSearchParams({ q: query, limit: String(SEARCH_LIMIT) })}`;
}

// The imagery window ending on a day (YYYY-MM-DD): { from, to }, the three years up to and including it.
export function imageryWindow(day) {
  const from = new Date(`${day}T00:00:00Z`);
  from.setUTCFullYear(from.getUTCFullYear() - IMAGERY_YEARS);
  return { from: from.toISOString().slice(0, 10), to: day };
}

// A facility's revisit summary with its longest gap, in the imagery window up to a day; with no
// day, the server's default window (the three years up to today).
export function revisitsUrl(facilityId, day = null) {
  const params = new URLSearchParams({ gaps: '1' });
  if (day) {
    const { from, to } = imageryWindow(day);
    params.set('from', from);
    params.set('to', to);
  }
  return `/api/facilities/${encodeURIComponent(facilityId)}/revisits?${params}`;
}

// The scenes over a facility between two days (YYYY-MM-DD, inclusive).
export function coverageUrl(facilityId, from, to) {
  return `/api/facilities/${encodeURIComponent(facilityId)}/coverage?${new URLSearchParams({ from, to })}`;
}

// STAC search for scenes over a point (lat, lon in degrees; a ~1 km box) in the imagery window up
// to a day (YYYY-MM-DD, default today), newest first.
export function sceneSearchUrl(lat, lon, day = new Date().toISOString().slice(0, 10)) {
  const d = SCENE_BOX_DEG;
  const bbox = [lon - d, lat - d, lon + d, lat + d].map((v) => v.toFixed(5)).join(',');
  const params = new URLSearchParams({
    bbox,
    datetime: `${imageryWindow(day).from}T00:00:00Z/${day}T23:59:59Z`,
    limit: String(MAX_SCENES),
    sortby: '-datetime',
  });
  return `/api/stac/search?${params}`;
}

// Resolves a rel="next" href (absolute or root-relative) against the page's URL. Only same-origin
// links are followed.
export function nextPageUrl(collection, base) {
  const links = Array.isArray(collection?.links) ? collection.links : [];
  const next = links.find((link) => link && link.rel === 'next' && typeof link.href === 'string');
  if (!next) return null;
  const url = new URL(next.href, base);
  if (url.origin !== new URL(base).origin) {
    throw new Error(`next page link points to another origin: ${url.origin}`);
  }
  return url.href;
}

// Map settings normalised: missing or malformed parts fall back to defaults.
export function normaliseMapConfig(raw) {
  const view = raw?.initialView ?? {};
  const valid = (v, lo, hi) => typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;
  return {
    tileUrl: typeof raw?.tileUrl === 'string' && raw.tileUrl ? raw.tileUrl : null,
    tileAttribution: typeof raw?.tileAttribution === 'string' ? raw.tileAttribution : null,
    // https origins scene thumbnails may be shown from (the server's map.thumbnailHosts).
    thumbnailHosts: Array.isArray(raw?.thumbnailHosts)
      ? raw.thumbnailHosts.filter((h) => typeof h === 'string' && /^https:\/\/[^/?#@\s]+$/.test(h))
      : [],
    initialView: {
      lat: valid(view.lat, -90, 90) ? view.lat : DEFAULT_VIEW.lat,
      lon: valid(view.lon, -180, 180) ? view.lon : DEFAULT_VIEW.lon,
      zoom: valid(view.zoom, 0, 22) ? view.zoom : DEFAULT_VIEW.zoom,
    },
  };
}

// ---- The facility panel's URLs ----

// A facility's revisits between two days (YYYY-MM-DD) with its `gaps` longest gaps (the span
// before the first scene is one of them, so more than one is asked for).
export function facilityRevisitsUrl(facilityId, from, to, gaps = 10) {
  const params = new URLSearchParams({ gaps: String(gaps), from, to });
  return `/api/facilities/${encodeURIComponent(facilityId)}/revisits?${params}`;
}

// The scenes over a facility between two days as CSV.
export function coverageCsvUrl(facilityId, from, to) {
  return `/api/facilities/${encodeURIComponent(facilityId)}/coverage/csv?${new URLSearchParams({ from, to })}`;
}

// A facility's structure series as CSV (staff).
export const structureSeriesCsvUrl = (facilityId) => `${structureSeriesUrl(facilityId)}/csv`;

// The export formats of /api/exports/facilities.{format}.
export const EXPORT_FORMATS = Object.freeze(['geojson', 'kml', 'gpkg', 'csv']);

// One facility exported with its boundary valid on a day (YYYY-MM-DD; null: the server's today).
export function facilityExportUrl(format, facilityId, asOf = null) {
  if (!EXPORT_FORMATS.includes(format)) throw new Error(`no export format '${format}'`);
  const params = new URLSearchParams({ facility: facilityId });
  if (asOf) params.set('asOf', asOf);
  return `/api/exports/facilities.${format}?${params}`;
}

// ---- Requests ----

const pageUrl = () => globalThis.location?.href ?? 'http://localhost/';

// GET a JSON document, with the session's token when signed in; an error names the status and the
// path and carries the status. A 401 to the current token means the session ended: it is forgotten.
// signal: an AbortSignal that cancels the request (a newer view or period replaced it).
export async function getJson(url, accept = 'application/json', signal = undefined) {
  const auth = authHeaders();
  const response = await fetch(url, {
    headers: { Accept: accept, ...auth },
    credentials: 'same-origin',
    signal,
  });
  if (!response.ok) {
    if (response.status === 401) refusedWith(auth);
    const error = new Error(`HTTP ${response.status} for ${new URL(url, pageUrl()).pathname}`);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

// GET a file with the session's token (a download a plain link could not authorise): resolves to
// { blob, filename } with the server's Content-Disposition name, or `fallbackName`.
export async function getBlob(url, fallbackName, signal = undefined) {
  const auth = authHeaders();
  const response = await fetch(url, { headers: { ...auth }, credentials: 'same-origin', signal });
  if (!response.ok) {
    if (response.status === 401) refusedWith(auth);
    const error = new Error(`HTTP ${response.status} for ${new URL(url, pageUrl()).pathname}`);
    error.status = response.status;
    throw error;
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename="([^"\\/]+)"/.exec(disposition);
  return { blob: await response.blob(), filename: match ? match[1] : fallbackName };
}

export const fetchMapConfig = async () => normaliseMapConfig(await getJson(mapConfigUrl()));
export const fetchVocabulary = () => getJson(vocabularyUrl());
export const fetchCatalogue = (language) => getJson(catalogueUrl(language));
export const fetchBasemapLayer = (layer) => getJson(basemapUrl(layer), GEOJSON_ACCEPT);
export const searchFacilities = (query) => getJson(facilitySearchUrl(query));
export const fetchRevisits = (facilityId, day) => getJson(revisitsUrl(facilityId, day));
export const fetchCoverage = (facilityId, from, to) => getJson(coverageUrl(facilityId, from, to));
export const searchScenes = (lat, lon, day) => getJson(sceneSearchUrl(lat, lon, day ?? undefined), GEOJSON_ACCEPT);

export const fetchTimeSpan = () => getJson(timeSpanUrl());
export const fetchPublicFeatures = (query, signal) => getJson(publicFeaturesUrl(query), GEOJSON_ACCEPT, signal);
export const fetchRedactionPolicy = () => getJson(redactionPolicyUrl());
export const fetchStructures = (query, signal) => getJson(structuresUrl(query), GEOJSON_ACCEPT, signal);
export const fetchMapLayer = (layer, query, signal) => getJson(mapLayerUrl(layer, query), GEOJSON_ACCEPT, signal);
export const fetchFacility = (facilityId) => getJson(facilityUrl(facilityId));
export const fetchZones = (day = null) => fetchAllFeatures(zonesUrl(day));

// Every facility, all pages.
export const fetchAllFacilities = () => fetchAllFeatures(facilitiesUrl());

// The boundary versions valid on a day (YYYY-MM-DD), or all of them, all pages.
export const fetchBoundaries = (day = null) => fetchAllFeatures(boundariesUrl(day));

// Fetches every page of a collection, following same-origin next links.
async function fetchAllFeatures(startUrl) {
  const features = [];
  const seen = new Set();
  let url = new URL(startUrl, pageUrl()).href;
  while (url) {
    if (seen.has(url)) throw new Error('facility paging loops back on itself');
    if (seen.size >= MAX_PAGES) throw new Error(`facility paging exceeded ${MAX_PAGES} pages`);
    seen.add(url);
    const page = await getJson(url, GEOJSON_ACCEPT);
    if (page?.type !== 'FeatureCollection' || !Array.isArray(page.features)) {
      throw new Error('facility response is not a GeoJSON FeatureCollection');
    }
    features.push(...page.features);
    url = nextPageUrl(page, url);
  }
  return features;
}
