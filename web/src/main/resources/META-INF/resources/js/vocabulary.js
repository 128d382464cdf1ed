// Facility types and statuses with their labels in each language, as GET /api/vocabulary gives
// them (the server's enums, labelled from the translation catalogues). The map keeps no list of
// its own: a type or status added on the server appears here with its labels.

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
  // Every other vocabulary by name: top-level lists (structureClasses, changeKinds, …) and those
  // under "testimony" (eventTypes, corroborationLevels, evidenceKinds, provinces, …).
  const named = new Map();
  const addNamed = (name, value) => {
    if (Array.isArray(value)) named.set(name, byCode(terms(value)));
  };
  for (const [name, value] of Object.entries(raw ?? {})) {
    if (name !== 'testimony') addNamed(name, value);
  }
  for (const [name, value] of Object.entries(raw?.testimony ?? {})) addNamed(name, value);
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
    // The codes of a named vocabulary, in the server's order ([] when unknown).
    codes: (name) => [...(named.get(name)?.keys() ?? [])],
    // A code's label in a named vocabulary; the code itself when either is unknown.
    label: (name, code, language) => label(named.get(name)?.get(code), code, language),
  });
}

// Loads the vocabulary from the server.
export async function loadVocabulary() {
  return createVocabulary(await fetchVocabulary());
}
