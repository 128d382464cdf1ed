// The server's vocabularies with their labels in each language, as GET /api/vocabulary gives them
// (the server's enums, labelled from the translation catalogues): facility types and statuses,
// structure change (structureClasses, structureConditions, confidences, unassessableReasons,
// structureStates, changeKinds) and, under the JSON's "testimony", claimTypes, eventTypes,
// sourceGrades, informationGrades, provinces, timePrecisions, placePrecisions,
// corroborationLevels, evidenceKinds, ... The map keeps no list of its own: a code added on the
// server appears here with its labels. label(name, code, language) and codes(name) read any of them
// by name; typeLabel/statusLabel are the facility ones.

import { fetchVocabulary } from './api.js';

// The code facilities of an unknown type are drawn as, when the vocabulary has it.
const CATCH_ALL_TYPE = 'other';

const isText = (v) => typeof v === 'string' && v.trim() !== '';

function terms(list) {
  if (!Array.isArray(list)) return [];
  return list
    .filter((term) => isText(term?.code))
    .map((term) => ({
      code: term.code,
      labels: Object.fromEntries(Object.entries(term.labels ?? {}).filter(([, label]) => isText(label))),
    }));
}

// A checked vocabulary from the API's JSON. Labels fall back to English, then to the code.
export function createVocabulary(raw) {
  const types = terms(raw?.facilityTypes);
  const statuses = terms(raw?.facilityStatuses);
  if (!types.length) throw new Error('the vocabulary lists no facility types');
  const byCode = (list) => new Map(list.map((term) => [term.code, term]));
  const typesByCode = byCode(types);
  const statusesByCode = byCode(statuses);
  const label = (term, code, language) => term?.labels[language] ?? term?.labels.en ?? code;

  // Every named vocabulary: the top-level lists and those under "testimony", by name.
  const named = new Map();
  const addNamed = (name, list) => {
    const checked = terms(list);
    named.set(name, { codes: Object.freeze(checked.map((term) => term.code)), byCode: byCode(checked) });
  };
  for (const [name, list] of Object.entries(raw ?? {})) {
    if (Array.isArray(list) && name !== 'languages') addNamed(name, list);
  }
  if (raw?.testimony && typeof raw.testimony === 'object') {
    for (const [name, list] of Object.entries(raw.testimony)) {
      if (Array.isArray(list) && !named.has(name)) addNamed(name, list);
    }
  }
  return Object.freeze({
    languages: Array.isArray(raw?.languages) ? raw.languages.filter(isText) : ['en'],
    types: Object.freeze(types.map((term) => term.code)),
    statuses: Object.freeze(statuses.map((term) => term.code)),
    // What a facility whose type the vocabulary does not know is shown as.
    fallbackType: typesByCode.has(CATCH_ALL_TYPE) ? CATCH_ALL_TYPE : types[types.length - 1].code,
    isType: (code) => typesByCode.has(code),
    isStatus: (code) => statusesByCode.has(code),
    typeLabel: (code, language) => label(typesByCode.get(code), code, language),
    statusLabel: (code, language) => label(statusesByCode.get(code), code, language),
    // The vocabularies' names (facilityTypes, structureClasses, provinces, ...).
    names: () => [...named.keys()],
    // The codes of a named vocabulary in the server's order; [] for an unknown name.
    codes: (name) => named.get(name)?.codes ?? Object.freeze([]),
    // Whether a named vocabulary has a code.
    has: (name, code) => Boolean(named.get(name)?.byCode.has(code)),
    // A code's label in a language, falling back to English, then to the code itself.
    label: (name, code, language) => label(named.get(name)?.byCode.get(code), code, language),
  });
}

// Loads the vocabulary from the server.
export async function loadVocabulary() {
  return createVocabulary(await fetchVocabulary());
}
