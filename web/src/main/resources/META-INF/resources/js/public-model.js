// The public layers' words, worked out from what the server sent and nothing else: a readable form
// of a public EDTF time, what a generalised place means, and the redaction policy's rules in plain
// language. Each returns message descriptors ({ key, vars }) for the i18n catalogue. The server has
// already generalised every place and time: nothing here makes them finer. Pure: no DOM, no i18n.

const YEAR = /^\d{4}$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

// One end of a public EDTF time ("1997", "1997-03", "1997-03-14") in the language's words, or null
// when it is none of these. Only as precise as the text: a year stays a year.
export function readableEdtfPart(part, language = 'en') {
  if (typeof part !== 'string') return null;
  const locale = language === 'ko' ? 'ko-KR' : 'en-GB';
  if (YEAR.test(part)) {
    return new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(Number(part), 0, 1));
  }
  let m = MONTH.exec(part);
  if (m) {
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' })
      .format(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  }
  m = DAY.exec(part);
  if (m) {
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })
      .format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  }
  return null;
}

// A public time's EDTF ("1997-03", "1996/1998", "../1997", "/") in words: { text } for one month
// or year (and for text in no known form, shown as it came), else a message: public.time.span
// {from, to}, public.time.from {from}, public.time.until {to} or public.time.unknown.
export function readableTime(edtf, language = 'en') {
  if (typeof edtf !== 'string' || edtf === '' || edtf === '/' || edtf === '../..') return { key: 'public.time.unknown', vars: {} };
  const parts = edtf.split('/');
  if (parts.length === 1) {
    const when = readableEdtfPart(parts[0], language);
    return { text: when ?? edtf };
  }
  if (parts.length !== 2) return { text: edtf };
  const open = (p) => p === '..' || p === '';
  const [a, b] = parts;
  const from = open(a) ? null : readableEdtfPart(a, language);
  const to = open(b) ? null : readableEdtfPart(b, language);
  if ((!open(a) && !from) || (!open(b) && !to)) return { text: edtf };
  if (from && to) return { key: 'public.time.span', vars: { from, to } };
  if (from) return { key: 'public.time.from', vars: { from } };
  if (to) return { key: 'public.time.until', vars: { to } };
  return { key: 'public.time.unknown', vars: {} };
}

// Kilometres for a size in metres, as shown: whole kilometres from 10 km, else one decimal.
export function kmText(metres) {
  const km = metres / 1000;
  return km >= 10 ? String(Math.round(km)) : String(Math.round(km * 10) / 10);
}

// What a public place means ({ generalisedTo, gridSizeM } from the server): public.place.grid {km}
// (shown within a cell of about N km; the exact place is withheld), public.place.facility,
// public.place.zone; null when the server said nothing.
export function placeNote(place) {
  const to = place?.generalisedTo;
  const grid = Number.isFinite(place?.gridSizeM) && place.gridSizeM > 0 ? place.gridSizeM : null;
  if (to === 'grid' && grid) return { key: 'public.place.grid', vars: { km: kmText(grid) } };
  if (to === 'grid') return { key: 'public.place.gridUnknown', vars: {} };
  if (to === 'facility') return { key: 'public.place.facility', vars: {} };
  if (to === 'zone') return { key: 'public.place.zone', vars: {} };
  return null;
}

// The redaction policy's rules (GET /api/redaction-policy's "rules") in plain language, in a fixed
// order; the rules that no policy can change come last. levelCode is the minimum event level's
// code, to be labelled from the vocabulary. An unknown value is said as it is (policy.rule.other).
export function policySummary(rules) {
  const r = rules ?? {};
  const out = [];
  if (typeof r.minimumEventLevel === 'string') out.push({ key: 'policy.rule.level', vars: { levelCode: r.minimumEventLevel } });
  const km = Number.isFinite(r.gridSizeM) ? kmText(r.gridSizeM) : '?';
  if (r.placeGeneralisation === 'grid') out.push({ key: 'policy.rule.placeGrid', vars: { km } });
  else if (r.placeGeneralisation === 'facility') out.push({ key: 'policy.rule.placeFacility', vars: { km } });
  else if (r.placeGeneralisation === 'zone') out.push({ key: 'policy.rule.placeZone', vars: { km } });
  else if (r.placeGeneralisation !== undefined) out.push({ key: 'policy.rule.other', vars: { name: 'placeGeneralisation', value: String(r.placeGeneralisation) } });
  if (Number.isFinite(r.minimumDistanceM)) out.push({ key: 'policy.rule.distance', vars: { m: String(r.minimumDistanceM) } });
  if (r.datePrecision === 'month') out.push({ key: 'policy.rule.dateMonth', vars: {} });
  else if (r.datePrecision === 'year') out.push({ key: 'policy.rule.dateYear', vars: {} });
  else if (r.datePrecision !== undefined) out.push({ key: 'policy.rule.other', vars: { name: 'datePrecision', value: String(r.datePrecision) } });
  if (r.requireConsent === true) out.push({ key: 'policy.rule.consent', vars: {} });
  else if (r.requireConsent === false) out.push({ key: 'policy.rule.noConsent', vars: {} });
  if (r.freeText === 'marked-only') out.push({ key: 'policy.rule.textMarked', vars: {} });
  else if (r.freeText === 'never') out.push({ key: 'policy.rule.textNever', vars: {} });
  else if (r.freeText !== undefined) out.push({ key: 'policy.rule.other', vars: { name: 'freeText', value: String(r.freeText) } });
  out.push({ key: 'policy.rule.never', vars: {} });
  out.push({ key: 'policy.rule.sharing', vars: {} });
  return out;
}

// The print page's layers: those of the permalink that the print page can draw (the public ones,
// without a session: staff layers are left out, and said so). Returns { drawn, left }.
export const PRINTABLE_LAYERS = Object.freeze(['footprints', 'zones', 'boundaries', 'publicStructures', 'publicClaims', 'publicEvents', 'facilities']);
export function printableLayers(layers) {
  const list = Array.isArray(layers) ? layers : [];
  return {
    drawn: list.filter((layer) => PRINTABLE_LAYERS.includes(layer)),
    left: list.filter((layer) => !PRINTABLE_LAYERS.includes(layer)),
  };
}

// The print page's URL for a main-page URL: the same query (view, period, layers, filters, lang)
// with the title, on /print.html.
export function printUrl(href, title = '') {
  const url = new URL(href);
  const target = new URL('/print.html', url);
  target.search = url.search;
  target.searchParams.delete('facility');
  target.searchParams.delete('sort');
  if (title) target.searchParams.set('title', title.slice(0, 200));
  return target.href;
}

// The print page's title from its URL: title= trimmed to 200 characters, or null.
export function printTitle(href) {
  const title = new URL(href).searchParams.get('title');
  return title && title.trim() ? title.trim().slice(0, 200) : null;
}
