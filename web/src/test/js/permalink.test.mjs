import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stateFromUrl, urlForState, parseView } from '../../main/resources/META-INF/resources/js/permalink.js';
import { validDate } from '../../main/resources/META-INF/resources/js/period.js';
import { createState, DEFAULT_LAYERS, EMPTY_FILTERS } from '../../main/resources/META-INF/resources/js/state.js';

const BASE = 'http://localhost:8080/';

test('a state written to the URL reads back the same', () => {
  const state = createState({
    language: 'ko',
    view: { lat: 39.66123, lon: 127.02456, zoom: 12.5 },
    from: '1995-01-01',
    to: '2001-06-30',
    layers: Object.freeze(['footprints', 'changeEvents', 'facilities']),
    filters: Object.freeze({ ...EMPTY_FILTERS, text: '요덕 <b>', facilityTypes: ['kwanliso'], levels: ['corroborated', 'strongly-corroborated'], sourceKinds: ['imagery'] }),
    listSort: 'events',
    selectedFacilityId: 'kwanliso-15-yodok',
  }).get();
  const url = urlForState(BASE, state);
  const back = stateFromUrl(url);
  assert.equal(back.language, 'ko');
  assert.deepEqual(back.view, { lat: 39.66123, lon: 127.02456, zoom: 12.5 });
  assert.equal(back.from, '1995-01-01');
  assert.equal(back.to, '2001-06-30');
  assert.deepEqual(back.layers, ['footprints', 'changeEvents', 'facilities']);
  assert.equal(back.filters.text, '요덕 <b>');
  assert.deepEqual(back.filters.facilityTypes, ['kwanliso']);
  assert.deepEqual(back.filters.levels, ['corroborated', 'strongly-corroborated']);
  assert.deepEqual(back.filters.sourceKinds, ['imagery']);
  assert.deepEqual(back.filters.statuses, []);
  assert.equal(back.listSort, 'events');
  assert.equal(back.selectedFacilityId, 'kwanliso-15-yodok');
});

test('defaults stay out of the URL; other parameters are kept', () => {
  const state = createState({ language: 'en' }).get();
  const url = new URL(urlForState(`${BASE}?debug=1&date=2020-01-01`, state));
  assert.deepEqual([...url.searchParams.keys()].sort(), ['debug', 'lang']);
  assert.deepEqual(stateFromUrl(url.href).layers, undefined);
});

test('no layers at all is written and read back as none', () => {
  const state = createState({ layers: Object.freeze([]) }).get();
  assert.deepEqual(stateFromUrl(urlForState(BASE, state)).layers, []);
  assert.deepEqual([...DEFAULT_LAYERS].length > 0, true);
});

test('malformed parts are ignored, never an error', () => {
  const patch = stateFromUrl(`${BASE}?lang=fr&at=95,10,3&from=2020-02-30&to=x&layers=heatmap,events&type=<script>,kwanliso&sort=size&facility=`);
  assert.equal(patch.language, undefined);
  assert.equal(patch.view, undefined);
  assert.equal(patch.from, undefined);
  assert.equal(patch.to, undefined);
  assert.deepEqual(patch.layers, ['events']);
  assert.deepEqual(patch.filters.facilityTypes, ['kwanliso']);
  assert.equal(patch.listSort, undefined);
  assert.equal(patch.selectedFacilityId, undefined);
});

test('older links: date= is the period end; a reversed period is put in order', () => {
  assert.equal(stateFromUrl(`${BASE}?date=2019-03-01`).to, '2019-03-01');
  const patch = stateFromUrl(`${BASE}?from=2020-01-01&to=2010-01-01`);
  assert.deepEqual([patch.from, patch.to], ['2010-01-01', '2020-01-01']);
});

test('views and dates are checked', () => {
  assert.deepEqual(parseView('39,127,7'), { lat: 39, lon: 127, zoom: 7 });
  assert.equal(parseView('39,127'), null);
  assert.equal(parseView('127,39,30'), null);
  assert.equal(validDate('2024-02-29'), '2024-02-29');
  assert.equal(validDate('2023-02-29'), null);
});
