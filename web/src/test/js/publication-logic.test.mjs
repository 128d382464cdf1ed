import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  boundsOf, canSubmit, decisionBody, decisionUrl, policyBody, POLICY_RULES, previewUrl, publicPropertyRows, recordStatusUrl, reviewsUrl, stateOf, submitBody,
} from '../../main/resources/META-INF/resources/js/work/publication-logic.js';

test('a submission names the kind, the record as text, the marked free text once, and a trimmed note', () => {
  assert.deepEqual(submitBody('claim', 42, { publishableText: ['description', 'description', ''], note: '  please  ' }), {
    kind: 'claim', recordId: '42', publishableText: ['description'], note: 'please',
  });
  assert.deepEqual(submitBody('facility', 'kwanliso-15-yodok'), { kind: 'facility', recordId: 'kwanliso-15-yodok', publishableText: [], note: null });
  assert.throws(() => submitBody('witness', 1), /unknown kind/);
});

test('publish and reject send a note, withdraw a reason; blank is null so the server names the field', () => {
  assert.deepEqual(decisionBody('publish', ''), { note: null });
  assert.deepEqual(decisionBody('reject', ' location unsure '), { note: 'location unsure' });
  assert.deepEqual(decisionBody('withdraw', '   '), { reason: null });
  assert.deepEqual(decisionBody('withdraw', 'witness at risk'), { reason: 'witness at risk' });
  assert.throws(() => decisionBody('delete', 'x'), /unknown decision/);
});

test('the URLs escape the record and page by after', () => {
  assert.equal(recordStatusUrl('facility', 'a/b c'), '/api/publication/records/facility/a%2Fb%20c');
  assert.equal(recordStatusUrl('event', 'E-1'), '/api/publication/records/event/E-1');
  assert.equal(previewUrl(7), '/api/publication/reviews/7/preview');
  assert.equal(decisionUrl(7, 'withdraw'), '/api/publication/reviews/7/withdraw');
  assert.throws(() => decisionUrl(7, 'erase'), /unknown decision/);
  assert.equal(reviewsUrl('ready'), '/api/publication/reviews?state=ready&limit=50');
  assert.equal(reviewsUrl('published', { after: 12, limit: 25 }), '/api/publication/reviews?state=published&after=12&limit=25');
  assert.equal(reviewsUrl('ready', { after: 0, kind: 'event' }), '/api/publication/reviews?state=ready&kind=event&after=0&limit=50');
});

test('a record\'s state in words: draft, ready, published, withdrawn, and published-then-changed', () => {
  assert.equal(stateOf({ state: 'draft', publishedVersion: null, changedSincePublished: false }).key, 'work.publication.state.draft');
  assert.equal(stateOf({ state: 'ready', publishedVersion: null }).code, 'ready');
  assert.equal(stateOf({ state: 'published', publishedVersion: '3', currentVersion: '3' }).code, 'published');
  assert.equal(stateOf({ state: 'withdrawn' }).code, 'withdrawn');
  const changed = stateOf({ state: 'draft', currentVersion: '4', publishedVersion: '3', changedSincePublished: true });
  assert.deepEqual(changed, { code: 'changed', key: 'work.publication.state.changed', vars: { version: '3', current: '4' } });
  assert.equal(stateOf({ state: 'ready', currentVersion: '4', publishedVersion: '3', changedSincePublished: true }).code, 'ready-changed');
  assert.equal(stateOf(null).code, 'unknown');
});

test('only a draft, a changed or a withdrawn record can be submitted', () => {
  assert.equal(canSubmit({ state: 'draft' }), true);
  assert.equal(canSubmit({ state: 'draft', publishedVersion: '1', changedSincePublished: true }), true);
  assert.equal(canSubmit({ state: 'withdrawn' }), true);
  assert.equal(canSubmit({ state: 'ready' }), false);
  assert.equal(canSubmit({ state: 'published', publishedVersion: '1' }), false);
  assert.equal(canSubmit(null), false);
});

test('public properties as rows: nested objects by path, arrays joined, nulls as a dash, text never parsed', () => {
  assert.deepEqual(publicPropertyRows({ layer: 'events', time: { edtf: '1997', earliest: '1997-01-01' }, types: ['execution', 'torture'], description: null, note: '<b>x</b>' }), [
    ['layer', 'events'], ['time.edtf', '1997'], ['time.earliest', '1997-01-01'], ['types', 'execution, torture'], ['description', '—'], ['note', '<b>x</b>'],
  ]);
  assert.deepEqual(publicPropertyRows(undefined), []);
});

test('the policy body: whole metres as numbers, typed nonsense sent as typed, booleans, a trimmed reason', () => {
  const body = policyBody({
    minimumEventLevel: 'corroborated', placeGeneralisation: 'grid', gridSizeM: '2000', minimumDistanceM: ' 500 ',
    datePrecision: 'year', requireConsent: false, freeText: 'never',
  }, ' coarser dates ');
  assert.deepEqual(body, {
    rules: { minimumEventLevel: 'corroborated', placeGeneralisation: 'grid', gridSizeM: 2000, minimumDistanceM: 500, datePrecision: 'year', requireConsent: false, freeText: 'never' },
    reason: 'coarser dates',
  });
  assert.deepEqual(policyBody({ gridSizeM: '2.5km', requireConsent: 'true' }, '').rules, { gridSizeM: '2.5km', requireConsent: true });
  assert.equal(policyBody({}, '  ').reason, null);
  assert.deepEqual(POLICY_RULES.map((r) => r.name), ['minimumEventLevel', 'placeGeneralisation', 'gridSizeM', 'minimumDistanceM', 'datePrecision', 'requireConsent', 'freeText']);
});

test('the bounds of a preview cover points and polygons, and are null when empty', () => {
  const collection = { features: [
    { geometry: { type: 'Point', coordinates: [127.1, 39.5] } },
    { geometry: { type: 'Polygon', coordinates: [[[126.9, 39.4], [127.0, 39.4], [127.0, 39.6], [126.9, 39.4]]] } },
  ] };
  assert.deepEqual(boundsOf(collection), [[39.4, 126.9], [39.6, 127.1]]);
  assert.equal(boundsOf({ features: [] }), null);
  assert.equal(boundsOf({ features: [{ geometry: null }] }), null);
});
