import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  actionFor, bboxOf, datetimeOf, filtersFromMap, layersFromMap, PUBLIC_EXPORT_FORMATS, PUBLIC_EXPORT_LAYERS, requestBody, sizeText, unexportedFilters,
} from '../../main/resources/META-INF/resources/js/work/public-export-body.js';

const NO_FILTERS = { text: '', facilityTypes: [], statuses: [], eventTypes: [], levels: [], sourceKinds: [] };

test('the layers preselected are the public export layers switched on on the map, in canonical order', () => {
  assert.deepEqual(layersFromMap(['boundaries', 'zones', 'events', 'facilities']), ['facilities', 'events']);
  assert.deepEqual(layersFromMap(['structures', 'footprints', 'changeEvents']), ['structures']);
  assert.deepEqual(layersFromMap([]), []);
  assert.deepEqual(layersFromMap(undefined), []);
});

test('the period becomes an RFC 3339 interval with open ends, the whole last day included', () => {
  assert.equal(datetimeOf('2024-01-01', '2024-12-31'), '2024-01-01T00:00:00Z/2024-12-31T23:59:59Z');
  assert.equal(datetimeOf(null, '2020-06-30'), '../2020-06-30T23:59:59Z');
  assert.equal(datetimeOf('2019-03-01', null), '2019-03-01T00:00:00Z/..');
  assert.equal(datetimeOf(null, null), null);
  assert.equal(datetimeOf('not a day', ''), null);
});

test('the view bounds become a box rounded outwards and clamped to the world', () => {
  assert.deepEqual(bboxOf({ west: 124.123456789, south: 37.000001, east: 131.000001, north: 42.999999 }), [124.12345, 37, 131.00001, 43]);
  assert.deepEqual(bboxOf({ west: -200, south: -95, east: 200, north: 95 }), [-180, -90, 180, 90]);
  assert.equal(bboxOf(null), null);
  assert.equal(bboxOf({ west: 1, south: 1, east: Number.NaN, north: 2 }), null);
  assert.equal(bboxOf({ west: 5, south: 1, east: 5, north: 2 }), null);
});

test('the filters come from the map state: bbox, period, facility types and statuses sorted without repeats', () => {
  const current = { from: '2024-01-01', to: '2024-12-31', filters: { ...NO_FILTERS, facilityTypes: ['kyohwaso', 'kwanliso', 'kwanliso'], statuses: ['operational'] } };
  assert.deepEqual(filtersFromMap(current, { west: 124, south: 37, east: 131, north: 43 }), {
    bbox: [124, 37, 131, 43],
    datetime: '2024-01-01T00:00:00Z/2024-12-31T23:59:59Z',
    facilityTypes: ['kwanliso', 'kyohwaso'],
    facilityStatuses: ['operational'],
  });
  assert.deepEqual(filtersFromMap({ from: null, to: null, filters: NO_FILTERS }, null), { bbox: null, datetime: null, facilityTypes: [], facilityStatuses: [] });
});

test('filters an export cannot carry are named', () => {
  assert.deepEqual(unexportedFilters({ filters: NO_FILTERS }), []);
  assert.deepEqual(unexportedFilters({ filters: { ...NO_FILTERS, text: ' yodok ', levels: ['corroborated'] } }), ['text', 'events']);
});

test('the request body keeps formats and layers in canonical order, and leaves out unused filters', () => {
  const filters = filtersFromMap({ from: null, to: '2024-12-31', filters: { ...NO_FILTERS, facilityTypes: ['kwanliso'] } }, { west: 124, south: 37, east: 131, north: 43 });
  const body = requestBody({ title: '  Kwanliso, 2024 ', formats: ['csv', 'geojson', 'csv', 'shapefile'], layers: ['events', 'facilities'], note: '  ' }, filters);
  assert.deepEqual(body, {
    title: 'Kwanliso, 2024',
    formats: ['geojson', 'csv'],
    filters: { layers: ['facilities', 'events'], bbox: [124, 37, 131, 43], datetime: '../2024-12-31T23:59:59Z', facilityTypes: ['kwanliso'] },
  });
  assert.ok(!('note' in body));
  const all = requestBody({ title: 'All', formats: [...PUBLIC_EXPORT_FORMATS].reverse(), layers: [...PUBLIC_EXPORT_LAYERS].reverse(), note: 'for the report' }, null);
  assert.deepEqual(all.formats, ['geojson', 'kml', 'csv', 'gpkg']);
  assert.deepEqual(all.filters, { layers: ['facilities', 'claims', 'events', 'structures'] });
  assert.equal(all.note, 'for the report');
  // Nothing chosen: sent as asked, for the server to name the fields.
  assert.deepEqual(requestBody({ title: null, formats: [], layers: [] }, null), { title: '', formats: [], filters: { layers: [] } });
});

test('the action offered depends on the state and on who asked', () => {
  assert.equal(actionFor({ state: 'requested', requestedBy: 'user:ada' }, 'ada'), 'own');
  assert.equal(actionFor({ state: 'requested', requestedBy: 'user:ada' }, 'bo'), 'decide');
  assert.equal(actionFor({ state: 'approved', requestedBy: 'user:ada' }, 'ada'), 'withdraw');
  assert.equal(actionFor({ state: 'rejected' }, 'ada'), null);
  assert.equal(actionFor({ state: 'withdrawn' }, 'ada'), null);
});

test('sizes read in bytes, KiB and MiB', () => {
  assert.equal(sizeText(952), '952 B');
  assert.equal(sizeText(144967), '141.6 KiB');
  assert.equal(sizeText(3 * 1024 * 1024), '3 MiB');
  assert.equal(sizeText(undefined), '');
});
