// The claim form's values as the body POST/PUT /api/claims takes (server testimony.ClaimEdit), and
// what a saved claim says back, for the form to show. Pure: no DOM, no i18n.

// A whole number typed in a control: the number, null when empty, NaN when not a whole number.
export function wholeNumber(text) {
  if (text === null || text === undefined || String(text).trim() === '') return null;
  return /^\s*-?\d+\s*$/.test(String(text)) ? Number(String(text).trim()) : NaN;
}

// A decimal number typed in a control ('126.85', '126,85'): the number, null when empty, NaN else.
export function decimal(text) {
  if (text === null || text === undefined || String(text).trim() === '') return null;
  const normal = String(text).trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : NaN;
}

// One place of the claim: { kind: 'point', lon, lat, radiusM } | { kind: 'area', geometry } |
// { kind: 'facility', facility, zone }, with an optional description. Returns { place, problems }:
// problems name the form's controls (pointLon, pointLat, radiusM, area, facility) with a code.
export function placeBody(input) {
  const problems = [];
  const description = blankToNull(input?.description);
  const kind = input?.kind;
  if (kind === 'point') {
    const lon = decimal(input.lon);
    const lat = decimal(input.lat);
    const radius = decimal(input.radiusM);
    if (lon === null) problems.push({ field: 'pointLon', code: 'required' });
    else if (Number.isNaN(lon)) problems.push({ field: 'pointLon', code: 'number' });
    if (lat === null) problems.push({ field: 'pointLat', code: 'required' });
    else if (Number.isNaN(lat)) problems.push({ field: 'pointLat', code: 'number' });
    if (radius === null) problems.push({ field: 'radiusM', code: 'required' });
    else if (Number.isNaN(radius)) problems.push({ field: 'radiusM', code: 'number' });
    // Ranges (and swapped coordinates) are the server's to judge: it says which, at the field.
    return problems.length ? { place: null, problems } : { place: withDescription({ point: [lon, lat], radiusM: radius }, description), problems };
  }
  if (kind === 'area') {
    if (!input.geometry) return { place: null, problems: [{ field: 'area', code: 'drawArea' }] };
    return { place: withDescription({ area: input.geometry }, description), problems };
  }
  if (kind === 'facility') {
    const facility = blankToNull(input.facility);
    if (!facility) return { place: null, problems: [{ field: 'facility', code: 'required' }] };
    const place = { facility };
    const zone = blankToNull(input.zone);
    if (zone) place.zone = zone;
    return { place: withDescription(place, description), problems };
  }
  return { place: null, problems: [{ field: 'placeKind', code: 'required' }] };
}

function withDescription(place, description) {
  return description ? { ...place, description } : place;
}

function blankToNull(value) {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

const TEXT_FIELDS = ['type', 'description', 'perpetratorUnit', 'informationGrade', 'witnessRelation', 'heardFrom', 'heardFromNote', 'sharing', 'time', 'timeStated', 'externalRef'];

// The claim body: values (control name -> text) and the place (placeBody's input). testimony: the
// testimony's id. Returns { body, problems } (problems as placeBody's, plus victims numbers).
export function claimBody(testimony, values, placeInput) {
  const problems = [];
  const body = { testimony };
  for (const key of TEXT_FIELDS) body[key] = blankToNull(values[key]);
  for (const key of ['victimsMin', 'victimsMax']) {
    const number = wholeNumber(values[key]);
    if (Number.isNaN(number)) problems.push({ field: key, code: 'whole' });
    body[key] = Number.isNaN(number) ? null : number;
  }
  const { place, problems: placeProblems } = placeBody(placeInput);
  problems.push(...placeProblems);
  body.places = place ? [place] : [];
  return { body, problems };
}

// The form's place input from a saved claim's first place (ClaimView.Place), or null.
export function placeInputOf(place) {
  if (!place) return null;
  if (Array.isArray(place.point)) return { kind: 'point', lon: String(place.point[0]), lat: String(place.point[1]), radiusM: String(place.radiusM ?? ''), description: place.description ?? '' };
  if (place.area) return { kind: 'area', geometry: place.area, description: place.description ?? '' };
  if (place.facility) return { kind: 'facility', facility: place.facility, zone: place.zone ?? '', description: place.description ?? '' };
  return null;
}

// A saved place (ClaimView.Place) as the body takes it again, so that an edit of the first place
// keeps the others as they are.
export function placeEditOf(place) {
  const edit = placeInputOf(place);
  if (!edit) return null;
  return placeBody(edit).place;
}

// The links of a saved claim, one per facility: the largest overlap and the zones it meets, the
// facilities in order of overlap, largest first.
export function linkedFacilities(links) {
  const byFacility = new Map();
  for (const link of Array.isArray(links) ? links : []) {
    if (!link?.facility) continue;
    const entry = byFacility.get(link.facility) ?? { facility: link.facility, overlapFraction: 0, zones: [] };
    entry.overlapFraction = Math.max(entry.overlapFraction, Number(link.overlapFraction) || 0);
    if (link.zone && !entry.zones.includes(link.zone)) entry.zones.push(link.zone);
    byFacility.set(link.facility, entry);
  }
  return [...byFacility.values()].sort((a, b) => b.overlapFraction - a.overlapFraction || a.facility.localeCompare(b.facility));
}

// An overlap fraction (0-1) as a whole percentage, with '<1' for a sliver that is not nothing.
export function percent(fraction) {
  const value = Number(fraction) * 100;
  if (!Number.isFinite(value) || value <= 0) return '0';
  if (value < 1) return '<1';
  return String(Math.round(value));
}

// The corroborated event (an events feature) that holds the claim, among features; or null.
export function eventOfClaim(features, claimId) {
  const key = `claim:${claimId}`;
  return (Array.isArray(features) ? features : []).find((feature) => (feature?.properties?.corroboration?.members ?? []).some((member) => member?.key === key)) ?? null;
}

// The bounding box (minLon,minLat,maxLon,maxLat) of a GeoJSON geometry, for looking up the events
// near a claim linked to no facility; null without coordinates.
export function bboxOf(geometry) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (coords) => {
    if (typeof coords?.[0] === 'number') {
      box[0] = Math.min(box[0], coords[0]);
      box[1] = Math.min(box[1], coords[1]);
      box[2] = Math.max(box[2], coords[0]);
      box[3] = Math.max(box[3], coords[1]);
    } else if (Array.isArray(coords)) {
      coords.forEach(visit);
    }
  };
  visit(geometry?.coordinates);
  if (geometry?.geometries) geometry.geometries.forEach((g) => visit(g.coordinates));
  return Number.isFinite(box[0]) ? box.join(',') : null;
}
