// Periods of days for the time bar (timebar.js) and whoever else needs them. Days are YYYY-MM-DD
// calendar days in UTC; a period is { from, to } (both inclusive; null = open at that end); a span
// is the data's { start, end } (GET /api/map/time-span), which the slider covers.
// Pure: no DOM, no network.

export const FIRST_DAY = '1990-01-01'; // the earliest day a link may ask for (validDay)
export const DAY_MS = 86_400_000;

// Play steps: how far one step moves the window, in calendar months.
export const STEPS = Object.freeze(['month', 'quarter', 'year']);
const STEP_MONTHS = Object.freeze({ month: 1, quarter: 3, year: 12 });
const MAX_BINS = 240; // the histogram's most bins over the span

// ---- days ----

// The day as a whole number of days since 1970-01-01 (UTC), and back.
export const dayNumber = (day) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
export const dayOf = (number) => new Date(number * DAY_MS).toISOString().slice(0, 10);

export const addDays = (day, days) => dayOf(dayNumber(day) + days);
export const daysBetween = (a, b) => dayNumber(b) - dayNumber(a);
export const minDay = (a, b) => (a <= b ? a : b);
export const maxDay = (a, b) => (a >= b ? a : b);

// The day n calendar months later (earlier when n < 0); the day of the month is kept where the month
// has it, else the month's last day (2024-01-31 + 1 month = 2024-02-29).
export function addMonths(day, months) {
  const [y, m, d] = day.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12; // 0-based
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(year, month, Math.min(d, last)));
  date.setUTCFullYear(year); // Date.UTC maps years 0-99 to 1900-1999
  return date.toISOString().slice(0, 10);
}

export function todayUtc(now = new Date()) {
  return now.toISOString().slice(0, 10);
}

// A real YYYY-MM-DD calendar day, or null.
export function validDate(value) {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const ms = Date.parse(`${value}T00:00:00Z`);
  if (!Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== value) return null;
  return value;
}

// A real YYYY-MM-DD day within [1990-01-01, today], or null (what timeline.js exported).
export function validDay(value, today = todayUtc()) {
  const day = validDate(value);
  return day && day >= FIRST_DAY && day <= today ? day : null;
}

// A span with real days in order, or null.
export function validSpan(span) {
  const start = validDate(span?.start);
  const end = validDate(span?.end);
  return start && end && start <= end ? { start, end } : null;
}

// ---- periods in a span ----

// The period with its open ends filled from the span, swapped if reversed, clamped into the span.
export function effectivePeriod({ from = null, to = null } = {}, span) {
  let a = validDate(from) ?? span.start;
  let b = validDate(to) ?? span.end;
  if (a > b) [a, b] = [b, a];
  const clamp = (day) => minDay(maxDay(day, span.start), span.end);
  return { from: clamp(a), to: clamp(b) };
}

// The period as the state keeps it: an end at the span's edge is open (null), so a link stays
// short and the period follows the data when it grows.
export function openPeriod({ from, to }, span) {
  return { from: from <= span.start ? null : from, to: to >= span.end ? null : to };
}

// True when the period covers the whole span.
export function isWholeSpan(period, span) {
  const { from, to } = effectivePeriod(period, span);
  return from === span.start && to === span.end;
}

// A day's slider position: whole days from the span's start (0 .. spanDays), clamped.
export const spanDays = (span) => daysBetween(span.start, span.end);
export function toPosition(day, span) {
  return Math.max(0, Math.min(spanDays(span), daysBetween(span.start, day)));
}
export function fromPosition(position, span) {
  const n = Math.max(0, Math.min(spanDays(span), Math.round(Number(position) || 0)));
  return addDays(span.start, n);
}

// The position as a fraction of the span (0 .. 1), for drawing.
export function fraction(day, span) {
  const days = spanDays(span);
  return days > 0 ? daysBetween(span.start, day) / days : 0;
}

// ---- play ----

// The step that suits the span: a month up to 5 years, a quarter up to 15, else a year.
export function defaultStep(span) {
  const years = spanDays(span) / 365.25;
  if (years <= 5) return 'month';
  if (years <= 15) return 'quarter';
  return 'year';
}

export function stepMonths(step) {
  const months = STEP_MONTHS[step];
  if (!months) throw new Error(`unknown step: ${step}`);
  return months;
}

// The window play starts from: the period itself; rewound to the span's start (same width) when it
// already ends at the span's end; one step wide from the start when it is the whole span.
export function playWindow(period, step, span) {
  const { from, to } = effectivePeriod(period, span);
  if (from === span.start && to === span.end) {
    return { from: span.start, to: minDay(addDays(addMonths(span.start, stepMonths(step)), -1), span.end) };
  }
  if (to >= span.end) return { from: span.start, to: addDays(span.start, daysBetween(from, to)) };
  return { from, to };
}

// The window one step later, or null when it already ends at the span's end. Both ends move by the
// step in calendar months (a one-year window stays a year, whatever the leap days; a window ending
// on a month's last day keeps ending on one); the last step stops at the span's end, keeping the
// width in days.
export function nextWindow(period, step, span) {
  const { from, to } = effectivePeriod(period, span);
  if (to >= span.end) return null;
  const months = stepMonths(step);
  const nextTo = addDays(addMonths(addDays(to, 1), months), -1);
  if (nextTo >= span.end) {
    return { from: maxDay(span.start, addDays(span.end, -daysBetween(from, to))), to: span.end };
  }
  return { from: addMonths(from, months), to: nextTo };
}

// ---- words and drawing helpers ----

// A day in words for a language ('en' | 'ko'): style 'long' (screen readers, 6 December 2026),
// 'medium' (the visible period) or 'short'.
export function formatDay(day, language = 'en', style = 'long') {
  return formatter(language, style, { dateStyle: style, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

// Intl formatters are slow to make: one per language and style, kept.
const formatters = new Map();
function formatter(language, name, options) {
  const key = `${language}|${name}`;
  if (!formatters.has(key)) formatters.set(key, new Intl.DateTimeFormat(language, options));
  return formatters.get(key);
}

// A period in words: the template's {from} and {to} filled with the days (open ends from the span).
export function formatPeriod(period, span, language = 'en', template = '{from} to {to}', style = 'long') {
  const { from, to } = span ? effectivePeriod(period, span) : period;
  return template
    .replace('{from}', formatDay(from, language, style))
    .replace('{to}', formatDay(to, language, style));
}

// Year labels for an axis widthPx wide: every 1, 2, 5, 10, 20 or 50 years, the first interval whose
// labels are at least minGapPx apart. [{ year, at }] with at the fraction along the span.
export function yearTicks(span, widthPx, minGapPx = 44) {
  const days = spanDays(span);
  if (days <= 0 || widthPx <= 0) return [];
  const pxPerYear = (widthPx * 365.25) / days;
  const every = [1, 2, 5, 10, 20, 50, 100].find((n) => n * pxPerYear >= minGapPx) ?? 100;
  const first = Number(span.start.slice(0, 4)) + (span.start.endsWith('-01-01') ? 0 : 1);
  const last = Number(span.end.slice(0, 4));
  const ticks = [];
  for (let year = Math.ceil(first / every) * every; year <= last; year += every) {
    ticks.push({ year, at: fraction(`${String(year).padStart(4, '0')}-01-01`, span) });
  }
  return ticks;
}

// The histogram's bins over the span: one a month, or fewer (whole months each) when that would be
// more than 240.
export function histogramBins(span) {
  const [y1, m1] = span.start.split('-').map(Number);
  const [y2, m2] = span.end.split('-').map(Number);
  const months = (y2 - y1) * 12 + (m2 - m1) + 1;
  return Math.max(1, months <= MAX_BINS ? months : Math.ceil(months / Math.ceil(months / MAX_BINS)));
}

// A month in words (March 2015, 2015년 3월): where a histogram peaks.
export function formatMonth(day, language = 'en') {
  return formatter(language, 'month', { year: 'numeric', month: 'long', timeZone: 'UTC' })
    .format(new Date(`${day}T00:00:00Z`));
}

// A histogram answer's bins ({ start, end, count }) that make sense, in order: real days, start not
// after end, a count that is a whole number of at least 0. Anything else is dropped.
export function normaliseBins(bins) {
  if (!Array.isArray(bins)) return [];
  return bins
    .filter((bin) => validDate(bin?.start) && validDate(bin?.end) && bin.start <= bin.end
      && Number.isInteger(bin.count) && bin.count >= 0)
    .map(({ start, end, count }) => ({ start, end, count }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

// The total of a layer's bins, the count in a period (bins that overlap it, whole) and the bin with
// the most (the first of equals; null when all are 0).
export function binsSummary(bins, period = null) {
  let total = 0;
  let inPeriod = 0;
  let peak = null;
  for (const bin of bins) {
    total += bin.count;
    if (period && bin.end >= period.from && bin.start <= period.to) inPeriod += bin.count;
    if (bin.count > 0 && (!peak || bin.count > peak.count)) peak = bin;
  }
  return { total, inPeriod, peak };
}
