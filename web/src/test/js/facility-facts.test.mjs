import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  areaSqKm, boundaryHistory, boundaryMeasures, classifyGaps, fadeGeometry, imageryPeriod, intervalAxis,
  lineLengthKm, perimeterKm, provinceCode, scenesNewestFirst, seriesDatasets, thumbnailMode, validOn,
} from '../../main/resources/META-INF/resources/js/facility-facts.js';

const near = (actual, expected, tolerance, message) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${message ?? ''} ${actual} not within ${tolerance} of ${expected}`);

// A square of 0.01° at 40° N: sides 1.1119 km (north-south) and 0.8518 km (east-west, cos 40°).
const SQUARE = { type: 'Polygon', coordinates: [[[127, 40], [127.01, 40], [127.01, 40.01], [127, 40.01], [127, 40]]] };

test('a degree of latitude is 111.2 km on the sphere', () => {
  near(lineLengthKm([[127, 40], [127, 41]]), 111.195, 0.01);
});

test('perimeter and area of a small square, holes counted in the perimeter and taken from the area', () => {
  near(perimeterKm(SQUARE), 2 * 1.11195 + 0.85182 + 0.85173, 0.005, 'perimeter');
  near(areaSqKm(SQUARE), 1.11195 * 0.8518, 0.005, 'area');
  const hole = [[127.004, 40.004], [127.004, 40.006], [127.006, 40.006], [127.006, 40.004], [127.004, 40.004]];
  const holed = { type: 'Polygon', coordinates: [SQUARE.coordinates[0], hole] };
  near(areaSqKm(holed), areaSqKm(SQUARE) * 0.96, 0.002, 'holed area');
  assert.ok(perimeterKm(holed) > perimeterKm(SQUARE));
  const multi = { type: 'MultiPolygon', coordinates: [SQUARE.coordinates, SQUARE.coordinates] };
  near(areaSqKm(multi), 2 * areaSqKm(SQUARE), 1e-9);
  assert.equal(perimeterKm({ type: 'Point', coordinates: [1, 2] }), null);
  assert.equal(areaSqKm(null), null);
});

test('the server\'s measures win; missing ones are computed', () => {
  assert.deepEqual(boundaryMeasures({ areaSqKm: 12.5, perimeterKm: 12.6, geometry: SQUARE }), { areaSqKm: 12.5, perimeterKm: 12.6 });
  const computed = boundaryMeasures({ geometry: SQUARE });
  near(computed.areaSqKm, 0.947, 0.005);
  near(computed.perimeterKm, 3.928, 0.005);
});

test('validity is [validFrom, validTo); history newest first with the version valid on the day', () => {
  assert.ok(validOn({ validFrom: '2020-01-01', validTo: '2021-01-01' }, '2020-12-31'));
  assert.ok(!validOn({ validFrom: '2020-01-01', validTo: '2021-01-01' }, '2021-01-01'));
  assert.ok(validOn({ validFrom: null, validTo: null }, '1900-01-01'));
  const versions = [
    { id: 1, validFrom: null, validTo: '2015-06-01' },
    { id: 3, validFrom: '2020-01-01', validTo: null },
    { id: 2, validFrom: '2015-06-01', validTo: '2020-01-01' },
    { id: 4, validFrom: '2018-01-01', validTo: null, deletedAt: '2024-01-01T00:00:00Z' },
  ];
  const { versions: sorted, current } = boundaryHistory(versions, '2016-03-03');
  assert.deepEqual(sorted.map((v) => v.id), [3, 2, 1]);
  assert.equal(current.id, 2);
  assert.equal(boundaryHistory(versions, '2000-01-01').current.id, 1);
  assert.equal(boundaryHistory([], '2000-01-01').current, null);
});

test('provinces as the registry writes them map to the vocabulary\'s codes', () => {
  const codes = ['pyongyang', 'north-hamgyong', 'ryanggang', 'south-pyongan'];
  assert.equal(provinceCode('North Hamgyong Province', codes), 'north-hamgyong');
  assert.equal(provinceCode('Pyongyang City', codes), 'pyongyang');
  assert.equal(provinceCode('Yanggang Province', codes), 'ryanggang');
  assert.equal(provinceCode('Ryanggang Province', codes), 'ryanggang');
  assert.equal(provinceCode('south-pyongan', codes), 'south-pyongan');
  assert.equal(provinceCode('Somewhere', codes), null);
  assert.equal(provinceCode(null, codes), null);
});

test('the imagery period is the state\'s, or the three years up to its end', () => {
  assert.deepEqual(imageryPeriod('2020-01-01', '2021-06-30'), { from: '2020-01-01', to: '2021-06-30' });
  assert.deepEqual(imageryPeriod(null, '2025-05-31'), { from: '2022-05-31', to: '2025-05-31' });
  assert.deepEqual(imageryPeriod(null, null, '2026-01-10'), { from: '2023-01-10', to: '2026-01-10' });
});

const SCENES = [
  { acquiredAt: '2024-12-10T02:36:45Z', usable: true },
  { acquiredAt: '2025-01-24T02:37:12Z', usable: true },
  { acquiredAt: '2025-03-01T02:37:12Z', usable: false },
  { acquiredAt: '2025-05-26T02:37:12Z', usable: true },
];

test('gaps with a kind are sorted by it; the longest counts only between scenes', () => {
  const gaps = [
    { from: '2023-01-01T00:00:00Z', to: '2024-12-10T02:36:45Z', days: 709, kind: 'before-first-scene' },
    { from: '2025-01-24T02:37:12Z', to: '2025-05-26T02:37:12Z', days: 122, kind: 'between-scenes' },
    { from: '2024-12-10T02:36:45Z', to: '2025-01-24T02:37:12Z', days: 45, kind: 'between-scenes' },
    { from: '2025-05-26T02:37:12Z', to: '2026-01-01T00:00:00Z', days: 220, kind: 'after-last-scene' },
  ];
  const sorted = classifyGaps(gaps, SCENES, '2023-01-01', '2025-12-31');
  assert.equal(sorted.before.days, 709);
  assert.equal(sorted.after.days, 220);
  assert.equal(sorted.between.length, 2);
  assert.equal(sorted.longest.days, 122);
});

test('without a kind, a gap from the window\'s start with no scene before it is before the first scene', () => {
  const gaps = [
    { from: '2023-01-01T00:00:00Z', to: '2024-12-10T02:36:45Z', days: 709 },
    { from: '2025-01-24T02:37:12Z', to: '2025-05-26T02:37:12Z', days: 122 },
    { from: '2025-05-26T02:37:12Z', to: '2026-01-01T00:00:00Z', days: 220 },
  ];
  const sorted = classifyGaps(gaps, SCENES, '2023-01-01', '2025-12-31');
  assert.equal(sorted.before.kind, 'before-first-scene');
  assert.equal(sorted.after.kind, 'after-last-scene');
  assert.equal(sorted.longest.days, 122);
  // A gap from the window's start after an earlier scene (same day) is a gap between scenes.
  const early = [{ acquiredAt: '2023-01-01T00:00:00Z', usable: true }, ...SCENES];
  const between = classifyGaps([{ from: '2023-01-01T00:00:00Z', to: '2024-12-10T02:36:45Z' }], early, '2023-01-01', '2025-12-31');
  assert.equal(between.before, null);
  near(between.longest.days, 709.1, 0.1);
  assert.deepEqual(classifyGaps(null, null, '2023-01-01', '2025-12-31'), { before: null, between: [], after: null, longest: null });
});

test('scenes newest first', () => {
  assert.deepEqual(scenesNewestFirst([...SCENES, null, { acquiredAt: 'x' }]).map((s) => s.acquiredAt.slice(0, 10)),
    ['2025-05-26', '2025-03-01', '2025-01-24', '2024-12-10', 'x']);
});

test('thumbnails are images only when connected and same-origin or a listed https origin', () => {
  const page = 'https://sightline.example.org';
  const connected = { tileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png', thumbnailHosts: ['https://thumbs.example.org'], pageOrigin: page };
  assert.equal(thumbnailMode('https://thumbs.example.org/a.jpg', connected), 'image');
  assert.equal(thumbnailMode('/thumbs/a.jpg', connected), 'image');
  assert.equal(thumbnailMode('https://other.example.org/a.jpg', connected), 'link');
  assert.equal(thumbnailMode('http://thumbs.example.org/a.jpg', { ...connected, thumbnailHosts: ['http://thumbs.example.org'] }), 'link');
  assert.equal(thumbnailMode('https://thumbs.example.org/a.jpg', { ...connected, tileUrl: null }), 'link');
  assert.equal(thumbnailMode('javascript:alert(1)', connected), null);
  assert.equal(thumbnailMode('', connected), null);
  assert.equal(thumbnailMode(undefined, connected), null);
});

test('the structure series as chart datasets: classes ever present, in the vocabulary\'s order', () => {
  const series = {
    illustrative: true,
    points: [
      { sceneDate: '2025-01-24', sceneId: 'b', counts: { mining: 1, 'prisoner-housing': 12, other: 0 }, builtUpAreaSqm: { mining: 30047.1, 'prisoner-housing': 5768.8 }, notAssessableShare: 0.1197 },
      { sceneDate: '2024-12-10', sceneId: 'a', counts: { mining: 1, 'prisoner-housing': 16, other: 0 }, builtUpAreaSqm: { mining: 30047.1, 'prisoner-housing': 7691.7 }, notAssessableShare: 0 },
    ],
  };
  const counts = seriesDatasets(series, 'counts', ['prisoner-housing', 'other', 'mining']);
  assert.deepEqual(counts.labels, ['2024-12-10', '2025-01-24']);
  assert.deepEqual(counts.sceneIds, ['a', 'b']);
  assert.deepEqual(counts.datasets, [{ code: 'prisoner-housing', data: [16, 12] }, { code: 'mining', data: [1, 1] }]);
  assert.deepEqual(counts.notAssessablePct, [0, 12]);
  assert.equal(counts.illustrative, true);
  const area = seriesDatasets(series, 'area', ['prisoner-housing', 'other', 'mining']);
  assert.deepEqual(area.datasets[0], { code: 'prisoner-housing', data: [7692, 5769] });
  assert.deepEqual(seriesDatasets(null).datasets, []);
});

test('an uncertain interval is a bar whose ends fade; open ends reach the axis edge', () => {
  const axis = intervalAxis([{ earliest: '1997-12-01', latest: '1997-12-31' }, { earliest: '2024-12-10', latest: null }]);
  assert.ok(axis.from < '1997-12-01' && axis.to > '2024-12-10');
  const bar = fadeGeometry('2000-01-01', '2000-12-31', '2000-01-01', '2000-12-31', 366);
  near(bar.x, 0, 1e-9);
  near(bar.w, 366, 1e-9);
  assert.ok(bar.fadeIn > 0 && bar.fadeOut < 1 && bar.startOpacity > 0);
  const open = fadeGeometry('2000-07-01', null, '2000-01-01', '2000-12-31', 366);
  near(open.x + open.w, 366, 1e-9);
  assert.equal(open.endOpacity, 0);
  assert.ok(open.openEnd && !open.openStart);
  const day = fadeGeometry('2000-07-01', '2000-07-01', '2000-01-01', '2000-12-31', 366, 4);
  near(day.w, 4, 1e-9);
  assert.equal(day.spanDays, 1);
  assert.equal(fadeGeometry(null, null, '2000-01-01', '2000-12-31', 366), null);
  assert.equal(intervalAxis([{ earliest: null, latest: null }]), null);
});
