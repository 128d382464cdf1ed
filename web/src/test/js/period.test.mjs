import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays, addMonths, binsSummary, formatMonth, normaliseBins, dayNumber, dayOf, daysBetween, defaultStep, effectivePeriod, formatDay, formatPeriod,
  fraction, fromPosition, histogramBins, isWholeSpan, nextWindow, openPeriod, playWindow, stepMonths, todayUtc,
  toPosition, validDate, validDay, validSpan, yearTicks,
} from '../../main/resources/META-INF/resources/js/period.js';

const SPAN = { start: '1990-01-01', end: '2026-12-06' };

test('today is the UTC day', () => {
  assert.equal(todayUtc(new Date('2024-02-29T23:30:00-05:00')), '2024-03-01');
});

test('a valid day is a real YYYY-MM-DD day from 1990-01-01 to today', () => {
  assert.equal(validDay('2020-06-15', '2026-12-04'), '2020-06-15');
  assert.equal(validDay('1990-01-01', '2026-12-04'), '1990-01-01');
  assert.equal(validDay('2026-12-04', '2026-12-04'), '2026-12-04');
  for (const bad of ['1989-12-31', '2026-12-05', '2023-02-29', '2020-6-15', '2020-06-15T00:00', '', null, 20200615]) {
    assert.equal(validDay(bad, '2026-12-04'), null, String(bad));
  }
  assert.equal(validDate('1989-12-31'), '1989-12-31');
  assert.equal(validDate('2023-02-29'), null);
});

test('a span needs two real days in order', () => {
  assert.deepEqual(validSpan({ start: '1990-01-01', end: '2026-12-06', layers: {} }), SPAN);
  assert.equal(validSpan({ start: '2026-12-06', end: '1990-01-01' }), null);
  assert.equal(validSpan({ start: '1990-01-01' }), null);
  assert.equal(validSpan(null), null);
});

test('days count across leap years and month ends', () => {
  assert.equal(dayNumber('1970-01-02'), 1);
  assert.equal(dayOf(dayNumber('2024-02-29')), '2024-02-29');
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2024-03-01', -1), '2024-02-29');
  assert.equal(daysBetween('2024-01-01', '2025-01-01'), 366);
  assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
  assert.equal(addMonths('2023-01-31', 1), '2023-02-28');
  assert.equal(addMonths('2024-11-15', 3), '2025-02-15');
  assert.equal(addMonths('2024-03-31', -1), '2024-02-29');
  assert.equal(addMonths('2000-01-01', -12 * 30), '1970-01-01');
});

test('a period is filled from the span, put in order and clamped into it', () => {
  assert.deepEqual(effectivePeriod({ from: null, to: null }, SPAN), { from: '1990-01-01', to: '2026-12-06' });
  assert.deepEqual(effectivePeriod({ from: '2000-05-01', to: null }, SPAN), { from: '2000-05-01', to: '2026-12-06' });
  assert.deepEqual(effectivePeriod({ from: '2010-01-01', to: '2005-01-01' }, SPAN), { from: '2005-01-01', to: '2010-01-01' });
  assert.deepEqual(effectivePeriod({ from: '1980-01-01', to: '2030-01-01' }, SPAN), { from: '1990-01-01', to: '2026-12-06' });
  assert.deepEqual(effectivePeriod({ from: 'junk', to: '2000-02-30' }, SPAN), { from: '1990-01-01', to: '2026-12-06' });
  assert.ok(isWholeSpan({ from: null, to: '2026-12-06' }, SPAN));
  assert.ok(!isWholeSpan({ from: '1990-01-02', to: null }, SPAN));
});

test('ends at the span\'s edges are kept open', () => {
  assert.deepEqual(openPeriod({ from: '1990-01-01', to: '2026-12-06' }, SPAN), { from: null, to: null });
  assert.deepEqual(openPeriod({ from: '2000-01-01', to: '2026-12-06' }, SPAN), { from: '2000-01-01', to: null });
  assert.deepEqual(openPeriod({ from: '1990-01-01', to: '2001-01-01' }, SPAN), { from: null, to: '2001-01-01' });
});

test('slider positions are whole days from the span\'s start, clamped', () => {
  assert.equal(toPosition('1990-01-01', SPAN), 0);
  assert.equal(toPosition('1990-01-11', SPAN), 10);
  assert.equal(toPosition('1980-01-01', SPAN), 0);
  assert.equal(toPosition('2030-01-01', SPAN), daysBetween(SPAN.start, SPAN.end));
  assert.equal(fromPosition(10, SPAN), '1990-01-11');
  assert.equal(fromPosition('10', SPAN), '1990-01-11');
  assert.equal(fromPosition(-5, SPAN), '1990-01-01');
  assert.equal(fromPosition(1e9, SPAN), '2026-12-06');
  assert.equal(fraction('1990-01-01', SPAN), 0);
  assert.equal(fraction('2026-12-06', SPAN), 1);
});

test('the play step suits the span, and can be any of three', () => {
  assert.equal(defaultStep({ start: '2020-01-01', end: '2024-12-31' }), 'month');
  assert.equal(defaultStep({ start: '2010-01-01', end: '2024-12-31' }), 'quarter');
  assert.equal(defaultStep(SPAN), 'year');
  assert.deepEqual(['month', 'quarter', 'year'].map(stepMonths), [1, 3, 12]);
  assert.throws(() => stepMonths('week'), /unknown step/);
});

test('play starts from the period, or one step from the start when it is the whole span or at the end', () => {
  assert.deepEqual(playWindow({ from: null, to: null }, 'year', SPAN), { from: '1990-01-01', to: '1990-12-31' });
  assert.deepEqual(playWindow({ from: null, to: null }, 'quarter', SPAN), { from: '1990-01-01', to: '1990-03-31' });
  assert.deepEqual(playWindow({ from: '2000-01-01', to: '2004-12-31' }, 'year', SPAN), { from: '2000-01-01', to: '2004-12-31' });
  assert.deepEqual(playWindow({ from: '2020-01-01', to: null }, 'year', SPAN),
    { from: '1990-01-01', to: addDays('1990-01-01', daysBetween('2020-01-01', '2026-12-06')) });
  const short = { start: '2020-01-01', end: '2020-02-10' };
  assert.deepEqual(playWindow({}, 'year', short), { from: '2020-01-01', to: '2020-02-10' });
});

test('the next window moves both ends by the step and stops at the span\'s end', () => {
  assert.deepEqual(nextWindow({ from: '1990-01-01', to: '1990-12-31' }, 'year', SPAN), { from: '1991-01-01', to: '1991-12-31' });
  assert.deepEqual(nextWindow({ from: '2024-01-01', to: '2024-01-31' }, 'month', SPAN), { from: '2024-02-01', to: '2024-02-29' });
  assert.deepEqual(nextWindow({ from: '2024-02-01', to: '2024-02-29' }, 'month', SPAN), { from: '2024-03-01', to: '2024-03-31' });
  assert.deepEqual(nextWindow({ from: '2000-01-01', to: '2000-03-31' }, 'quarter', SPAN), { from: '2000-04-01', to: '2000-06-30' });
  // The last step ends on the span's end, as wide as before.
  assert.deepEqual(nextWindow({ from: '2025-06-01', to: '2026-05-31' }, 'year', SPAN), { from: '2025-12-07', to: '2026-12-06' });
  assert.equal(nextWindow({ from: '2025-12-07', to: null }, 'year', SPAN), null);
  assert.equal(nextWindow({ from: null, to: null }, 'month', SPAN), null);
  // Played through, a year at a time, the window reaches the end and stops.
  let window = playWindow({}, 'year', SPAN);
  let steps = 0;
  for (let next = nextWindow(window, 'year', SPAN); next; next = nextWindow(window, 'year', SPAN)) {
    assert.ok(next.from > window.from && next.to > window.to);
    window = next;
    steps += 1;
  }
  assert.equal(steps, 36);
  assert.equal(window.to, SPAN.end);
});

test('days and periods read out in the page\'s language', () => {
  assert.equal(formatDay('2026-12-06', 'en'), 'December 6, 2026');
  assert.equal(formatDay('2026-12-06', 'ko'), '2026년 12월 6일');
  assert.equal(formatPeriod({ from: '2000-01-01', to: null }, SPAN, 'en'), 'January 1, 2000 to December 6, 2026');
  assert.equal(formatPeriod({ from: null, to: '2000-01-01' }, SPAN, 'ko', '{from}부터 {to}까지'),
    '1990년 1월 1일부터 2000년 1월 1일까지');
});

test('year ticks thin out on a narrow axis', () => {
  const wide = yearTicks(SPAN, 1200);
  assert.deepEqual(wide.slice(0, 3).map((tick) => tick.year), [1990, 1992, 1994]);
  assert.equal(wide[0].at, 0);
  const narrow = yearTicks(SPAN, 390);
  assert.deepEqual(narrow.map((tick) => tick.year), [1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025]);
  assert.deepEqual(yearTicks(SPAN, 200).map((tick) => tick.year), [1990, 2000, 2010, 2020]);
  assert.deepEqual(yearTicks({ start: '1990-06-01', end: '1993-01-01' }, 1000).map((tick) => tick.year), [1991, 1992, 1993]);
  assert.deepEqual(yearTicks(SPAN, 0), []);
});

test('the histogram has a bin a month, at most 240', () => {
  assert.equal(histogramBins({ start: '2020-01-15', end: '2020-12-01' }), 12);
  assert.equal(histogramBins({ start: '2010-01-01', end: '2029-12-31' }), 240);
  assert.equal(histogramBins(SPAN), 222); // 444 months, two to a bin
  assert.equal(histogramBins({ start: '2020-01-01', end: '2020-01-01' }), 1);
});

test('histogram bins are checked, sorted and summed', () => {
  const bins = normaliseBins([
    { start: '2001-01-01', end: '2001-12-31', count: 5 },
    { start: '2000-01-01', end: '2000-12-31', count: 2, extra: 'x' },
    { start: '2002-01-01', end: '2002-12-31', count: 5 },
    { start: '2003-01-01', end: '2002-12-31', count: 1 },
    { start: '2004-01-01', end: '2004-12-31', count: -1 },
    { start: '2005-01-01', end: '2005-12-31', count: '3' },
    null,
  ]);
  assert.deepEqual(bins.map((bin) => bin.start), ['2000-01-01', '2001-01-01', '2002-01-01']);
  assert.deepEqual(Object.keys(bins[0]), ['start', 'end', 'count']);
  assert.deepEqual(normaliseBins('junk'), []);
  const summary = binsSummary(bins, { from: '2001-06-01', to: '2002-02-01' });
  assert.equal(summary.total, 12);
  assert.equal(summary.inPeriod, 10);
  assert.equal(summary.peak.start, '2001-01-01');
  assert.equal(binsSummary([{ start: '2000-01-01', end: '2000-01-31', count: 0 }]).peak, null);
  assert.equal(formatMonth('2015-03-01', 'en'), 'March 2015');
  assert.equal(formatMonth('2015-03-01', 'ko'), '2015년 3월');
});
