// The dense layers' specifications (dense-layer.js): what each asks the server for, how it is drawn
// and what its popups say. Popups are DOM built with textContent only: every value is untrusted.

import { el } from './dom.js';
import { t, formatNumber, currentLanguage } from './i18n.js';
import { EVENT_READERS, hasAnyRole, STAFF_ROLES } from './state.js';
import { changeStyle, eventStyle, footprintStyle, structureStyle } from './layer-styles.js';
import { fetchStructures } from './api.js';


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
