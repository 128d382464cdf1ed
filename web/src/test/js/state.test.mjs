import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createState, INITIAL_STATE, publishTo, publishedAttributes, withFilter, withLayer, withLayerCount, hasAnyRole, EMPTY_FILTERS }
  from '../../main/resources/META-INF/resources/js/state.js';

test('starts from the initial state with overrides, frozen', () => {
  const state = createState({ to: '2020-06-15', language: 'ko' });
  assert.equal(state.get().to, '2020-06-15');
  assert.equal(state.get().language, 'ko');
  assert.equal(state.get().filters, INITIAL_STATE.filters);
  assert.ok(Object.isFrozen(state.get()));
});

test('unknown keys are refused, in overrides, set and subscribe', () => {
  assert.throws(() => createState({ colour: 'red' }), /unknown state key\(s\): colour/);
  const state = createState();
  assert.throws(() => state.set({ selected: 'x' }), /selected/);
  assert.throws(() => state.subscribe(['to', 'dya'], () => {}), /dya/);
});

test('subscribers hear only changes of their keys, with the changed keys', () => {
  const state = createState();
  const heard = [];
  state.subscribe(['to', 'language'], (s, changed) => heard.push([s.to, s.language, changed]));
  assert.deepEqual(state.set({ listSort: 'type' }), ['listSort']);
  assert.deepEqual(state.set({ to: '2020-01-01', listSort: 'type' }), ['to']);
  assert.deepEqual(state.set({ to: '2020-01-01' }), []); // no change, no notice
  state.set({ language: 'ko', to: '2021-01-01' });
  assert.deepEqual(heard, [['2020-01-01', 'en', ['to']], ['2021-01-01', 'ko', ['language', 'to']]]);
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
  state.subscribe('to', () => state.set({ boundariesDay: null }));
  const seen = [];
  state.subscribe('boundariesDay', (s) => seen.push([s.to, s.boundariesDay]));
  state.set({ boundariesDay: '2019-01-01' });
  state.set({ to: '2020-01-01' });
  assert.deepEqual(seen, [[null, '2019-01-01'], ['2020-01-01', null]]);
});

test('progress is published as data attributes, absent while null', () => {
  const state = createState();
  const element = { dataset: { facilitiesLoaded: 'stale' } };
  publishTo(state, element);
  assert.deepEqual(element.dataset, {});
  state.set({ facilitiesLoaded: 194, boundariesLoaded: 6, boundariesDay: '2020-06-15', listSort: 'type' });
  assert.deepEqual(element.dataset, { facilitiesLoaded: '194', boundariesLoaded: '6', boundariesDay: '2020-06-15' });
  state.set({ layerCounts: withLayerCount({}, 'events', { mode: 'features', drawn: 5, matched: 5, period: '/2020-01-01' }) });
  assert.equal(element.dataset.eventsDrawn, '5');
  assert.equal(element.dataset.eventsMode, 'features');
  assert.equal(element.dataset.eventsPeriod, '/2020-01-01');
  assert.equal(publishedAttributes(state.get()).footprintsDrawn, null);
});

test('filters and layers are replaced whole, frozen, and checked', () => {
  const filters = withFilter(EMPTY_FILTERS, 'levels', ['corroborated']);
  assert.deepEqual(filters.levels, ['corroborated']);
  assert.ok(Object.isFrozen(filters) && Object.isFrozen(filters.levels));
  assert.deepEqual(EMPTY_FILTERS.levels, []);
  assert.throws(() => withFilter(EMPTY_FILTERS, 'colour', []), /unknown filter/);
  assert.deepEqual(withLayer(['facilities'], 'footprints', true), ['footprints', 'facilities']);
  assert.deepEqual(withLayer(['footprints', 'facilities'], 'footprints', false), ['facilities']);
  assert.throws(() => withLayer([], 'heatmap', true), /unknown layer/);
});

test('roles: any of them', () => {
  assert.ok(hasAnyRole({ roles: ['analyst'] }, ['admin', 'analyst']));
  assert.ok(!hasAnyRole({ roles: [] }, ['analyst']));
  assert.ok(!hasAnyRole(null, ['analyst']));
});
