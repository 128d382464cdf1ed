import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editableGeometry, formatCoordinates, parseCoordinates } from '../../main/resources/META-INF/resources/js/work/coordinates.js';
import { areaBody, supersedeDefaults } from '../../main/resources/META-INF/resources/js/work/area-body.js';

test('lon lat lines make a closed polygon, with commas, tabs or spaces between', () => {
  const { geometry } = parseCoordinates('126.84 39.66\n126.87,39.66\n 126.87\t39.69 \n\n126.84, 39.69');
  assert.deepEqual(geometry, {
    type: 'Polygon',
    coordinates: [[[126.84, 39.66], [126.87, 39.66], [126.87, 39.69], [126.84, 39.69], [126.84, 39.66]]],
  });
});

test('an already closed ring is not closed twice', () => {
  const { geometry } = parseCoordinates('1 2\n3 2\n3 4\n1 2');
  assert.equal(geometry.coordinates[0].length, 4);
});

test('unreadable lines are named by their number; too few points and empty text are refused', () => {
  assert.deepEqual(parseCoordinates('126.8 39.6\n126.9 lat\n127 40'), { error: 'pair', line: 2 });
  assert.deepEqual(parseCoordinates('126.8 39.6 12'), { error: 'pair', line: 1 });
  assert.deepEqual(parseCoordinates('1 2\n3 4'), { error: 'tooFew' });
  assert.deepEqual(parseCoordinates('  \n '), { error: 'empty' });
});

test('swapped axes are passed on as typed: the server names them', () => {
  const { geometry } = parseCoordinates('39.66 126.84\n39.66 126.87\n39.69 126.87');
  assert.deepEqual(geometry.coordinates[0][0], [39.66, 126.84]);
});

test('GeoJSON geometries and features are read; other types and bad JSON are refused', () => {
  const polygon = { type: 'Polygon', coordinates: [[[1, 2], [3, 2], [3, 4], [1, 2]]] };
  assert.deepEqual(parseCoordinates(JSON.stringify(polygon)).geometry, polygon);
  assert.deepEqual(parseCoordinates(JSON.stringify({ type: 'Feature', properties: {}, geometry: polygon })).geometry, polygon);
  const multi = { type: 'MultiPolygon', coordinates: [polygon.coordinates] };
  assert.deepEqual(parseCoordinates(JSON.stringify(multi)).geometry, multi);
  assert.deepEqual(parseCoordinates('{"type":"Point","coordinates":[1,2]}'), { error: 'type' });
  assert.deepEqual(parseCoordinates('{"type":'), { error: 'json' });
});

test('a one-ring polygon is written as lines and reads back the same; others as GeoJSON', () => {
  const polygon = { type: 'Polygon', coordinates: [[[126.84, 39.66], [126.87, 39.66], [126.87, 39.69], [126.84, 39.66]]] };
  const text = formatCoordinates(polygon);
  assert.equal(text, '126.84 39.66\n126.87 39.66\n126.87 39.69');
  assert.deepEqual(parseCoordinates(text).geometry, polygon);
  assert.deepEqual(parseCoordinates(formatCoordinates({ type: 'MultiPolygon', coordinates: [polygon.coordinates] })).geometry, polygon);
  const holed = { type: 'Polygon', coordinates: [polygon.coordinates[0], [[126.85, 39.665], [126.86, 39.665], [126.86, 39.67], [126.85, 39.665]]] };
  assert.deepEqual(JSON.parse(formatCoordinates(holed)), holed);
  assert.equal(formatCoordinates(null), '');
});

test('a one-part multipolygon is edited as a polygon', () => {
  const ring = [[1, 2], [3, 2], [3, 4], [1, 2]];
  assert.deepEqual(editableGeometry({ type: 'MultiPolygon', coordinates: [[ring]] }), { type: 'Polygon', coordinates: [ring] });
  assert.equal(editableGeometry(null), null);
});

test('the POST body holds the server fields, lists from lines and null for empty; zones add their label', () => {
  const geometry = { type: 'Polygon', coordinates: [[[1, 2], [3, 2], [3, 4], [1, 2]]] };
  const values = { validFrom: '2024-01-01', validTo: null, basis: 'digitized', confidence: 'high', sceneId: 'S2A_X', sourceIds: ['hrnk', 'ohchr'], note: null,
    zoneKey: 'housing-east', name: 'East housing', nameKo: null, kind: 'housing' };
  assert.deepEqual(areaBody('boundary', values, geometry), {
    geometry, validFrom: '2024-01-01', validTo: null, basis: 'digitized', confidence: 'high', sceneId: 'S2A_X', sourceIds: ['hrnk', 'ohchr'], note: null,
  });
  assert.deepEqual(areaBody('zone', values, geometry), {
    zoneKey: 'housing-east', name: 'East housing', nameKo: null, kind: 'housing',
    geometry, validFrom: '2024-01-01', validTo: null, basis: 'digitized', confidence: 'high', sceneId: 'S2A_X', sourceIds: ['hrnk', 'ohchr'], note: null,
  });
});

test('a new shape from a date starts from the version it replaces, from the day given', () => {
  const version = { id: 7, zoneKey: 'mine', name: 'Mine', nameKo: '광산', kind: 'mine', validFrom: '2019-01-01', validTo: '2030-01-01', basis: 'published',
    confidence: 'low', sceneId: null, sourceIds: ['hrnk'], note: 'from a report', version: 3, geometry: { type: 'MultiPolygon', coordinates: [[[[1, 2], [3, 2], [3, 4], [1, 2]]]] } };
  const defaults = supersedeDefaults(version, '2026-12-07');
  assert.equal(defaults.validFrom, '2026-12-07');
  assert.equal(defaults.validTo, '2030-01-01');
  assert.equal(defaults.zoneKey, 'mine');
  assert.deepEqual(defaults.sourceIds, ['hrnk']);
  assert.equal(defaults.geometry.type, 'Polygon');
  assert.equal(supersedeDefaults({ ...version, validFrom: '2026-12-07' }, '2026-12-07').validFrom, '2026-12-08', 'the day after the first day at the earliest');
  assert.equal(supersedeDefaults({ ...version, validTo: '2025-01-01' }, '2026-12-07').validFrom, '2024-12-31', 'the last day of an ended version at the latest');
});
