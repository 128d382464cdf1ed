// What the observation and import tasks share: the selected facility's scenes (its coverage list,
// usable first) as a labelled select, vocabulary selects that follow the language switch, and
// switching the map's structure and change layers on (or reloading them) after a write.

/* global L */

import { el } from '../../dom.js';
import { currentLanguage, formatNumber, t } from '../../i18n.js';
import { withLayer } from '../../state.js';
import { getJson } from '../http.js';
import { selectField } from '../fields.js';
import { sceneFacts, sortScenes } from '../observe-model.js';

export const facilityPath = (id) => `/api/facilities/${encodeURIComponent(id)}`;

// A facility's name in the page's language (the Korean name when there is one).
export const facilityName = (facility) => (currentLanguage() === 'ko' && facility?.nameKo) || facility?.name || null;

// The facility's scenes, usable first then newest (GET /api/facilities/{id}/coverage).
export async function loadScenes(facilityId) {
  const { body } = await getJson(`${facilityPath(facilityId)}/coverage`);
  return sortScenes(Array.isArray(body) ? body : []);
}

// A scene's label: date, platform, cloud, ground resolution, usable or not.
export function sceneLabel(scene) {
  const facts = sceneFacts(scene);
  const parts = [facts.date, facts.platform ?? t('work.observe.scene.unknownPlatform')];
  parts.push(facts.cloud === null ? t('work.observe.scene.cloudUnknown') : t('work.observe.scene.cloud', { cloud: formatNumber(facts.cloud, 1) }));
  if (facts.gsd !== null) parts.push(t('work.observe.scene.gsd', { gsd: formatNumber(facts.gsd, 1) }));
  parts.push(t(scene.usable ? 'work.observe.scene.usable' : 'work.observe.scene.notUsable'));
  return parts.join(' · ');
}

// A select named sceneId over the scenes; each option keeps its collection (data-collection).
export function sceneSelect(scenes, value = '') {
  const field = selectField('sceneId', 'work.observe.field.sceneId', [], { emptyKey: 'work.observe.scene.choose', hintKey: 'work.observe.scene.hint' });
  fillScenes(field.control, scenes, value);
  return field;
}

export function fillScenes(select, scenes, value = select.value) {
  const empty = el('option', null, t('work.observe.scene.choose'));
  empty.value = '';
  select.replaceChildren(empty, ...scenes.map((scene) => {
    const option = el('option', null, sceneLabel(scene));
    option.value = scene.id;
    option.dataset.collection = scene.collection ?? '';
    if (!scene.usable) option.className = 'observe-unusable';
    return option;
  }));
  select.value = scenes.some((scene) => scene.id === value) ? value : '';
}

// The collection of the scene selected (null when none).
export function selectedCollection(select) {
  return select.selectedOptions[0]?.dataset.collection || null;
}

// A select over a vocabulary, marked so relabelVocabulary() follows the language.
export function vocabularySelect(vocabulary, name, vocabularyName, labelKey, options = {}) {
  const language = currentLanguage();
  const choices = vocabulary.codes(vocabularyName).map((code) => ({ value: code, label: vocabulary.label(vocabularyName, code, language) }));
  const field = selectField(name, labelKey, choices, options);
  field.control.dataset.vocabulary = vocabularyName;
  return field;
}

// Relabels every vocabulary select under root in the current language.
export function relabelVocabulary(root, vocabulary) {
  const language = currentLanguage();
  for (const select of root.querySelectorAll('select[data-vocabulary]')) {
    for (const option of select.options) {
      if (option.value) option.textContent = vocabulary.label(select.dataset.vocabulary, option.value, language);
    }
  }
}

// Switches the structure and change-event layers on; when on already, a new list still makes them
// load again (dense-layer.js reloads on every change of the layers).
export function showStructureLayers(state) {
  const layers = state.get().layers;
  state.set({ layers: withLayer(withLayer(layers, 'structures', true), 'changeEvents', true) });
}

// Puts the map on a facility (zoom 16, where the structure layer is drawn and a block is a few
// dozen pixels wide). Returns false when the facility has no position.
export function zoomToFacility(map, facility, zoom = 16) {
  const anchor = facility?.anchor; // [lat, lon] (facility-model.js)
  if (!Array.isArray(anchor)) return false;
  map.setView(anchor, zoom);
  return true;
}

// A GeoJSON geometry as a Leaflet layer with a numbered tooltip.
export function shapeLayer(geometry, label, kind) {
  const style = kind === 'area'
    ? { color: '#475569', weight: 2, dashArray: '4,4', fillOpacity: 0.2 }
    : { color: '#7c3aed', weight: 2, fillOpacity: 0.2 };
  const layer = L.geoJSON(geometry, { style, interactive: false });
  layer.bindTooltip(label, { permanent: true, direction: 'center', className: 'observe-shape-tip' });
  return layer;
}
