import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  eventsOf, importQuery, ingestContentType, ingestCounts, layerContentType, matchedIdentities, observationBody, polygonFromText,
  sceneFacts, sortScenes, vertexCount,
} from '../../main/resources/META-INF/resources/js/work/observe-model.js';

test('scenes are offered usable first, then newest first', () => {
  const scenes = [
    { id: 'a', acquiredAt: '2025-01-01T02:00:00Z', usable: false },
    { id: 'b', acquiredAt: '2024-06-01T02:00:00Z', usable: true },
    { id: 'c', acquiredAt: '2025-03-01T02:00:00Z', usable: true },
    { id: 'd', acquiredAt: '2026-01-01T02:00:00Z', usable: false },
  ];
  assert.deepEqual(sortScenes(scenes).map((s) => s.id), ['c', 'b', 'd', 'a']);
  assert.deepEqual(sortScenes(null), []);
  assert.equal(scenes[0].id, 'a', 'the list given is not reordered');
});

test('a scene is described by its date, platform, cloud, resolution and coverage', () => {
  assert.deepEqual(sceneFacts({ acquiredAt: '2025-07-28T02:36:45Z', platform: 'sentinel-2b', cloudPct: 4.9512, gsdM: 10, coveredFraction: 0.987 }),
    { date: '2025-07-28', platform: 'sentinel-2b', cloud: 5, gsd: 10, covered: 99 });
  assert.deepEqual(sceneFacts({ acquiredAt: '2025-07-28T02:36:45Z', cloudPct: null }),
    { date: '2025-07-28', platform: null, cloud: null, gsd: null, covered: null });
});

test('the observation body names the class as the server reads it and drops blank notes', () => {
  const square = { type: 'Polygon', coordinates: [[[1, 1], [2, 1], [2, 2], [1, 1]]] };
  const body = observationBody({
    sceneId: ' S2B_1 ', sceneCollection: '', confidence: 'likely', notes: '  ',
    structures: [{ structureClass: 'guard-post', condition: 'intact', geometry: square }],
    unassessable: [{ reason: 'cloud', geometry: square }],
  });
  assert.deepEqual(body, {
    sceneId: 'S2B_1', sceneCollection: null, confidence: 'likely', notes: null,
    structures: [{ class: 'guard-post', condition: 'intact', geometry: square, notes: null }],
    unassessable: [{ reason: 'cloud', geometry: square }],
  });
});

test('typed corners become a closed polygon, longitude first', () => {
  assert.deepEqual(polygonFromText('126.1 39.5\n126.2, 39.5\n\n126.2 39.6\n'), {
    geometry: { type: 'Polygon', coordinates: [[[126.1, 39.5], [126.2, 39.5], [126.2, 39.6], [126.1, 39.5]]] },
  });
  assert.deepEqual(polygonFromText('126.1 39.5\n126.2 x'), { error: 'work.observe.coords.notANumber', line: 2 });
  assert.deepEqual(polygonFromText('126.1 39.5 7'), { error: 'work.observe.coords.notANumber', line: 1 });
  assert.deepEqual(polygonFromText('39.5 226.1'), { error: 'work.observe.coords.outOfRange', line: 1 });
  assert.deepEqual(polygonFromText('126.1 39.5\n126.2 39.5'), { error: 'work.observe.coords.tooFew', line: null });
  assert.equal(vertexCount(polygonFromText('1 1\n2 1\n2 2\n1 2').geometry), 4);
  assert.equal(vertexCount({ type: 'Point', coordinates: [1, 1] }), 0);
});

test('each drawing is matched to the structure that holds it: seen elsewhere, or new', () => {
  const observation = { id: 7, structures: [{ id: 70, class: 'guard-post' }, { id: 71, class: 'prisoner-housing' }, { id: 72, class: 'other' }] };
  const structures = [
    { identityId: 1, states: [
      { observationId: 5, sceneDate: '2025-05-26', observedStructureId: 50 },
      { observationId: 3, sceneDate: '2025-03-20', observedStructureId: 30 },
      { observationId: 7, sceneDate: '2025-07-28', observedStructureId: 70 },
    ] },
    { identityId: 2, states: [
      { observationId: 5, sceneDate: '2025-05-26', observedStructureId: null, state: 'not-seen' },
      { observationId: 7, sceneDate: '2025-07-28', observedStructureId: 71 },
    ] },
    { identityId: 3, states: [{ observationId: 5, sceneDate: '2025-05-26', observedStructureId: 51 }] },
  ];
  const matches = matchedIdentities(observation, structures);
  assert.deepEqual(matches.map(({ identityId, matched, seenIn }) => ({ identityId, matched, seenIn })), [
    { identityId: 1, matched: true, seenIn: ['2025-03-20', '2025-05-26'] },
    { identityId: 2, matched: false, seenIn: [] },
    { identityId: null, matched: false, seenIn: [] },
  ]);
  assert.equal(matches[1].drawing.class, 'prisoner-housing');
});

test('the events of an observation are those its scene brackets', () => {
  const events = [
    { eventKey: 'b', latest: '2025-07-28', earliestObservationId: 5, latestObservationId: 7 },
    { eventKey: 'a', latest: '2025-05-26', earliestObservationId: 3, latestObservationId: 5 },
    { eventKey: 'c', latest: '2025-09-21', earliestObservationId: 7, latestObservationId: 9 },
  ];
  assert.deepEqual(eventsOf(7, events).map((e) => e.eventKey), ['b', 'c']);
  assert.deepEqual(eventsOf(7, null), []);
});

test('files are sent as the media type the server reads them as', () => {
  assert.equal(layerContentType('Camp 14.GeoJSON'), 'application/geo+json');
  assert.equal(layerContentType('x.json'), 'application/geo+json');
  assert.equal(layerContentType('places.kml'), 'application/vnd.google-earth.kml+xml');
  assert.equal(layerContentType('layer.gpkg'), 'application/geopackage+sqlite3');
  assert.equal(layerContentType('layer.csv'), null);
  assert.equal(layerContentType('noextension'), null);
  assert.equal(ingestContentType('items.ndjson'), 'application/x-ndjson');
  assert.equal(ingestContentType('items.JSONL'), 'application/x-ndjson');
  assert.equal(ingestContentType('item.json'), 'application/json');
});

test('an import query carries only what was given, and always says whether it is a dry run', () => {
  assert.equal(importQuery({ sceneId: 'S2B 1', confidence: 'likely', notes: ' ', defaultClass: null, dryRun: true }),
    'sceneId=S2B+1&confidence=likely&dryRun=true');
  assert.equal(importQuery({ sceneId: 'S', sceneCollection: 'sentinel-2-l2a', confidence: 'likely', defaultClass: 'other', dryRun: false }),
    'sceneId=S&sceneCollection=sentinel-2-l2a&confidence=likely&defaultClass=other&dryRun=false');
});

test('the ingest counts come in a fixed order, missing ones as zero', () => {
  assert.deepEqual(ingestCounts({ read: 2, inserted: 1, rejected: 1 }),
    [['read', 2], ['inserted', 1], ['updated', 0], ['unchanged', 0], ['duplicates', 0], ['rejected', 1]]);
});
