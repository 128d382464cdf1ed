import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countOnce, distanceKm, normaliseFacility } from '../../main/resources/META-INF/resources/js/facility-model.js';
import { createVocabulary } from '../../main/resources/META-INF/resources/js/vocabulary.js';
import { SAMPLE_VOCABULARY } from './fixtures.mjs';

const vocabulary = createVocabulary(SAMPLE_VOCABULARY);

const feature = (overrides = {}) => ({
  type: 'Feature',
  id: 'kwanliso-15-yodok',
  geometry: { type: 'Point', coordinates: [126.85104, 39.67427] },
  properties: { name: 'Kwanliso No. 15 Yodok', nameKo: '요덕 15호 관리소', type: 'kwanliso', status: 'operational' },
  ...overrides,
});

test('great-circle distance in km', () => {
  assert.equal(distanceKm(39, 126, 39, 126), 0);
  // One degree of latitude is about 111.2 km on the mean-radius sphere.
  assert.ok(Math.abs(distanceKm(39, 126, 40, 126) - 111.195) < 0.01);
});

test('a point facility keeps its names, type and status; anchor is [lat, lon]', () => {
  const f = normaliseFacility(feature(), vocabulary);
  assert.equal(f.id, 'kwanliso-15-yodok');
  assert.equal(f.name, 'Kwanliso No. 15 Yodok');
  assert.equal(f.nameKo, '요덕 15호 관리소');
  assert.equal(f.type, 'kwanliso');
  assert.equal(f.status, 'operational');
  assert.deepEqual(f.anchor, [39.67427, 126.85104]);
  assert.deepEqual(f.aliases, []);
  assert.equal(f.maxDisagreementKm, 0);
});

test('types and statuses the vocabulary does not know', () => {
  const f = normaliseFacility(feature({ properties: { type: 'gulag', status: 'unknown-status' } }), vocabulary);
  assert.equal(f.type, 'other');
  assert.equal(f.status, null);
  assert.equal(f.name, 'kwanliso-15-yodok'); // the id stands in for a missing name
});

test('no id or no usable position: no facility', () => {
  assert.equal(normaliseFacility(feature({ id: null }), vocabulary), null);
  assert.equal(normaliseFacility(feature({ geometry: { type: 'Point', coordinates: [200, 39] } }), vocabulary), null);
  assert.equal(normaliseFacility(null, vocabulary), null);
});

test('the primary location stands in for a missing geometry, and disagreements are measured from it', () => {
  const f = normaliseFacility(feature({
    geometry: null,
    properties: {
      type: 'kwanliso',
      locations: [
        { source: 'hrnk', lon: 126.85, lat: 39.67, primary: true },
        { source: 'wikipedia', lon: 126.85, lat: 39.77 },
        { source: 'nowhere', note: 'no position' },
      ],
    },
  }), vocabulary);
  assert.deepEqual(f.geometry, { type: 'Point', coordinates: [126.85, 39.67] });
  assert.equal(f.locations[0].distanceKm, 0);
  assert.ok(Math.abs(f.locations[1].distanceKm - 11.12) < 0.01);
  assert.equal(f.locations[2].hasPosition, false);
  assert.equal(f.locations[2].distanceKm, null);
  assert.equal(f.maxDisagreementKm, f.locations[1].distanceKm);
});

test('a polygon without a primary point is anchored at its bounding box centre', () => {
  const ring = [[126, 39], [127, 39], [127, 40], [126, 40], [126, 39]];
  const f = normaliseFacility(feature({ geometry: { type: 'Polygon', coordinates: [ring] } }), vocabulary);
  assert.equal(f.geometry.type, 'Polygon');
  assert.deepEqual(f.anchor, [39.5, 126.5]);
  const tooShort = { type: 'Polygon', coordinates: [[[126, 39], [127, 39], [126, 39]]] };
  assert.equal(normaliseFacility(feature({ geometry: tooShort }), vocabulary), null);
});

test('aliases and sources keep only usable entries', () => {
  const f = normaliseFacility(feature({
    properties: { type: 'kwanliso', aliases: ['Camp 15', '', 3, 'Yodok'], sources: [{ id: 'hrnk' }, 'text', null] },
  }), vocabulary);
  assert.deepEqual(f.aliases, ['Camp 15', 'Yodok']);
  assert.deepEqual(f.sources, [{ id: 'hrnk' }]);
});

test('a candidate duplicate names its namesake and is counted once with it', () => {
  const point = (lon, lat) => ({ type: 'Point', coordinates: [lon, lat] });
  const namesake = normaliseFacility({ id: 'k-14', geometry: point(126.1, 39.6), properties: { name: 'Camp 14', possibleDuplicateOf: null } }, vocabulary);
  const candidate = normaliseFacility({ id: 'k-14-nkdb', geometry: point(126.2, 39.65),
    properties: { name: 'Camp 14 (NKDB)', possibleDuplicateOf: { id: 'k-14', name: 'Camp 14', distanceKm: 13.27 } } }, vocabulary);
  const other = normaliseFacility({ id: 'x', geometry: point(127, 40), properties: { possibleDuplicateOf: { name: 'no id' } } }, vocabulary);
  assert.equal(namesake.possibleDuplicateOf, null);
  assert.deepEqual(candidate.possibleDuplicateOf, { id: 'k-14', name: 'Camp 14', distanceKm: 13.27 });
  assert.equal(other.possibleDuplicateOf, null);
  assert.equal(countOnce([namesake, candidate, other]), 2);
  assert.equal(countOnce([candidate, other]), 2, 'a candidate whose namesake is not listed counts');
});
