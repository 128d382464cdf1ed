import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createState, INITIAL_STATE, publishTo, publishedAttributes, urlForState }
  from '../../main/resources/META-INF/resources/js/state.js';

test('starts from the initial state with overrides, frozen', () => {
  const state = createState({ day: '2020-06-15', language: 'ko' });
  assert.equal(state.get().day, '2020-06-15');
  assert.equal(state.get().language, 'ko');
  assert.equal(state.get().filter, INITIAL_STATE.filter);
  assert.ok(Object.isFrozen(state.get()));
});

test('unknown keys are refused, in overrides, set and subscribe', () => {
  assert.throws(() => createState({ colour: 'red' }), /unknown state key\(s\): colour/);
  const state = createState();
  assert.throws(() => state.set({ selected: 'x' }), /selected/);
  assert.throws(() => state.subscribe(['day', 'dya'], () => {}), /dya/);
});

test('subscribers hear only changes of their keys, with the changed keys', () => {
  const state = createState();
  const heard = [];
  state.subscribe(['day', 'language'], (s, changed) => heard.push([s.day, s.language, changed]));
  assert.deepEqual(state.set({ filter: 'yodok' }), ['filter']);
  assert.deepEqual(state.set({ day: '2020-01-01', filter: 'yodok' }), ['day']);
  assert.deepEqual(state.set({ day: '2020-01-01' }), []); // no change, no notice
  state.set({ language: 'ko', day: '2021-01-01' });
  assert.deepEqual(heard, [['2020-01-01', 'en', ['day']], ['2021-01-01', 'ko', ['language', 'day']]]);
});

test('subscribers run in subscription order and can unsubscribe', () => {
  const state = createState();
  const order = [];
  state.subscribe('selectedFacilityId', () => order.push('first'));
  const stop = state.subscribe('selectedFacilityId', () => order.push('second'));
  state.set({ selectedFacilityId: 'a' });
  stop();
  state.set({ selectedFacilityId: 'b' });
  assert.deepEqual(order, ['first', 'second', 'first']);
});

test('a listener setting the state sees a consistent state', () => {
  const state = createState();
  state.subscribe('day', () => state.set({ boundariesDay: null }));
  const seen = [];
  state.subscribe('boundariesDay', (s) => seen.push([s.day, s.boundariesDay]));
  state.set({ boundariesDay: '2019-01-01' });
  state.set({ day: '2020-01-01' });
  assert.deepEqual(seen, [[null, '2019-01-01'], ['2020-01-01', null]]);
});

test('progress is published as data attributes, absent while null', () => {
  const state = createState();
  const element = { dataset: { facilitiesLoaded: 'stale' } };
  publishTo(state, element);
  assert.deepEqual(element.dataset, {});
  state.set({ facilitiesLoaded: 194, boundariesLoaded: 6, boundariesDay: '2020-06-15', filter: 'x' });
  assert.deepEqual(element.dataset, { facilitiesLoaded: '194', boundariesLoaded: '6', boundariesDay: '2020-06-15' });
  state.set({ boundariesDay: null, scenesShown: 0 });
  assert.deepEqual(element.dataset, { facilitiesLoaded: '194', boundariesLoaded: '6', scenesShown: '0' });
  assert.deepEqual(publishedAttributes(createState({ facilitiesLoaded: 'error' }).get()),
    { facilitiesLoaded: 'error', boundariesLoaded: null, boundariesDay: null, scenesShown: null });
});

test('the URL keeps the day (absent on today) and the language that changed', () => {
  const today = '2026-12-04';
  const href = 'http://map.test/?lang=en';
  assert.equal(urlForState(href, { day: '2020-06-15', language: 'en' }, ['day'], today), 'http://map.test/?lang=en&date=2020-06-15');
  assert.equal(urlForState('http://map.test/?date=2020-06-15&lang=en', { day: today, language: 'en' }, ['day'], today),
    'http://map.test/?lang=en');
  assert.equal(urlForState('http://map.test/', { day: today, language: 'ko' }, ['language'], today), 'http://map.test/?lang=ko');
  assert.equal(urlForState(href, { day: '2020-06-15', language: 'ko' }, ['filter'], today), href);
});
