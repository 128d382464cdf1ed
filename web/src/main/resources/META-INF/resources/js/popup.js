// Builds a facility's popup as DOM (never HTML strings: all data is untrusted).

import { fetchCoverage, fetchRevisits } from './api.js';
import { el, externalLink } from './dom.js';
import { t, formatNumber, currentLanguage } from './i18n.js';
import { DISAGREEMENT_KM } from './facility-model.js';

// "39.12345° N, 126.98765° E" — unambiguous about axis order.
export function formatCoordinates(lat, lon) {
  const ns = lat < 0 ? 'S' : 'N';
  const ew = lon < 0 ? 'W' : 'E';
  return `${Math.abs(lat).toFixed(5)}° ${ns}, ${Math.abs(lon).toFixed(5)}° ${ew}`;
}

function detailRow(list, label, value) {
  list.append(el('dt', null, label), value instanceof Node ? wrap('dd', value) : el('dd', null, value));
}

function wrap(tag, child) {
  const node = el(tag);
  node.append(child);
  return node;
}

function locationItem(loc) {
  const li = el('li', `facility-location${loc.primary ? ' is-primary' : ''}`);
  const head = el('div', 'location-head');
  head.append(el('span', 'location-source', loc.sourceTitle ?? loc.source ?? t('popup.unknown')));
  if (loc.primary) head.append(el('span', 'location-primary-badge', t('popup.primary')));
  li.append(head);

  if (loc.name) li.append(el('div', 'location-name', t('popup.asPublished', { name: loc.name })));
  if (loc.hasPosition) li.append(el('div', 'location-coords', formatCoordinates(loc.lat, loc.lon)));
  if (!loc.primary && loc.distanceKm !== null && loc.distanceKm > 0) {
    const far = loc.distanceKm > DISAGREEMENT_KM ? ' is-far' : '';
    li.append(el('div', `location-distance${far}`, t('popup.distance', { km: formatNumber(loc.distanceKm, 1) })));
  }
  if (loc.note) li.append(el('div', 'location-note', loc.note));
  if (loc.url) {
    const link = externalLink(loc.url, t('popup.openRecord'), 'location-link');
    if (link.tagName === 'A') li.append(link); // unsafe URLs are simply not linked
  }
  return li;
}

function sourceItem(source) {
  const li = el('li', 'facility-source');
  const label = typeof source.publisher === 'string' && source.publisher ? source.publisher : String(source.id ?? '');
  li.append(externalLink(source.url, label, 'source-link'));
  if (typeof source.licence === 'string' && source.licence) {
    li.append(el('span', 'source-licence', ` (${t('popup.licence', { licence: source.licence })})`));
  }
  return li;
}

// Position (0..100 %) of an instant within [from, to].
function percentAt(time, fromMs, toMs) {
  return Math.min(100, Math.max(0, ((time - fromMs) / (toMs - fromMs)) * 100));
}

// The revisit timeline: one tick per scene over the facility (usable ones dark, others light), the
// longest gap without a usable scene shaded, the window's dates at the ends. Positions are set
// through the CSSOM (allowed by the Content-Security-Policy); every label is text.
export function revisitTimeline(scenes, gap, from, to) {
  const fromMs = Date.parse(`${from}T00:00:00Z`);
  const toMs = Date.parse(`${to}T00:00:00Z`) + 86_400_000;
  const box = el('div', 'revisit-timeline');
  const track = el('div', 'revisit-track');
  track.setAttribute('role', 'img');
  let usable = 0;
  if (gap && Number.isFinite(Date.parse(gap.from)) && Number.isFinite(Date.parse(gap.to)) && toMs > fromMs) {
    const shade = el('div', 'revisit-gap');
    const left = percentAt(Date.parse(gap.from), fromMs, toMs);
    shade.style.left = `${left}%`;
    shade.style.width = `${percentAt(Date.parse(gap.to), fromMs, toMs) - left}%`;
    shade.title = t('imagery.gapTitle', { from: gap.from.slice(0, 10), to: gap.to.slice(0, 10), days: formatNumber(gap.days, 0) });
    track.append(shade);
  }
  for (const scene of scenes) {
    const time = Date.parse(scene?.acquiredAt);
    if (!Number.isFinite(time) || toMs <= fromMs) continue;
    const tick = el('span', `revisit-tick${scene.usable ? ' is-usable' : ''}`);
    tick.style.left = `${percentAt(time, fromMs, toMs)}%`;
    const cloud = Number.isFinite(scene.cloudPct) ? `${formatNumber(scene.cloudPct, 0)} %` : t('popup.unknown');
    tick.title = t('imagery.tickTitle', { date: String(scene.acquiredAt).slice(0, 10), cloud });
    if (scene.usable) usable += 1;
    track.append(tick);
  }
  track.setAttribute('aria-label', t('imagery.timelineLabel', { count: formatNumber(scenes.length), usable: formatNumber(usable) }));
  box.dataset.ticks = String(track.querySelectorAll('.revisit-tick').length);
  box.dataset.usableTicks = String(usable);
  const ends = el('div', 'revisit-ends');
  ends.append(el('span', null, from), el('span', null, to));
  box.append(track, ends);
  return box;
}

// The imagery section: the revisit summary from /api/facilities/{id}/revisits (usable scenes in
// the three years up to the day, the longest gap), the timeline of scenes from .../coverage, and a
// button that draws the scenes' footprints on the map. Filled in as the answers arrive; text only.
function imagerySection(facility, onShowScenes, day) {
  const section = el('div', 'facility-imagery-section');
  const box = el('p', 'facility-imagery', t('imagery.loading'));
  box.dataset.state = 'loading';
  section.append(box);
  fetchRevisits(facility.id, day)
    .then(async (data) => {
      const usable = Number.isFinite(data?.scenes) ? data.scenes : 0;
      const gap = Array.isArray(data?.revisits?.gaps) ? data.revisits.gaps[0] : null;
      const from = String(data?.from ?? '');
      const to = String(data?.to ?? '');
      let text = t('imagery.usable', { count: formatNumber(usable), from, to });
      if (usable > 0 && gap && Number.isFinite(gap.days)) {
        text += ' ' + t('imagery.longestGap', { days: formatNumber(gap.days, 0) });
      }
      box.textContent = text;
      box.dataset.state = 'loaded';
      const scenes = await fetchCoverage(facility.id, from, to);
      if (Array.isArray(scenes) && scenes.length) {
        box.after(revisitTimeline(scenes, usable > 0 ? gap : null, from, to));
      }
    })
    .catch((err) => {
      console.warn('revisit summary unavailable', err);
      if (box.dataset.state === 'loading') {
        box.textContent = t('imagery.unavailable');
        box.dataset.state = 'error';
      }
    });
  if (onShowScenes) {
    const button = el('button', 'show-scenes', t('imagery.showScenes'));
    button.type = 'button';
    button.addEventListener('click', () => {
      button.disabled = true;
      onShowScenes(facility)
        .then((count) => { button.textContent = t('imagery.scenesShown', { count: formatNumber(count) }); })
        .catch((err) => {
          console.warn('scene footprints unavailable', err);
          button.textContent = t('imagery.scenesUnavailable');
        });
    });
    section.append(button);
  }
  return section;
}

// Returns the popup root element for a normalised facility; type and status are labelled from the
// vocabulary (vocabulary.js). onShowScenes(facility), when given, draws the facility's scenes and
// resolves to their number; day (YYYY-MM-DD, the timeline's) ends the imagery window, which is the
// three years before it.
export function buildPopup(facility, { vocabulary, onShowScenes = null, day = null }) {
  const language = currentLanguage();
  const root = el('div', 'facility-popup');
  root.dataset.facilityId = facility.id;

  root.append(el('h3', 'facility-name', facility.name));
  if (facility.nameKo) {
    const ko = el('p', 'facility-name-ko', facility.nameKo);
    ko.lang = 'ko';
    root.append(ko);
  }

  const details = el('dl', 'facility-details');
  const type = el('span', `facility-type-label facility-type-${facility.type}`, vocabulary.typeLabel(facility.type, language));
  detailRow(details, t('popup.type'), type);
  const status = facility.status ? vocabulary.statusLabel(facility.status, language) : t('popup.unknown');
  detailRow(details, t('popup.status'), el('span', `facility-status facility-status-${facility.status ?? 'unknown'}`, status));
  if (facility.province) detailRow(details, t('popup.province'), facility.province);
  if (facility.controllingAgency) detailRow(details, t('popup.agency'), facility.controllingAgency);
  if (facility.aliases.length) detailRow(details, t('popup.aliases'), facility.aliases.join(' · '));
  root.append(details);

  if (facility.possibleDuplicateOf) {
    const dup = facility.possibleDuplicateOf;
    const km = dup.distanceKm === null ? '?' : formatNumber(dup.distanceKm, 1);
    const note = el('p', 'facility-duplicate', t('popup.possibleDuplicate', { name: dup.name, km }));
    note.dataset.duplicateOf = dup.id;
    note.setAttribute('role', 'note');
    root.append(note);
  }

  if (facility.maxDisagreementKm > DISAGREEMENT_KM) {
    const warn = el('p', 'facility-disagreement', t('popup.disagreement', { km: formatNumber(facility.maxDisagreementKm, 1) }));
    warn.setAttribute('role', 'note');
    root.append(warn);
  }

  root.append(el('h4', 'facility-section-heading', t('popup.locations')));
  if (facility.locations.length) {
    // Primary first, then by distance so the largest disagreements are visible at the end.
    const sorted = [...facility.locations].sort((a, b) =>
      (b.primary - a.primary) || ((a.distanceKm ?? 0) - (b.distanceKm ?? 0)));
    const list = el('ol', 'facility-locations');
    list.append(...sorted.map(locationItem));
    root.append(list);
  } else {
    root.append(el('p', 'facility-empty', t('popup.noLocations')));
  }

  root.append(el('h4', 'facility-section-heading', t('imagery.heading')));
  root.append(imagerySection(facility, onShowScenes, day));

  if (facility.sources.length) {
    root.append(el('h4', 'facility-section-heading', t('popup.sources')));
    const list = el('ul', 'facility-sources');
    list.append(...facility.sources.map(sourceItem));
    root.append(list);
  }
  return root;
}
