// The offline basemap's labelling rules (js/basemap-labels.js): no DOM, no Leaflet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bearingArrow, edgeAnchor, estimateTextWidth, formatDegree, formatKm, graticuleStep, graticuleValues, labelName,
  nearestPlaces, placeMinZoom, placesForZoom, riverVisible, selectLabels, showProvinceLabels,
} from '../../main/resources/META-INF/resources/js/basemap-labels.js';

const places = [
  { name: 'Hyesan', nameKo: '혜산', rank: 3, population: 192680, lat: 41.40, lon: 128.18 },
  { name: 'Pyongyang', nameKo: '평양', rank: 0, population: 3222000, lat: 39.03, lon: 125.75 },
  { name: 'Kanggye', nameKo: '강계', rank: 1, population: 209530, lat: 40.97, lon: 126.59 },
  { name: 'Sil-li', nameKo: null, rank: 5, population: 19463, lat: 39.49, lon: 125.47 },
  { name: 'Hamhŭng', nameKo: '함흥', rank: 1, population: 559056, lat: 39.92, lon: 127.54 },
];

test('names are Korean in Korean when known, English otherwise', () => {
  assert.equal(labelName(places[1], 'ko'), '평양');
  assert.equal(labelName(places[1], 'en'), 'Pyongyang');
  assert.equal(labelName(places[3], 'ko'), 'Sil-li');
  assert.equal(labelName({}, 'ko'), '');
});

test('capitals from zoom 6, more towns as the map zooms in, all from 10', () => {
  assert.deepEqual(placesForZoom(places, 6).map((p) => p.name), ['Pyongyang', 'Hamhŭng', 'Kanggye']);
  assert.deepEqual(placesForZoom(places, 9).map((p) => p.name), ['Pyongyang', 'Hamhŭng', 'Kanggye', 'Hyesan']);
  assert.equal(placesForZoom(places, 10).length, places.length);
  assert.equal(placeMinZoom(undefined), placeMinZoom(5));
  assert.equal(placeMinZoom(-1), 6);
});

test('province names between zoom 7 and 9, small rivers only close up', () => {
  assert.ok(!showProvinceLabels(6));
  assert.ok(showProvinceLabels(8));
  assert.ok(!showProvinceLabels(11));
  assert.ok(riverVisible(1, 6) && !riverVisible(2, 7) && riverVisible(2, 8) && !riverVisible(3, 8) && riverVisible(3, 9));
  assert.ok(!riverVisible(1, 10) && !riverVisible(3, 15), 'too coarse to draw close in');
});

test('overlapping labels: the more important one wins, reserved space is avoided', () => {
  const box = (x, y, w = 40, h = 16) => ({ x, y, w, h });
  const kept = selectLabels([
    { id: 'capital', box: box(100, 100) },
    { id: 'overlaps capital', box: box(120, 105) },
    { id: 'clear', box: box(300, 100) },
    { id: 'touches gap', box: box(141, 100) },
    { id: 'under caption', box: box(0, 0) },
  ], 2, [box(0, 0, 30, 12)]);
  assert.deepEqual(kept.map((c) => c.id), ['capital', 'clear']);
  assert.ok(estimateTextWidth('평양', 10) > estimateTextWidth('ab', 10));
});

test('graticule every 2° for the region down to 0.01° at a facility, captioned in degrees', () => {
  assert.deepEqual([6, 7, 8, 10, 12, 15].map(graticuleStep), [2, 1, 0.5, 0.1, 0.05, 0.01]);
  assert.deepEqual(graticuleValues(39.655, 39.682, 0.01), [39.66, 39.67, 39.68]);
  assert.deepEqual(graticuleValues(126.95, 127.25, 0.1), [127, 127.1, 127.2]);
  assert.equal(graticuleValues(0, 100, 0.01, 5).length, 5);
  assert.equal(formatDegree(39.66, 0.01, 'lat'), '39.66°N');
  assert.equal(formatDegree(127, 0.5, 'lon'), '127.0°E');
  assert.equal(formatDegree(-3, 1, 'lat'), '3°S');
});

test('close up, the nearest towns outside the view are pointed at from the edge', () => {
  const near = nearestPlaces(places, { lat: 39.66, lon: 127.02 }, 2, (p) => p.name === 'Hamhŭng');
  assert.deepEqual(near.map((n) => n.place.name), ['Pyongyang', 'Sil-li']);
  assert.ok(near[0].km > 100 && near[0].km < 130, String(near[0].km));
  assert.equal(bearingArrow(near[0].bearing), '↙');
  assert.equal(bearingArrow(0), '↑');
  assert.equal(bearingArrow(359), '↑');
  const near1 = (p, x, y) => Math.abs(p.x - x) < 1e-9 && Math.abs(p.y - y) < 1e-9;
  assert.ok(near1(edgeAnchor(200, 100, 90, 10), 190, 50));
  assert.ok(near1(edgeAnchor(200, 100, 0, 10), 100, 10));
  assert.equal(formatKm(3.24), '3.2 km');
  assert.equal(formatKm(52.6), '53 km');
});
