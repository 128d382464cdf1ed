import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEdtf, parseEdtf, qualifier, daysInMonth } from '../../main/resources/META-INF/resources/js/work/edtf.js';

const codes = (result) => result.problems.map((p) => `${p.field}:${p.code}`);

test('each precision writes the EDTF the server reads, with the span it allows', () => {
  assert.deepEqual(buildEdtf({ precision: 'day', year: '1997', month: '12', day: '3' }), { edtf: '1997-12-03', earliest: '1997-12-03', latest: '1997-12-03', problems: [] });
  assert.equal(buildEdtf({ precision: 'month', year: 1997, month: 12 }).edtf, '1997-12');
  assert.equal(buildEdtf({ precision: 'month', year: 1997, month: 2 }).latest, '1997-02-28');
  assert.equal(buildEdtf({ precision: 'year', year: '1997' }).edtf, '1997');
  assert.deepEqual(buildEdtf({ precision: 'decade', year: '1997' }), { edtf: '199X', earliest: '1990-01-01', latest: '1999-12-31', problems: [] });
  assert.equal(buildEdtf({ precision: 'year', year: '87' }).edtf, '0087');
});

test('seasons are 21-24 and winter runs into the next year (a leap February included)', () => {
  const winter = buildEdtf({ precision: 'season', year: '1997', season: '24' });
  assert.deepEqual(winter, { edtf: '1997-24', earliest: '1997-12-01', latest: '1998-02-28', problems: [] });
  assert.equal(buildEdtf({ precision: 'season', year: 1999, season: 24 }).latest, '2000-02-29');
  assert.equal(buildEdtf({ precision: 'season', year: 1997, season: 21 }).earliest, '1997-03-01');
  assert.deepEqual(codes(buildEdtf({ precision: 'season', year: 1997, season: 25 })), ['season:season']);
  assert.deepEqual(codes(buildEdtf({ precision: 'season', year: 9999, season: 24 })), ['year:winter9999']);
});

test('qualifiers go at the end of a date, one of ?, ~ or %', () => {
  assert.equal(qualifier(true, true), '%');
  assert.equal(buildEdtf({ precision: 'year', year: 1997, uncertain: true }).edtf, '1997?');
  assert.equal(buildEdtf({ precision: 'month', year: 1997, month: 3, approximate: true }).edtf, '1997-03~');
  assert.equal(buildEdtf({ precision: 'season', year: 1997, season: 24, uncertain: true, approximate: true }).edtf, '1997-24%');
  // Qualifiers do not widen the span.
  assert.equal(buildEdtf({ precision: 'year', year: 1997, approximate: true }).latest, '1997-12-31');
});

test('an interval joins two days, months or years and may not end before it starts', () => {
  const winter = buildEdtf({ precision: 'month', year: 1997, month: 12, interval: true, end: { precision: 'month', year: 1998, month: 3 } });
  assert.deepEqual(winter, { edtf: '1997-12/1998-03', earliest: '1997-12-01', latest: '1998-03-31', problems: [] });
  assert.equal(buildEdtf({ precision: 'year', year: 1984, uncertain: true, interval: true, end: { precision: 'month', year: 2004, month: 6, approximate: true } }).edtf, '1984?/2004-06~');
  assert.deepEqual(codes(buildEdtf({ precision: 'year', year: 1998, interval: true, end: { precision: 'year', year: 1996 } })), ['endYear:endBeforeStart']);
  assert.deepEqual(codes(buildEdtf({ precision: 'season', year: 1997, season: 24, interval: true, end: { precision: 'year', year: 1998 } })), ['precision:precision']);
  assert.deepEqual(codes(buildEdtf({ precision: 'year', year: 1997, interval: true, end: { precision: 'decade', year: 1998 } })), ['endPrecision:endPrecision']);
});

test('impossible dates are refused at the control that is wrong', () => {
  assert.deepEqual(codes(buildEdtf({ precision: 'day', year: 1997, month: 2, day: 29 })), ['day:day']);
  assert.deepEqual(buildEdtf({ precision: 'day', year: 1997, month: 2, day: 29 }).problems[0].params, { max: 28 });
  assert.equal(buildEdtf({ precision: 'day', year: 2000, month: 2, day: 29 }).edtf, '2000-02-29');
  assert.equal(buildEdtf({ precision: 'day', year: 1900, month: 2, day: 29 }).edtf, null);
  assert.deepEqual(codes(buildEdtf({ precision: 'month', year: 1997, month: 13 })), ['month:month']);
  assert.deepEqual(codes(buildEdtf({ precision: 'year', year: '' })), ['year:required']);
  assert.deepEqual(codes(buildEdtf({ precision: 'year', year: '19a7' })), ['year:year']);
  assert.deepEqual(codes(buildEdtf({ precision: 'year', year: '10000' })), ['year:year']);
  assert.deepEqual(codes(buildEdtf({ precision: 'day', year: 1997, month: '', day: '' })), ['month:required', 'day:required']);
  assert.deepEqual(codes(buildEdtf({ precision: 'fortnight', year: 1997 })), ['precision:precision']);
  assert.equal(daysInMonth(1996, 2), 29);
});

test('EDTF the picker can say reads back into it, and round-trips', () => {
  for (const text of ['1997-12-03', '1997-12', '1997-24', '1997', '199X', '1997?', '1997-24%', '199X~', '1997-12/1998-03', '1984?/2004-06~']) {
    const state = parseEdtf(text);
    assert.ok(state, text);
    assert.equal(buildEdtf(state).edtf, text);
  }
  assert.deepEqual(parseEdtf('1997-24'), { precision: 'season', year: 1997, season: 24, uncertain: false, approximate: false, interval: false });
});

test('what the picker cannot say is left to the text field', () => {
  for (const text of ['19XX', '1997-XX', '../1998', '1996/', '/', '1997-13', '1997-24/1998', '199X/2000', 'winter 1997', '', null]) {
    assert.equal(parseEdtf(text), null, String(text));
  }
});
