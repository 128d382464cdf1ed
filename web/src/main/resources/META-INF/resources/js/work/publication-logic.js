// The review workflow's pure logic, shared by the review task, the "Submit for review" controls and
// the redaction policy form: URLs, request bodies, a record's state in words (as catalogue keys),
// a preview's public properties as rows, and the policy form's rules. No DOM, no requests (Node
// tests: web/src/test/js/publication-logic.test.mjs).

export const KINDS = Object.freeze(['facility', 'boundary', 'zone', 'observation', 'claim', 'event']);
export const REVIEW_STATES = Object.freeze(['ready', 'published', 'rejected', 'withdrawn', 'superseded']);
export const DECISIONS = Object.freeze(['publish', 'reject', 'withdraw']);

const enc = encodeURIComponent;

export const recordStatusUrl = (kind, recordId) => `/api/publication/records/${enc(kind)}/${enc(String(recordId))}`;
export const reviewUrl = (id) => `/api/publication/reviews/${enc(String(id))}`;
export const previewUrl = (id) => `${reviewUrl(id)}/preview`;
export const decisionUrl = (id, action) => {
  if (!DECISIONS.includes(action)) throw new Error(`unknown decision ${action}`);
  return `${reviewUrl(id)}/${action}`;
};

// A page of reviews in a state, oldest first; after: the previous page's `next`.
export function reviewsUrl(state, { after = null, limit = 50, kind = null } = {}) {
  const params = new URLSearchParams();
  if (state) params.set('state', state);
  if (kind) params.set('kind', kind);
  if (after !== null && after !== undefined) params.set('after', String(after));
  params.set('limit', String(limit));
  return `/api/publication/reviews?${params}`;
}

const trimmed = (text) => {
  const value = typeof text === 'string' ? text.trim() : '';
  return value === '' ? null : value;
};

// POST /api/publication/reviews: the record, the free-text fields marked publishable, a note.
export function submitBody(kind, recordId, { publishableText = [], note = null } = {}) {
  if (!KINDS.includes(kind)) throw new Error(`unknown kind ${kind}`);
  return {
    kind,
    recordId: String(recordId),
    publishableText: [...new Set(publishableText.filter(Boolean))],
    note: trimmed(note),
  };
}

// A decision's body: publish and reject take a note (the server requires it to reject), withdraw
// takes a reason (required). Blank text is sent as null so the server names the missing field.
export function decisionBody(action, text) {
  if (!DECISIONS.includes(action)) throw new Error(`unknown decision ${action}`);
  return action === 'withdraw' ? { reason: trimmed(text) } : { note: trimmed(text) };
}

// A record's publication state (GET /api/publication/records/{kind}/{id}) as a code, the catalogue
// key that says it, and its values: draft, ready, published, withdrawn, or "published version N;
// changed since" (the published version stays public while a newer one is a draft or waiting).
export function stateOf(status) {
  if (!status || typeof status !== 'object') return { code: 'unknown', key: 'work.publication.state.unknown', vars: {} };
  const published = status.publishedVersion ?? null;
  const changed = Boolean(status.changedSincePublished) && published !== null;
  const vars = { version: published ?? '', current: status.currentVersion ?? '' };
  if (status.state === 'ready') {
    return changed
      ? { code: 'ready-changed', key: 'work.publication.state.readyChanged', vars }
      : { code: 'ready', key: 'work.publication.state.ready', vars };
  }
  if (status.state === 'published') return { code: 'published', key: 'work.publication.state.published', vars };
  if (status.state === 'withdrawn') return { code: 'withdrawn', key: 'work.publication.state.withdrawn', vars };
  if (changed) return { code: 'changed', key: 'work.publication.state.changed', vars };
  return { code: 'draft', key: 'work.publication.state.draft', vars };
}

// Whether a record in this state can be submitted now (not while its current version waits or is
// published).
export const canSubmit = (status) => ['draft', 'changed', 'withdrawn'].includes(stateOf(status).code);

// A public feature's properties as [path, text] rows, nested objects flattened with dots and
// arrays joined, in the order the server gave them.
export function publicPropertyRows(properties, prefix = '') {
  const rows = [];
  for (const [key, value] of Object.entries(properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value === null || value === undefined) rows.push([path, '—']);
    else if (Array.isArray(value)) rows.push([path, value.map((item) => (typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item))).join(', ') || '—']);
    else if (typeof value === 'object') rows.push(...publicPropertyRows(value, path));
    else rows.push([path, String(value)]);
  }
  return rows;
}

// The redaction policy's rules, as the form names them (the server's field names).
export const POLICY_RULES = Object.freeze([
  { name: 'minimumEventLevel', kind: 'choice', choices: ['single-source', 'corroborated', 'strongly-corroborated'] },
  { name: 'placeGeneralisation', kind: 'choice', choices: ['grid', 'zone', 'facility'] },
  { name: 'gridSizeM', kind: 'metres' },
  { name: 'minimumDistanceM', kind: 'metres' },
  { name: 'datePrecision', kind: 'choice', choices: ['month', 'year'] },
  { name: 'requireConsent', kind: 'boolean' },
  { name: 'freeText', kind: 'choice', choices: ['marked-only', 'never'] },
]);

// The POST /api/redaction-policy body from the form's values ({ name: string | boolean }): whole
// numbers of metres as numbers, anything else typed into them sent as typed (the server names the
// field), booleans as booleans.
export function policyBody(values, reason) {
  const rules = {};
  for (const rule of POLICY_RULES) {
    const value = values?.[rule.name];
    if (value === undefined || value === null || value === '') continue;
    if (rule.kind === 'metres') {
      const text = String(value).trim();
      rules[rule.name] = /^-?\d+$/.test(text) ? Number(text) : text;
    } else if (rule.kind === 'boolean') {
      rules[rule.name] = value === true || value === 'true';
    } else {
      rules[rule.name] = String(value);
    }
  }
  return { rules, reason: trimmed(reason) };
}

// The bounds [[south, west], [north, east]] of a GeoJSON FeatureCollection's coordinates, or null.
export function boundsOf(collection) {
  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  const visit = (coordinates) => {
    if (!Array.isArray(coordinates)) return;
    if (typeof coordinates[0] === 'number' && typeof coordinates[1] === 'number') {
      west = Math.min(west, coordinates[0]);
      east = Math.max(east, coordinates[0]);
      south = Math.min(south, coordinates[1]);
      north = Math.max(north, coordinates[1]);
      return;
    }
    for (const part of coordinates) visit(part);
  };
  for (const feature of collection?.features ?? []) {
    const geometry = feature?.geometry;
    if (geometry?.type === 'GeometryCollection') for (const g of geometry.geometries ?? []) visit(g.coordinates);
    else visit(geometry?.coordinates);
  }
  return Number.isFinite(south) ? [[south, west], [north, east]] : null;
}
