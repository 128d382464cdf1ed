import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bboxOf, claimBody, decimal, eventOfClaim, linkedFacilities, percent, placeBody, placeEditOf, placeInputOf, wholeNumber } from '../../main/resources/META-INF/resources/js/work/claim-body.js';

test('numbers typed are read strictly', () => {
  assert.equal(wholeNumber(' 12 '), 12);
  assert.equal(wholeNumber(''), null);
  assert.ok(Number.isNaN(wholeNumber('1.5')));
  assert.equal(decimal('126,85'), 126.85);
  assert.ok(Number.isNaN(decimal('126.85E')));
});

test('a point with a radius, an area and a facility become the server places', () => {
  assert.deepEqual(placeBody({ kind: 'point', lon: '126.851', lat: '39.674', radiusM: '500', description: ' by the river ' }).place, { point: [126.851, 39.674], radiusM: 500, description: 'by the river' });
  const square = { type: 'Polygon', coordinates: [[[126, 39], [127, 39], [127, 40], [126, 39]]] };
  assert.deepEqual(placeBody({ kind: 'area', geometry: square }).place, { area: square });
  assert.deepEqual(placeBody({ kind: 'facility', facility: 'kwanliso-15-yodok', zone: '' }).place, { facility: 'kwanliso-15-yodok' });
  assert.deepEqual(placeBody({ kind: 'facility', facility: 'kwanliso-15-yodok', zone: 'mine' }).place, { facility: 'kwanliso-15-yodok', zone: 'mine' });
});

test('a place the form cannot send names its control', () => {
  assert.deepEqual(placeBody({ kind: 'point', lon: '', lat: 'x', radiusM: '5' }).problems, [{ field: 'pointLon', code: 'required' }, { field: 'pointLat', code: 'number' }]);
  assert.deepEqual(placeBody({ kind: 'area' }).problems, [{ field: 'area', code: 'drawArea' }]);
  assert.deepEqual(placeBody({ kind: 'facility', facility: ' ' }).problems, [{ field: 'facility', code: 'required' }]);
  assert.deepEqual(placeBody({}).problems, [{ field: 'placeKind', code: 'required' }]);
  // Swapped coordinates go to the server, which says so at the field.
  assert.deepEqual(placeBody({ kind: 'point', lon: '39.67', lat: '126.85', radiusM: '100' }).place.point, [39.67, 126.85]);
});

test('the claim body holds the form values, blanks as null, victims as numbers', () => {
  const { body, problems } = claimBody(7, { type: 'torture', description: '<b>text</b>', victimsMin: '2', victimsMax: '', informationGrade: '2', witnessRelation: 'eyewitness', time: '1997-24', sharing: '' }, { kind: 'facility', facility: 'f' });
  assert.deepEqual(problems, []);
  assert.equal(body.testimony, 7);
  assert.equal(body.description, '<b>text</b>');
  assert.equal(body.victimsMin, 2);
  assert.equal(body.victimsMax, null);
  assert.equal(body.sharing, null);
  assert.equal(body.time, '1997-24');
  assert.deepEqual(body.places, [{ facility: 'f' }]);
  assert.deepEqual(claimBody(1, { victimsMin: 'two' }, { kind: 'facility', facility: 'f' }).problems, [{ field: 'victimsMin', code: 'whole' }]);
});

test('a saved place reads back into the form', () => {
  assert.deepEqual(placeInputOf({ kind: 'point', point: [126.5, 39.5], radiusM: 300, description: null }), { kind: 'point', lon: '126.5', lat: '39.5', radiusM: '300', description: '' });
  assert.equal(placeInputOf({ facility: 'f', zone: 'z' }).zone, 'z');
  assert.equal(placeInputOf(null), null);
});

test('links are shown once per facility, largest overlap first', () => {
  const links = [
    { facility: 'b', boundaryId: 1, zone: null, overlapFraction: 0.2 },
    { facility: 'a', boundaryId: null, zone: 'mine', overlapFraction: 0.9 },
    { facility: 'a', boundaryId: 3, zone: null, overlapFraction: 1 },
  ];
  assert.deepEqual(linkedFacilities(links), [{ facility: 'a', overlapFraction: 1, zones: ['mine'] }, { facility: 'b', overlapFraction: 0.2, zones: [] }]);
  assert.equal(percent(0.004), '<1');
  assert.equal(percent(0.456), '46');
  assert.equal(percent(0), '0');
});

test('the event holding a claim is found by its member key', () => {
  const features = [
    { id: 'e1', properties: { corroboration: { members: [{ key: 'claim:12' }] } } },
    { id: 'e2', properties: { corroboration: { members: [{ key: 'claim:1' }, { key: 'change:x/ev-1' }] } } },
  ];
  assert.equal(eventOfClaim(features, 1).id, 'e2');
  assert.equal(eventOfClaim(features, 2), null);
  assert.equal(bboxOf({ type: 'Polygon', coordinates: [[[126, 39], [127, 39.5], [126.5, 40], [126, 39]]] }), '126,39,127,40');
  assert.equal(bboxOf(null), null);
});

test('places beyond the first are sent back as they were saved', () => {
  assert.deepEqual(placeEditOf({ kind: 'point', point: [126.5, 39.5], radiusM: 300, description: 'gate' }), { point: [126.5, 39.5], radiusM: 300, description: 'gate' });
  assert.deepEqual(placeEditOf({ kind: 'facility', facility: 'f', zone: null, description: null }), { facility: 'f' });
  const area = { type: 'Polygon', coordinates: [[[126, 39], [127, 39], [127, 40], [126, 39]]] };
  assert.deepEqual(placeEditOf({ kind: 'area', area }), { area });
  assert.equal(placeEditOf({ kind: 'unknown' }), null);
});
