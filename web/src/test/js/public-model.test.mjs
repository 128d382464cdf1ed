import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  kmText, placeNote, policySummary, printableLayers, printTitle, printUrl, readableEdtfPart, readableTime,
} from '../../main/resources/META-INF/resources/js/public-model.js';
import { publicFeaturesUrl, redactionPolicyUrl } from '../../main/resources/META-INF/resources/js/api.js';
import { stateFromUrl, urlForState } from '../../main/resources/META-INF/resources/js/permalink.js';
import { createState, DEFAULT_LAYERS, PUBLIC_LAYERS } from '../../main/resources/META-INF/resources/js/state.js';

const params = (url) => Object.fromEntries(new URL(url, 'http://map.test').searchParams);

test('the public features URL asks for a box and a period, never anything finer', () => {
  assert.equal(publicFeaturesUrl(), '/api/public/features');
  assert.equal(redactionPolicyUrl(), '/api/redaction-policy');
  const url = publicFeaturesUrl({ bbox: [126.1234567, 39.5, 127, 40.25], from: '2018-01-01', to: '2020-06-15' });
  assert.ok(url.startsWith('/api/public/features?'));
  assert.deepEqual(params(url), { bbox: '126.12346,39.50000,127.00000,40.25000', datetime: '2018-01-01/2020-06-15' });
  assert.equal(params(publicFeaturesUrl({ from: '2018-01-01' })).datetime, '2018-01-01/..');
  assert.equal(params(publicFeaturesUrl({ to: '2020-06-15' })).datetime, '../2020-06-15');
  assert.equal(params(publicFeaturesUrl({ from: '2020-06-15', to: '2020-06-15' })).datetime, '2020-06-15');
  // Layers in the server's order; unknown names are dropped, never sent.
  assert.equal(params(publicFeaturesUrl({ layers: ['structures', 'events', 'nope'] })).layers, 'events,structures');
  // The box is clamped to the world.
  assert.equal(params(publicFeaturesUrl({ bbox: [-200, -95, 200, 95] })).bbox, '-180.00000,-90.00000,180.00000,90.00000');
});

test('a public time reads as precisely as its EDTF and no more', () => {
  assert.equal(readableEdtfPart('1997', 'en'), '1997');
  assert.equal(readableEdtfPart('1997-03', 'en'), 'March 1997');
  assert.equal(readableEdtfPart('1997-03', 'ko'), '1997년 3월');
  assert.equal(readableEdtfPart('1997-13', 'en'), null);
  assert.equal(readableEdtfPart(null, 'en'), null);
  assert.deepEqual(readableTime('1997-03', 'en'), { text: 'March 1997' });
  assert.deepEqual(readableTime('1996/1998', 'en'), { key: 'public.time.span', vars: { from: '1996', to: '1998' } });
  assert.deepEqual(readableTime('1997-12/1998-02', 'en'), { key: 'public.time.span', vars: { from: 'December 1997', to: 'February 1998' } });
  assert.deepEqual(readableTime('../1997', 'en'), { key: 'public.time.until', vars: { to: '1997' } });
  assert.deepEqual(readableTime('1997-05/..', 'en'), { key: 'public.time.from', vars: { from: 'May 1997' } });
  assert.deepEqual(readableTime('/', 'en'), { key: 'public.time.unknown', vars: {} });
  assert.deepEqual(readableTime(null, 'en'), { key: 'public.time.unknown', vars: {} });
  // Text in no known form is shown as it came (as text: popups never parse it as HTML).
  assert.deepEqual(readableTime('<b>1997</b>', 'en'), { text: '<b>1997</b>' });
  assert.deepEqual(readableTime('1997/<b>', 'en'), { text: '1997/<b>' });
});

test('a generalised place says how coarse it is', () => {
  assert.equal(kmText(2000), '2');
  assert.equal(kmText(1500), '1.5');
  assert.equal(kmText(25400), '25');
  assert.deepEqual(placeNote({ generalisedTo: 'grid', gridSizeM: 2000 }), { key: 'public.place.grid', vars: { km: '2' } });
  assert.deepEqual(placeNote({ generalisedTo: 'grid' }), { key: 'public.place.gridUnknown', vars: {} });
  assert.deepEqual(placeNote({ generalisedTo: 'facility', gridSizeM: 2000 }), { key: 'public.place.facility', vars: {} });
  assert.deepEqual(placeNote({ generalisedTo: 'zone' }), { key: 'public.place.zone', vars: {} });
  assert.equal(placeNote(undefined), null);
  assert.equal(placeNote({ generalisedTo: 'exact' }), null);
});

test('the policy summary names every rule in plain language', () => {
  const rules = {
    minimumEventLevel: 'corroborated', placeGeneralisation: 'grid', gridSizeM: 2000, minimumDistanceM: 500,
    datePrecision: 'month', requireConsent: true, freeText: 'marked-only',
  };
  assert.deepEqual(policySummary(rules).map((r) => r.key), [
    'policy.rule.level', 'policy.rule.placeGrid', 'policy.rule.distance', 'policy.rule.dateMonth',
    'policy.rule.consent', 'policy.rule.textMarked', 'policy.rule.never', 'policy.rule.sharing',
  ]);
  assert.deepEqual(policySummary(rules)[0].vars, { levelCode: 'corroborated' });
  assert.deepEqual(policySummary(rules)[1].vars, { km: '2' });
  assert.deepEqual(policySummary(rules)[2].vars, { m: '500' });
  const strict = policySummary({ ...rules, placeGeneralisation: 'facility', datePrecision: 'year', requireConsent: false, freeText: 'never' });
  assert.deepEqual(strict.map((r) => r.key).slice(1, 6), [
    'policy.rule.placeFacility', 'policy.rule.distance', 'policy.rule.dateYear', 'policy.rule.noConsent', 'policy.rule.textNever',
  ]);
  assert.deepEqual(policySummary({ datePrecision: 'week' })[0], { key: 'policy.rule.other', vars: { name: 'datePrecision', value: 'week' } });
  // Without rules, the fixed rules are still said.
  assert.deepEqual(policySummary(null).map((r) => r.key), ['policy.rule.never', 'policy.rule.sharing']);
});

test('the public layers are on by default and in permalinks', () => {
  for (const layer of PUBLIC_LAYERS) assert.ok(DEFAULT_LAYERS.includes(layer), layer);
  const patch = stateFromUrl('http://map.test/?layers=public-events,facilities');
  assert.deepEqual([...patch.layers], ['publicEvents', 'facilities']);
  const state = createState(patch).get();
  assert.equal(params(urlForState('http://map.test/', state)).layers, 'public-events,facilities');
});

test('the print page keeps the permalink and draws only what the public may see', () => {
  const url = printUrl('http://map.test/?lang=ko&at=39.6,126.9,9&from=2018-01-01&layers=events,public-events&type=kwanliso&facility=x&sort=type', 'Camp 15 <script>');
  const p = params(url);
  assert.ok(url.startsWith('http://map.test/print.html?'));
  assert.deepEqual(p, {
    lang: 'ko', at: '39.6,126.9,9', from: '2018-01-01', layers: 'events,public-events', type: 'kwanliso', title: 'Camp 15 <script>',
  });
  assert.equal(params(printUrl('http://map.test/', 'x'.repeat(300))).title.length, 200);
  assert.equal(printTitle(url), 'Camp 15 <script>');
  assert.equal(printTitle('http://map.test/print.html?title=%20%20'), null);
  assert.deepEqual(printableLayers(['footprints', 'events', 'publicEvents', 'structures', 'facilities']), {
    drawn: ['footprints', 'publicEvents', 'facilities'],
    left: ['events', 'structures'],
  });
  assert.deepEqual(printableLayers(undefined), { drawn: [], left: [] });
});
