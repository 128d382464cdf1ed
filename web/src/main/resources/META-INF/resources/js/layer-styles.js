// How the dense layers look: one palette for the canvas drawing and the legend, so the legend can
// never disagree with the map. Canvas paths take colours, not CSS classes, hence values here.
// Pure: no DOM, no Leaflet.

// Corroboration levels, weakest first (colour-blind-safe sequential ramp, darker = stronger).
export const LEVEL_COLOURS = Object.freeze({
  'single-source': '#e9a23b',
  corroborated: '#d7301f',
  'strongly-corroborated': '#7f0000',
});
export const LEVELS = Object.freeze(Object.keys(LEVEL_COLOURS));

// Structure change kinds.
export const CHANGE_COLOURS = Object.freeze({
  appeared: '#1a9850',
  disappeared: '#c51b7d',
  expanded: '#4d9221',
  reduced: '#f46d43',
  'changed-class': '#762a83',
  'changed-condition': '#b35806',
  moved: '#4575b4',
});

// Scene footprints: clear to cloudy, and how sharp (ground sample distance).
export const CLOUD_STOPS = Object.freeze([
  { maxPct: 10, colour: '#08519c' },
  { maxPct: 30, colour: '#4292c6' },
  { maxPct: 60, colour: '#9ecae1' },
  { maxPct: 100, colour: '#a3a3a3' },
]);
export const CLOUD_UNKNOWN_COLOUR = '#6b6b6b';
export const GSD_WEIGHTS = Object.freeze([
  { maxM: 5, weight: 3 }, // very high resolution: buildings can be told apart
  { maxM: 30, weight: 1.5 }, // Sentinel-2, Landsat
  { maxM: Infinity, weight: 0.8 },
]);
export const CELL_COLOUR = '#253494';

// Tracked structures by class (the nine categories of published analyses).
export const STRUCTURE_COLOURS = Object.freeze({
  perimeter: '#4d4d4d',
  'guard-post': '#b2182b',
  administration: '#2166ac',
  'prisoner-housing': '#d6604d',
  'light-industry': '#8073ac',
  mining: '#8c510a',
  agriculture: '#5aae61',
  'agricultural-support': '#1b7837',
  other: '#878787',
});

export function cloudColour(pct) {
  if (typeof pct !== 'number' || !Number.isFinite(pct)) return CLOUD_UNKNOWN_COLOUR;
  return CLOUD_STOPS.find((stop) => pct <= stop.maxPct)?.colour ?? CLOUD_STOPS[CLOUD_STOPS.length - 1].colour;
}

export function gsdWeight(gsdM) {
  if (typeof gsdM !== 'number' || !Number.isFinite(gsdM)) return 1;
  return GSD_WEIGHTS.find((w) => gsdM <= w.maxM).weight;
}

// A group of identical footprints: coloured by its clearest scene, weighted by its sharpest, and a
// little more opaque the more scenes share it (23 stacked scenes are one shape, not 23).
export function footprintStyle(feature) {
  const p = feature?.properties ?? {};
  const count = Number.isFinite(p.count) ? p.count : 1;
  const colour = cloudColour(p.cloudCoverPctMin);
  return {
    color: colour,
    weight: gsdWeight(p.gsdMMin),
    opacity: 0.9,
    fillColor: colour,
    fillOpacity: Math.min(0.28, 0.05 + 0.025 * Math.log2(count + 1)),
    dashArray: typeof p.cloudCoverPctMin === 'number' ? null : '3 3',
  };
}

// A corroborated event: its uncertainty region, translucent, coloured by level; an event whose time
// span reaches beyond the period is faded and dashed (it may lie outside it).
export function eventStyle(feature) {
  const p = feature?.properties ?? {};
  const colour = LEVEL_COLOURS[p.level] ?? '#555555';
  const partial = p.partial === true;
  return {
    color: colour,
    weight: p.level === 'strongly-corroborated' ? 2.5 : 1.8,
    opacity: partial ? 0.55 : 0.95,
    fillColor: colour,
    fillOpacity: partial ? 0.08 : 0.22,
    dashArray: partial ? '5 5' : null,
    radius: 7,
  };
}

export function changeStyle(feature) {
  const p = feature?.properties ?? {};
  const colour = CHANGE_COLOURS[p.kind] ?? '#555555';
  return { color: colour, weight: 2, opacity: 0.95, fillColor: colour, fillOpacity: 0.45, radius: 5 };
}

// A grid cell of an aggregated layer: darker the more it holds (log scale against the fullest cell).
export function cellStyle(feature, allCells) {
  const count = Number(feature?.properties?.count) || 0;
  const max = Math.max(1, ...allCells.map((f) => Number(f?.properties?.count) || 0));
  const share = Math.log1p(count) / Math.log1p(max);
  return { stroke: true, color: CELL_COLOUR, weight: 0.5, opacity: 0.4, fillColor: CELL_COLOUR, fillOpacity: 0.08 + 0.5 * share };
}

// A tracked structure: its latest drawing, coloured by class; razed or destroyed ones hollow.
export function structureStyle(feature) {
  const p = feature?.properties ?? {};
  const colour = STRUCTURE_COLOURS[p.class] ?? STRUCTURE_COLOURS.other;
  const gone = p.condition === 'razed' || p.condition === 'destroyed';
  return { color: colour, weight: 1.5, opacity: 0.95, fillColor: colour, fillOpacity: gone ? 0 : 0.35, dashArray: gone ? '3 3' : null };
}

// The public layers (published, redacted records): a point the server placed within a grid cell
// (or at a facility), drawn as a ring with a white halo so it reads as "about here", never a pin.
export const PUBLIC_CLAIM_COLOUR = '#2c7fb8';

export function publicEventStyle(feature) {
  const p = feature?.properties ?? {};
  const colour = LEVEL_COLOURS[p.level] ?? '#555555';
  return { color: colour, weight: 3, opacity: 1, fillColor: colour, fillOpacity: 0.35, radius: 9 };
}

export function publicClaimStyle() {
  return { color: PUBLIC_CLAIM_COLOUR, weight: 3, opacity: 1, fillColor: PUBLIC_CLAIM_COLOUR, fillOpacity: 0.3, radius: 7 };
}
