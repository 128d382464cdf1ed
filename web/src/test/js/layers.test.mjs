import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cellStyle, cloudColour, eventStyle, footprintStyle, gsdWeight, CLOUD_UNKNOWN_COLOUR, LEVEL_COLOURS }
  from '../../main/resources/META-INF/resources/js/layer-styles.js';
import { filteredIds, matchesFilters, sortFacilities } from '../../main/resources/META-INF/resources/js/facility-filters.js';
import { bboxParam, mapLayerUrl, histogramUrl } from '../../main/resources/META-INF/resources/js/api.js';
import { EMPTY_FILTERS } from '../../main/resources/META-INF/resources/js/state.js';

test('footprints: colour by the clearest scene, weight by the sharpest, stacks a little more opaque', () => {
  assert.equal(cloudColour(3), '#08519c');
  assert.equal(cloudColour(95), '#a3a3a3');
  assert.equal(cloudColour(null), CLOUD_UNKNOWN_COLOUR);
  assert.equal(gsdWeight(0.5), 3);
  assert.equal(gsdWeight(10), 1.5);
  const one = footprintStyle({ properties: { count: 1, cloudCoverPctMin: 5, gsdMMin: 10 } });
  const stack = footprintStyle({ properties: { count: 23, cloudCoverPctMin: 5, gsdMMin: 10 } });
  assert.ok(stack.fillOpacity > one.fillOpacity);
  assert.ok(stack.fillOpacity <= 0.28);
  assert.equal(footprintStyle({ properties: {} }).dashArray, '3 3');
});

test('events: coloured by level; a span reaching beyond the period is faded and dashed', () => {
  const whole = eventStyle({ properties: { level: 'corroborated' } });
  const partial = eventStyle({ properties: { level: 'corroborated', partial: true } });
  assert.equal(whole.color, LEVEL_COLOURS.corroborated);
  assert.ok(partial.opacity < whole.opacity && partial.fillOpacity < whole.fillOpacity);
  assert.equal(partial.dashArray, '5 5');
});

test('cells: darker the more they hold', () => {
  const cells = [{ properties: { count: 1 } }, { properties: { count: 1000 } }];
  assert.ok(cellStyle(cells[1], cells).fillOpacity > cellStyle(cells[0], cells).fillOpacity);
});

const yodok = { id: 'y', name: 'Yodok', nameKo: '요덕', aliases: [], type: 'kwanliso', status: 'operational' };
const camp = { id: 'c', name: 'Chongori', nameKo: null, aliases: [], type: 'kyohwaso', status: 'unconfirmed' };

test('the filters decide what the map and the list show alike', () => {
  assert.equal(filteredIds([yodok, camp], EMPTY_FILTERS), null);
  assert.deepEqual([...filteredIds([yodok, camp], { ...EMPTY_FILTERS, facilityTypes: ['kyohwaso'] })], ['c']);
  assert.deepEqual([...filteredIds([yodok, camp], { ...EMPTY_FILTERS, text: '요덕' }, ['c'])], ['y', 'c']);
  assert.ok(!matchesFilters(yodok, { ...EMPTY_FILTERS, statuses: ['unconfirmed'] }));
});

test('the list sorts by name, type, status or events in view', () => {
  const options = { displayName: (f) => f.name, collator: new Intl.Collator('en'), typeOrder: ['kwanliso', 'kyohwaso'],
    statusOrder: ['operational', 'unconfirmed'], eventCounts: new Map([['c', 3]]) };
  assert.deepEqual(sortFacilities([yodok, camp], 'name', options).map((f) => f.id), ['c', 'y']);
  assert.deepEqual(sortFacilities([camp, yodok], 'type', options).map((f) => f.id), ['y', 'c']);
  assert.deepEqual(sortFacilities([yodok, camp], 'events', options).map((f) => f.id), ['c', 'y']);
});

test('map layer URLs carry the view, the zoom, the period and the filters', () => {
  const url = new URL(mapLayerUrl('events', { bbox: [124.1234567, 37.5, 131, 43], zoom: 7.4, from: '2000-01-01', to: null,
    filters: { level: ['corroborated'], type: [] } }), 'http://x/');
  assert.equal(url.pathname, '/api/map/events');
  assert.equal(url.searchParams.get('bbox'), '124.12346,37.50000,131.00000,43.00000');
  assert.equal(url.searchParams.get('zoom'), '7');
  assert.equal(url.searchParams.get('from'), '2000-01-01');
  assert.equal(url.searchParams.has('to'), false);
  assert.equal(url.searchParams.get('level'), 'corroborated');
  assert.equal(url.searchParams.has('type'), false);
  assert.throws(() => mapLayerUrl('heatmap', { bbox: [0, 0, 1, 1], zoom: 1 }), /no map layer/);
  assert.equal(bboxParam([-200, -95, 200, 95]), '-180.00000,-90.00000,180.00000,90.00000');
  assert.match(histogramUrl('footprints', { bbox: [1, 2, 3, 4], from: null, to: '2020-01-01', bins: 50 }), /layer=footprints.*bins=50&to=2020-01-01/);
});
