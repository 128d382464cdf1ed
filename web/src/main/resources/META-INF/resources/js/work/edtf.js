// EDTF (ISO 8601-2, Levels 0 and 1) for the claim form's date picker: what the picker's controls
// say, written as the EDTF text the server reads (geodata.time.Edtf), and an EDTF text read back
// into the picker. Pure: no DOM, no i18n; problems are codes the form translates.
//
// A picker state: { precision: 'day' | 'month' | 'season' | 'year' | 'decade', year, month, day,
// season (21 spring .. 24 winter), uncertain, approximate, interval, end: { precision: 'day' |
// 'month' | 'year', year, month, day, uncertain, approximate } }. Numbers may be given as text.
//
// The server's rules kept here: a qualifier goes at the end of a date ('?' uncertain, '~'
// approximate, '%' both: never two); seasons are 21-24, winter running into the next year; an
// interval's ends are days, months or years (never a season or a decade) and it may not end
// before it starts; years are 0000-9999 and the winter of 9999 is refused.

export const PRECISIONS = Object.freeze(['day', 'month', 'season', 'year', 'decade']);
export const END_PRECISIONS = Object.freeze(['day', 'month', 'year']);
export const SEASONS = Object.freeze([21, 22, 23, 24]);

const pad = (n, width) => String(n).padStart(width, '0');

function integer(value) {
  if (typeof value === 'number') return Number.isInteger(value) ? value : NaN;
  if (typeof value !== 'string' || !/^\s*\d+\s*$/.test(value)) return NaN;
  return Number(value.trim());
}

function isBlank(value) {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

const isLeap = (year) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Days in a month of the proleptic Gregorian calendar (as java.time counts them).
export const daysInMonth = (year, month) => (month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]);

// The qualifier a date ends with: '%' for both, '?' uncertain, '~' approximate, '' neither.
export function qualifier(uncertain, approximate) {
  if (uncertain && approximate) return '%';
  if (uncertain) return '?';
  if (approximate) return '~';
  return '';
}

// One date of the picker: { text, first, last } (ISO days) or { problems }. prefix names the
// controls ('' for the start, 'end' for an interval's end: endYear, endMonth, endDay).
function oneDate(part, prefix, allowed) {
  const name = (field) => (prefix ? `${prefix}${field[0].toUpperCase()}${field.slice(1)}` : field);
  const problems = [];
  const precision = part?.precision;
  if (!allowed.includes(precision)) {
    problems.push({ field: name('precision'), code: prefix ? 'endPrecision' : 'precision' });
    return { problems };
  }
  const year = integer(part.year);
  if (isBlank(part.year)) problems.push({ field: name('year'), code: 'required' });
  else if (!(year >= 0 && year <= 9999)) problems.push({ field: name('year'), code: 'year' });
  let month = null;
  let day = null;
  if (precision === 'month' || precision === 'day') {
    month = integer(part.month);
    if (isBlank(part.month)) problems.push({ field: name('month'), code: 'required' });
    else if (!(month >= 1 && month <= 12)) problems.push({ field: name('month'), code: 'month' });
  }
  if (precision === 'day') {
    day = integer(part.day);
    const max = problems.length === 0 ? daysInMonth(year, month) : 31;
    if (isBlank(part.day)) problems.push({ field: name('day'), code: 'required' });
    else if (!(day >= 1 && day <= max)) problems.push({ field: name('day'), code: 'day', params: { max } });
  }
  let season = null;
  if (precision === 'season') {
    season = integer(part.season);
    if (!SEASONS.includes(season)) problems.push({ field: name('season'), code: 'season' });
    else if (season === 24 && year === 9999) problems.push({ field: name('year'), code: 'winter9999' });
  }
  if (problems.length) return { problems };
  const y = pad(year, 4);
  switch (precision) {
    case 'day':
      return { text: `${y}-${pad(month, 2)}-${pad(day, 2)}`, first: isoDay(year, month, day), last: isoDay(year, month, day) };
    case 'month':
      return { text: `${y}-${pad(month, 2)}`, first: isoDay(year, month, 1), last: isoDay(year, month, daysInMonth(year, month)) };
    case 'season':
      return { text: `${y}-${season}`, ...seasonSpan(year, season) };
    case 'year':
      return { text: y, first: isoDay(year, 1, 1), last: isoDay(year, 12, 31) };
    default: {
      const decade = Math.floor(year / 10) * 10;
      return { text: `${pad(decade, 4).slice(0, 3)}X`, first: isoDay(decade, 1, 1), last: isoDay(decade + 9, 12, 31) };
    }
  }
}

const isoDay = (year, month, day) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

// Meteorological seasons of the northern hemisphere, as the server reads them.
function seasonSpan(year, season) {
  if (season === 21) return { first: isoDay(year, 3, 1), last: isoDay(year, 5, 31) };
  if (season === 22) return { first: isoDay(year, 6, 1), last: isoDay(year, 8, 31) };
  if (season === 23) return { first: isoDay(year, 9, 1), last: isoDay(year, 11, 30) };
  return { first: isoDay(year, 12, 1), last: isoDay(year + 1, 2, daysInMonth(year + 1, 2)) };
}

// The picker's state as EDTF: { edtf, earliest, latest, problems: [] } or { edtf: null, problems:
// [{ field, code, params? }] } (field: the picker control to mark).
export function buildEdtf(state) {
  const interval = Boolean(state?.interval);
  const start = oneDate(state, '', interval ? END_PRECISIONS : PRECISIONS);
  if (!interval) {
    if (start.problems) return { edtf: null, problems: start.problems };
    return { edtf: start.text + qualifier(state.uncertain, state.approximate), earliest: start.first, latest: start.last, problems: [] };
  }
  const end = oneDate(state.end, 'end', END_PRECISIONS);
  const problems = [...(start.problems ?? []), ...(end.problems ?? [])];
  if (problems.length) return { edtf: null, problems };
  if (start.first > end.last) return { edtf: null, problems: [{ field: 'endYear', code: 'endBeforeStart' }] };
  const edtf = `${start.text}${qualifier(state.uncertain, state.approximate)}/${end.text}${qualifier(state.end.uncertain, state.end.approximate)}`;
  return { edtf, earliest: start.first, latest: end.last, problems: [] };
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;
const DECADE = /^(\d{3})X([?~%])?$/;

function readDate(text) {
  const decade = DECADE.exec(text);
  if (decade) return { precision: 'decade', year: Number(decade[1]) * 10, ...flags(decade[2]) };
  const m = DATE.exec(text);
  if (!m) return null;
  const [, year, second, day, mark] = m;
  const base = { year: Number(year), ...flags(mark) };
  if (second === undefined) return { precision: 'year', ...base };
  const number = Number(second);
  if (day !== undefined) return { precision: 'day', ...base, month: number, day: Number(day) };
  if (SEASONS.includes(number)) return { precision: 'season', ...base, season: number };
  if (number >= 1 && number <= 12) return { precision: 'month', ...base, month: number };
  return null;
}

function flags(mark) {
  return { uncertain: mark === '?' || mark === '%', approximate: mark === '~' || mark === '%' };
}

// An EDTF text as a picker state, or null when the picker cannot say it (open or unknown ends,
// unspecified digits other than a decade, centuries): the form then keeps the text as typed.
export function parseEdtf(text) {
  if (typeof text !== 'string') return null;
  const trimmed = text.trim();
  const parts = trimmed.split('/');
  if (parts.length === 1) {
    const single = readDate(trimmed);
    return single ? { ...single, interval: false } : null;
  }
  if (parts.length !== 2) return null;
  const start = readDate(parts[0]);
  const end = readDate(parts[1]);
  if (!start || !end || !END_PRECISIONS.includes(start.precision) || !END_PRECISIONS.includes(end.precision)) return null;
  const { precision, year, month, day, uncertain, approximate } = end;
  return { ...start, interval: true, end: { precision, year, month, day, uncertain, approximate } };
}
