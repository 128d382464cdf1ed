// Server API: JSON requests, map configuration and the OGC API - Features collections.

export const DEFAULT_VIEW = Object.freeze({ lat: 40.3, lon: 127.3, zoom: 7 });
const FACILITIES_URL = '/api/collections/facilities/items?limit=1000';
const MAX_PAGES = 200; // guards against a server that never stops paging

// What GeoJSON requests accept.
export const GEOJSON_ACCEPT = 'application/geo+json, application/json;q=0.9';

// GET a JSON document; an error names the status and the path.
export async function getJson(url, accept = 'application/json') {
  const response = await fetch(url, {
    headers: { Accept: accept },
    credentials: 'same-origin',
  });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${new URL(url, window.location.href).pathname}`);
  return response.json();
}

// GET /api/map-config, normalised; missing or malformed parts fall back to defaults.
export async function fetchMapConfig() {
  const raw = await getJson('/api/map-config', 'application/json');
  const view = raw?.initialView ?? {};
  const valid = (v, lo, hi) => typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;
  return {
    tileUrl: typeof raw?.tileUrl === 'string' && raw.tileUrl ? raw.tileUrl : null,
    tileAttribution: typeof raw?.tileAttribution === 'string' ? raw.tileAttribution : null,
    initialView: {
      lat: valid(view.lat, -90, 90) ? view.lat : DEFAULT_VIEW.lat,
      lon: valid(view.lon, -180, 180) ? view.lon : DEFAULT_VIEW.lon,
      zoom: valid(view.zoom, 0, 22) ? view.zoom : DEFAULT_VIEW.zoom,
    },
  };
}

// Resolves a rel="next" href (absolute or root-relative). Only same-origin links are followed.
export function nextPageUrl(collection, base = window.location.href) {
  const links = Array.isArray(collection?.links) ? collection.links : [];
  const next = links.find((link) => link && link.rel === 'next' && typeof link.href === 'string');
  if (!next) return null;
  const url = new URL(next.href, base);
  if (url.origin !== new URL(base).origin) {
    throw new Error(`next page link points to another origin: ${url.origin}`);
  }
  return url.href;
}

// Fetches every page of the facilities collection and returns all features.
export async function fetchAllFacilities(startUrl = FACILITIES_URL) {
  return fetchAllFeatures(startUrl);
}

// The boundary versions valid on a day (YYYY-MM-DD), every page.
export async function fetchBoundaries(day) {
  return fetchAllFeatures(`/api/collections/facility-boundaries/items?limit=1000&datetime=${encodeURIComponent(day)}`);
}

// Fetches every page of a collection, following same-origin next links.
async function fetchAllFeatures(startUrl) {
  const features = [];
  const seen = new Set();
  let url = new URL(startUrl, window.location.href).href;
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
