// Which facilities the filters let through: the text filter (any name or alias, in Hangul or Latin
// script, ignoring case, spaces and hyphens), the facility types and the statuses. The map draws
// and the list shows the same set, so the list's filter is the map's. Pure: no DOM.

// Lower-cased, plus a form without spaces, hyphens and apostrophes ("Yo-dok" ~ "yodok").
function searchForms(text) {
  const lower = text.normalize('NFKC').toLocaleLowerCase();
  return [lower, lower.replace(/[\s\-‐–'’ʼ`.]/g, '')];
}

// True when the query matches the facility's name, Korean name or any alias.
export function matchesText(facility, query) {
  const [q, qCompact] = searchForms(query.trim());
  if (!q) return true;
  const names = [facility.name, facility.nameKo, ...facility.aliases].filter(Boolean);
  return names.some((name) => {
    const [n, nCompact] = searchForms(name);
    return n.includes(q) || (qCompact !== '' && nCompact.includes(qCompact));
  });
}

// True when the facility passes every filter (an empty list of codes lets everything through).
export function matchesFilters(facility, filters) {
  if (filters.facilityTypes.length && !filters.facilityTypes.includes(facility.type)) return false;
  if (filters.statuses.length && !filters.statuses.includes(facility.status ?? 'unknown')) return false;
  return matchesText(facility, filters.text);
}

// The ids the filters let through, or null when no filter is set (everything is shown).
export function filteredIds(facilities, filters, extraIds = []) {
  const none = !filters.text.trim() && !filters.facilityTypes.length && !filters.statuses.length;
  if (none) return null;
  const ids = new Set(facilities.filter((f) => matchesFilters(f, filters)).map((f) => f.id));
  for (const id of extraIds) ids.add(id);
  return ids;
}

// Sorts facilities for the list: by name (in the language's collation, the displayed name), type,
// status or number of events in view (most first), then by name.
export function sortFacilities(facilities, sort, { displayName, collator, typeOrder = [], statusOrder = [], eventCounts = new Map() }) {
  const byName = (a, b) => collator.compare(displayName(a), displayName(b));
  const rank = (order, code) => {
    const i = order.indexOf(code);
    return i < 0 ? order.length : i;
  };
  const compare = {
    name: byName,
    type: (a, b) => rank(typeOrder, a.type) - rank(typeOrder, b.type) || byName(a, b),
    status: (a, b) => rank(statusOrder, a.status) - rank(statusOrder, b.status) || byName(a, b),
    events: (a, b) => (eventCounts.get(b.id) ?? 0) - (eventCounts.get(a.id) ?? 0) || byName(a, b),
  }[sort] ?? byName;
  return [...facilities].sort(compare);
}
