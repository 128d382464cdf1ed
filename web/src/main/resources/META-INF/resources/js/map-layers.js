// The dense layers' specifications (dense-layer.js): what each asks the server for, how it is drawn
// and what its popups say. Popups are DOM built with textContent only: every value is untrusted.

import { el } from './dom.js';
import { t, formatNumber, currentLanguage } from './i18n.js';
import { EVENT_READERS, hasAnyRole, STAFF_ROLES } from './state.js';
import { changeStyle, eventStyle, footprintStyle, publicClaimStyle, publicEventStyle, structureStyle } from './layer-styles.js';
import { fetchPublicFeatures, fetchStructures } from './api.js';
import { placeNote, readableTime } from './public-model.js';


const str = (v) => (typeof v === 'string' && v ? v : null);
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const list = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

function detailList(rows) {
  const dl = el('dl', 'layer-popup-details');
  for (const [label, value] of rows) {
    if (value === null || value === undefined || value === '') continue;
    dl.append(el('dt', null, label), el('dd', null, value));
  }
  return dl;
}

// "1997-01 – 1997-03", with unknown ends said so.
export function spanText(earliest, latest) {
  const a = str(earliest) ?? t('time.unknownStart');
  const b = str(latest) ?? t('time.unknownEnd');
  return a === b ? a : `${a} – ${b}`;
}

function syntheticBadge(box) {
  box.append(el('p', 'synthetic-badge', t('events.synthetic')));
}

// ---- footprints ----

function footprintPopup(feature, vocabulary) {
  void vocabulary;
  const p = feature.properties ?? {};
  const count = num(p.count) ?? 1;
  const box = el('div', 'layer-popup footprint-popup');
  box.dataset.footprintCount = String(count);
  box.append(el('h3', 'layer-popup-title', count > 1 ? t('footprints.stackTitle', { count: formatNumber(count) }) : t('footprints.oneTitle')));
  const scenes = Array.isArray(p.scenes) ? p.scenes : [];
  const ol = el('ol', 'footprint-scenes');
  for (const scene of scenes) {
    const li = el('li', 'footprint-scene');
    li.dataset.sceneId = String(scene?.id ?? '');
    const cloud = num(scene?.cloudCoverPct);
    const gsd = num(scene?.gsdM);
    const parts = [
      String(scene?.acquired ?? '').slice(0, 10),
      str(scene?.collection),
      cloud === null ? t('footprints.cloudUnknown') : t('footprints.cloud', { pct: formatNumber(cloud, 0) }),
      gsd === null ? null : `${formatNumber(gsd, gsd < 10 ? 1 : 0)} m`, // units need no translation
    ];
    li.append(el('span', 'footprint-scene-date', parts[0]), el('span', 'footprint-scene-meta', parts.slice(1).filter(Boolean).join(' · ')));
    li.append(el('span', 'footprint-scene-id', String(scene?.id ?? '')));
    ol.append(li);
  }
  box.append(ol);
  const more = num(p.moreScenes);
  if (more) box.append(el('p', 'layer-popup-note', t('footprints.more', { count: formatNumber(more) })));
  return box;
}

function footprintTooltip(feature) {
  const p = feature.properties ?? {};
  const count = num(p.count) ?? 1;
  const range = spanText(str(p.firstAcquired)?.slice(0, 10), str(p.lastAcquired)?.slice(0, 10));
  return count > 1 ? t('footprints.stackTooltip', { count: formatNumber(count), range }) : range;
}

export function footprintSpec(vocabulary) {
  return {
    layer: 'footprints',
    pane: 'sightline-footprints',
    zIndex: 360,
    style: footprintStyle,
    popup: (f) => footprintPopup(f, vocabulary),
    tooltip: footprintTooltip,
    cellTooltip: (f) => t('footprints.cell', { count: formatNumber(num(f.properties?.count) ?? 0) }),
  };
}

// ---- corroborated events ----

function eventPopup(feature, vocabulary, facilityNames) {
  const p = feature.properties ?? {};
  const language = currentLanguage();
  const box = el('div', 'layer-popup event-popup');
  box.dataset.eventKey = String(p.eventKey ?? feature.id ?? '');
  const types = list(p.claimTypes).map((code) => vocabulary.label('eventTypes', code, language));
  box.append(el('h3', 'layer-popup-title', types.join(', ') || t('events.untyped')));
  const level = str(p.level);
  const badge = el('p', `level-badge level-${level ?? 'unknown'}`, level ? vocabulary.label('corroborationLevels', level, language) : '');
  box.append(badge);
  if (p.synthetic === true) syntheticBadge(box);
  const facilities = list(p.facilityIds).map((id) => facilityNames.get(id) ?? id);
  box.append(detailList([
    [t('events.when'), spanText(p.timeEarliest, p.timeLatest)],
    [t('events.sources'), num(p.independentSources) === null ? null : formatNumber(p.independentSources)],
    [t('events.sourceKinds'), list(p.sourceKinds).map((k) => vocabulary.label('evidenceKinds', k, language)).join(', ')],
    [t('events.facilities'), facilities.join(', ')],
    [t('events.key'), str(p.eventKey)],
  ]));
  if (p.partial === true) box.append(el('p', 'layer-popup-note', t('events.partial')));
  box.append(el('p', 'layer-popup-note', t('events.placeNote')));
  return box;
}

export function eventSpec(vocabulary, facilityNames) {
  return {
    layer: 'events',
    pane: 'sightline-events',
    zIndex: 395,
    style: eventStyle,
    popup: (f) => eventPopup(f, vocabulary, facilityNames),
    tooltip: (f) => {
      const p = f.properties ?? {};
      const level = str(p.level) ? vocabulary.label('corroborationLevels', p.level, currentLanguage()) : '';
      return `${level} · ${spanText(p.timeEarliest, p.timeLatest)}`;
    },
    cellTooltip: (f) => t('events.cell', { count: formatNumber(num(f.properties?.count) ?? 0) }),
    allowed: (state) => hasAnyRole(state.user, EVENT_READERS),
    query: (state) => ({ type: state.filters.eventTypes, level: state.filters.levels, source: state.filters.sourceKinds }),
  };
}

// ---- structure change events ----

function changePopup(feature, vocabulary, facilityNames) {
  const p = feature.properties ?? {};
  const language = currentLanguage();
  const box = el('div', 'layer-popup change-popup');
  box.dataset.eventKey = String(p.eventKey ?? '');
  box.append(el('h3', 'layer-popup-title', vocabulary.label('changeKinds', str(p.kind) ?? '', language)));
  const statement = language === 'ko' ? str(p.statementKo) : str(p.statementEn);
  if (statement) box.append(el('p', 'change-statement', statement));
  if (p.illustrative === true) box.append(el('p', 'synthetic-badge', t('changes.illustrative')));
  box.append(detailList([
    [t('changes.class'), str(p.structureClass) ? vocabulary.label('structureClasses', p.structureClass, language) : null],
    [t('changes.when'), spanText(p.earliest, p.latest)],
    [t('changes.confidence'), str(p.confidence) ? vocabulary.label('confidences', p.confidence, language) : null],
    [t('events.facilities'), facilityNames.get(p.facilityId) ?? str(p.facilityId)],
  ]));
  return box;
}

export function changeSpec(vocabulary, facilityNames) {
  return {
    layer: 'changeEvents',
    pane: 'sightline-changes',
    zIndex: 392,
    style: changeStyle,
    popup: (f) => changePopup(f, vocabulary, facilityNames),
    tooltip: (f) => vocabulary.label('changeKinds', str(f.properties?.kind) ?? '', currentLanguage()),
    cellTooltip: (f) => t('changes.cell', { count: formatNumber(num(f.properties?.count) ?? 0) }),
    allowed: (state) => hasAnyRole(state.user, STAFF_ROLES),
  };
}

// ---- tracked structures (close in only) ----

export const STRUCTURES_MIN_ZOOM = 12;

function structurePopup(feature, vocabulary, facilityNames) {
  const p = feature.properties ?? {};
  const language = currentLanguage();
  const box = el('div', 'layer-popup structure-popup');
  box.dataset.identityId = String(p.identityId ?? '');
  box.append(el('h3', 'layer-popup-title', str(p.class) ? vocabulary.label('structureClasses', p.class, language) : t('changes.class')));
  if (p.illustrative === true) box.append(el('p', 'synthetic-badge', t('changes.illustrative')));
  box.append(detailList([
    [t('structures.condition'), str(p.condition) ? vocabulary.label('structureConditions', p.condition, language) : null],
    [t('structures.seen'), spanText(p.firstSeen, p.lastSeen)],
    [t('events.facilities'), facilityNames.get(p.facilityId) ?? str(p.facilityId)],
  ]));
  return box;
}

export function structureSpec(vocabulary, facilityNames) {
  return {
    layer: 'structures',
    pane: 'sightline-structures',
    zIndex: 385,
    minZoom: STRUCTURES_MIN_ZOOM,
    style: structureStyle,
    popup: (f) => structurePopup(f, vocabulary, facilityNames),
    tooltip: (f) => (str(f.properties?.class) ? vocabulary.label('structureClasses', f.properties.class, currentLanguage()) : ''),
    cellTooltip: () => '',
    allowed: (state) => hasAnyRole(state.user, STAFF_ROLES),
    fetch: async (query, signal) => {
      const page = await fetchStructures(query, signal);
      const features = Array.isArray(page?.features) ? page.features : [];
      return { mode: 'features', features, numberMatched: Number.isFinite(page?.numberMatched) ? page.numberMatched : features.length };
    },
  };
}

// ---- the public layers: published records, redacted by the server (GET /api/public/features) ----
// The positions, times and fields are the server's, already generalised under its policy; popups
// show only what it sent. The three layers share one request per view and period.

const PUBLIC_SERVER_LAYERS = Object.freeze({ publicClaims: 'claims', publicEvents: 'events', publicStructures: 'structures' });

// One request for the three public layers: the answer for the latest query, shared.
export function publicSource(state) {
  let last = null; // { url, promise }
  return async (query) => {
    const key = JSON.stringify([query.bbox, query.from, query.to]);
    if (!last || last.key !== key) {
      const promise = fetchPublicFeatures({ bbox: query.bbox, from: query.from, to: query.to });
      last = { key, promise };
      promise.catch(() => {
        if (last?.promise === promise) last = null;
      });
    }
    const answer = await last.promise;
    const policy = answer?.policy && Number.isFinite(answer.policy.version) ? answer.policy : null;
    const current = state.get().publicPolicy;
    if (policy && (current?.version !== policy.version || JSON.stringify(current?.rules) !== JSON.stringify(policy.rules))) {
      state.set({ publicPolicy: Object.freeze({ version: policy.version, rules: policy.rules ?? {} }) });
    }
    return answer;
  };
}

// A public time in words (public-model.js readableTime).
function timeWords(edtf, language) {
  const readable = readableTime(edtf, language);
  return readable.text ?? t(readable.key, readable.vars);
}

function timeRows(p, language) {
  const time = p.time && typeof p.time === 'object' ? p.time : {};
  const edtf = str(time.edtf);
  return [
    [t('public.when'), timeWords(edtf, language)],
    [t('public.edtf'), edtf],
  ];
}

function publicFooter(box, p) {
  const note = placeNote(p.place);
  if (note) box.append(el('p', 'layer-popup-note public-place-note', t(note.key, note.vars)));
  const version = num(p.policyVersion);
  if (version !== null) box.append(el('p', 'layer-popup-note public-policy-note', t('public.policy', { version: formatNumber(version) })));
}

function publicEventPopup(feature, vocabulary, facilityNames) {
  const p = feature.properties ?? {};
  const language = currentLanguage();
  const box = el('div', 'layer-popup public-popup public-event-popup');
  box.dataset.publicId = String(feature.id ?? '');
  const types = list(p.types).map((code) => vocabulary.label('eventTypes', code, language));
  box.append(el('p', 'public-badge', t('public.badge')));
  box.append(el('h3', 'layer-popup-title', types.join(', ') || t('events.untyped')));
  const level = str(p.level);
  if (level) box.append(el('p', `level-badge level-${level}`, vocabulary.label('corroborationLevels', level, language)));
  if (p.synthetic === true) syntheticBadge(box);
  box.append(detailList([
    ...timeRows(p, language),
    [t('events.sources'), num(p.independentSources) === null ? null : formatNumber(p.independentSources)],
    [t('events.sourceKinds'), list(p.sourceKinds).map((k) => vocabulary.label('evidenceKinds', k, language)).join(', ')],
    [t('events.facilities'), list(p.facilityIds).map((id) => facilityNames.get(id) ?? id).join(', ')],
    [t('public.publishedOn'), str(p.publishedOn)],
  ]));
  publicFooter(box, p);
  return box;
}

function publicClaimPopup(feature, vocabulary, facilityNames) {
  const p = feature.properties ?? {};
  const language = currentLanguage();
  const box = el('div', 'layer-popup public-popup public-claim-popup');
  box.dataset.publicId = String(feature.id ?? '');
  box.append(el('p', 'public-badge', t('public.badge')));
  box.append(el('h3', 'layer-popup-title', str(p.type) ? vocabulary.label('claimTypes', p.type, language) : t('public.claim')));
  if (p.synthetic === true) syntheticBadge(box);
  const min = num(p.victimsMin);
  const max = num(p.victimsMax);
  const victims = min === null && max === null ? null
    : min === max || max === null ? formatNumber(min ?? max) : `${min === null ? '?' : formatNumber(min)}–${formatNumber(max)}`;
  box.append(detailList([
    ...timeRows(p, language),
    [t('public.people'), victims],
    [t('events.facilities'), str(p.facilityId) ? facilityNames.get(p.facilityId) ?? p.facilityId : null],
    [t('public.publishedOn'), str(p.publishedOn)],
  ]));
  if (str(p.description)) box.append(el('p', 'public-description', p.description));
  publicFooter(box, p);
  return box;
}

function publicStructurePopup(feature, vocabulary, facilityNames) {
  const p = feature.properties ?? {};
  const language = currentLanguage();
  const box = el('div', 'layer-popup public-popup public-structure-popup');
  box.dataset.publicId = String(feature.id ?? '');
  box.append(el('p', 'public-badge', t('public.badge')));
  box.append(el('h3', 'layer-popup-title', str(p.class) ? vocabulary.label('structureClasses', p.class, language) : t('changes.class')));
  if (p.illustrative === true) box.append(el('p', 'synthetic-badge', t('changes.illustrative')));
  box.append(detailList([
    [t('structures.condition'), str(p.condition) ? vocabulary.label('structureConditions', p.condition, language) : null],
    [t('public.observedOn'), str(p.acquiredOn)],
    [t('changes.confidence'), str(p.confidence) ? vocabulary.label('confidences', p.confidence, language) : null],
    [t('events.facilities'), str(p.facilityId) ? facilityNames.get(p.facilityId) ?? p.facilityId : null],
    [t('public.publishedOn'), str(p.publishedOn)],
  ]));
  if (str(p.notes)) box.append(el('p', 'public-description', p.notes));
  if (str(p.observationNotes)) box.append(el('p', 'public-description', p.observationNotes));
  publicFooter(box, p);
  return box;
}

// The specifications of the three public layers, sharing one source (publicSource(state)).
export function publicSpecs(vocabulary, facilityNames, source) {
  const fetchFor = (layer) => async (query) => {
    const answer = await source(query);
    const wanted = PUBLIC_SERVER_LAYERS[layer];
    const features = (Array.isArray(answer?.features) ? answer.features : [])
      .filter((f) => f?.properties?.layer === wanted);
    return { mode: 'features', features, numberMatched: features.length };
  };
  const timeTooltip = (f) => timeWords(str(f.properties?.time?.edtf), currentLanguage());
  return {
    publicStructures: {
      layer: 'publicStructures',
      pane: 'sightline-public-structures',
      zIndex: 386,
      style: structureStyle,
      popup: (f) => publicStructurePopup(f, vocabulary, facilityNames),
      tooltip: (f) => (str(f.properties?.class) ? vocabulary.label('structureClasses', f.properties.class, currentLanguage()) : ''),
      cellTooltip: () => '',
      fetch: fetchFor('publicStructures'),
    },
    publicClaims: {
      layer: 'publicClaims',
      pane: 'sightline-public-claims',
      zIndex: 396,
      style: publicClaimStyle,
      popup: (f) => publicClaimPopup(f, vocabulary, facilityNames),
      tooltip: (f) => `${str(f.properties?.type) ? vocabulary.label('claimTypes', f.properties.type, currentLanguage()) : t('public.claim')} · ${timeTooltip(f)}`,
      cellTooltip: () => '',
      fetch: fetchFor('publicClaims'),
    },
    publicEvents: {
      layer: 'publicEvents',
      pane: 'sightline-public-events',
      zIndex: 397,
      style: publicEventStyle,
      popup: (f) => publicEventPopup(f, vocabulary, facilityNames),
      tooltip: (f) => {
        const p = f.properties ?? {};
        const level = str(p.level) ? vocabulary.label('corroborationLevels', p.level, currentLanguage()) : '';
        return `${level} · ${timeTooltip(f)}`;
      },
      cellTooltip: () => '',
      fetch: fetchFor('publicEvents'),
    },
  };
}
