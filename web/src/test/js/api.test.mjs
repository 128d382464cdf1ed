import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  boundariesUrl, catalogueUrl, coverageUrl, facilitiesUrl, facilitySearchUrl, imageryWindow, mapConfigUrl,
  nextPageUrl, normaliseMapConfig, basemapUrl, facilityRevisitsUrl, coverageCsvUrl, structureSeriesCsvUrl, facilityExportUrl,
  revisitsUrl, sceneSearchUrl, vocabularyUrl, DEFAULT_VIEW,
} from '../../main/resources/META-INF/resources/js/api.js';

const params = (url) => Object.fromEntries(new URL(url, 'http://map.test').searchParams);

test('fixed URLs are root-relative on this server', () => {
  assert.equal(mapConfigUrl(), '/api/map-config');
  assert.equal(vocabularyUrl(), '/api/vocabulary');
  assert.equal(basemapUrl('land'), '/data/basemap-land.geojson');
  assert.equal(facilitiesUrl(), '/api/collections/facilities/items?limit=1000');
  assert.equal(catalogueUrl('ko'), '/i18n/ko.json');
  assert.equal(catalogueUrl('../x'), '/i18n/..%2Fx.json');
});

test('boundaries are asked for as of a day', () => {
  assert.equal(boundariesUrl('2020-06-15'), '/api/collections/facility-boundaries/items?limit=1000&datetime=2020-06-15');
});

test('the name search encodes the query', () => {
  const url = facilitySearchUrl('요덕 & camp/15');
  assert.ok(url.startsWith('/api/facilities?'));
  assert.deepEqual(params(url), { q: '요덕 & camp/15', limit: '20' });
});

test('the imagery window is the three years up to the day', () => {
  assert.deepEqual(imageryWindow('2020-06-15'), { from: '2017-06-15', to: '2020-06-15' });
  assert.deepEqual(imageryWindow('2024-02-29'), { from: '2021-03-01', to: '2024-02-29' });
});

test('revisits: with a day its window, without one the server default', () => {
  assert.equal(revisitsUrl('kwanliso-15-yodok', '2020-06-15'),
    '/api/facilities/kwanliso-15-yodok/revisits?gaps=1&from=2017-06-15&to=2020-06-15');
  assert.equal(revisitsUrl('kwanliso-15-yodok'), '/api/facilities/kwanliso-15-yodok/revisits?gaps=1');
  assert.ok(revisitsUrl('a/b?c', null).startsWith('/api/facilities/a%2Fb%3Fc/revisits?'));
});

test('coverage between two days, id encoded', () => {
  assert.equal(coverageUrl('x y', '2017-06-15', '2020-06-15'),
    '/api/facilities/x%20y/coverage?from=2017-06-15&to=2020-06-15');
});

test('scene search: a ~1 km box around the point, the window up to the day, newest first', () => {
  const url = sceneSearchUrl(39.67427, 126.85104, '2020-06-15');
  assert.ok(url.startsWith('/api/stac/search?'));
  assert.deepEqual(params(url), {
    bbox: '126.84104,39.66427,126.86104,39.68427',
    datetime: '2017-06-15T00:00:00Z/2020-06-15T23:59:59Z',
    limit: '100',
    sortby: '-datetime',
  });
});

test('next links are resolved against the page and must stay on its origin', () => {
  const base = 'http://map.test/api/collections/facilities/items?limit=1000';
  assert.equal(nextPageUrl({ links: [{ rel: 'next', href: '/api/x?offset=1000' }] }, base), 'http://map.test/api/x?offset=1000');
  assert.equal(nextPageUrl({ links: [{ rel: 'self', href: '/a' }] }, base), null);
  assert.equal(nextPageUrl({}, base), null);
  assert.throws(() => nextPageUrl({ links: [{ rel: 'next', href: 'http://elsewhere.test/p2' }] }, base), /another origin/);
});

test('map settings fall back to defaults when missing or out of range', () => {
  assert.deepEqual(normaliseMapConfig(null), { tileUrl: null, tileAttribution: null, thumbnailHosts: [], initialView: { ...DEFAULT_VIEW } });
  const config = normaliseMapConfig({ tileUrl: 'https://t/{z}/{x}/{y}.png', tileAttribution: 'T', initialView: { lat: 91, lon: 126, zoom: 9 } });
  assert.deepEqual(config, { tileUrl: 'https://t/{z}/{x}/{y}.png', tileAttribution: 'T', thumbnailHosts: [], initialView: { lat: DEFAULT_VIEW.lat, lon: 126, zoom: 9 } });
  const hosts = normaliseMapConfig({ thumbnailHosts: ['https://thumbs.example.org', 'http://x.org', 'https://a.org/path', 7] });
  assert.deepEqual(hosts.thumbnailHosts, ['https://thumbs.example.org']);
});

test('the facility panel\'s URLs', () => {
  assert.equal(facilityRevisitsUrl('a b', '2023-01-01', '2025-12-31'), '/api/facilities/a%20b/revisits?gaps=10&from=2023-01-01&to=2025-12-31');
  assert.equal(coverageCsvUrl('k', '2023-01-01', '2025-12-31'), '/api/facilities/k/coverage/csv?from=2023-01-01&to=2025-12-31');
  assert.equal(structureSeriesCsvUrl('k'), '/api/facilities/k/structure-series/csv');
  assert.equal(facilityExportUrl('gpkg', 'kwanliso-15-yodok', '2024-01-01'), '/api/exports/facilities.gpkg?facility=kwanliso-15-yodok&asOf=2024-01-01');
  assert.equal(facilityExportUrl('kml', 'x&y'), '/api/exports/facilities.kml?facility=x%26y');
  assert.throws(() => facilityExportUrl('shp', 'x'), /no export format/);
});
