// Builds a facility's popup as DOM (never HTML strings: all data is untrusted).

import { el, externalLink } from './dom.js';
import { t, formatNumber } from './i18n.js';
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

// The revisit summary from /api/facilities/{id}/revisits (usable scenes in the last three years
// and the longest gap), filled in when it arrives; text only.
function imagerySummary(facilityId) {
  const box = el('p', 'facility-imagery', t('imagery.loading'));
  box.dataset.state = 'loading';
  fetch(`/api/facilities/${encodeURIComponent(facilityId)}/revisits?gaps=1`, {
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
  })
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    })
    .then((data) => {
      const usable = Number.isFinite(data?.scenes) ? data.scenes : 0;
      const gap = Array.isArray(data?.revisits?.gaps) ? data.revisits.gaps[0] : null;
      let text = t('imagery.usable', { count: formatNumber(usable), from: String(data?.from ?? ''), to: String(data?.to ?? '') });
      if (usable > 0 && gap && Number.isFinite(gap.days)) {
        text += ' ' + t('imagery.longestGap', { days: formatNumber(gap.days, 0) });
      }
      box.textContent = text;
      box.dataset.state = 'loaded';
    })
    .catch((err) => {
      console.warn('revisit summary unavailable', err);
      box.textContent = t('imagery.unavailable');
      box.dataset.state = 'error';
    });
  return box;
}

// Returns the popup root element for a normalised facility.
export function buildPopup(facility) {
  const root = el('div', 'facility-popup');
  root.dataset.facilityId = facility.id;

  root.append(el('h3', 'facility-name', facility.name));
  if (facility.nameKo) {
    const ko = el('p', 'facility-name-ko', facility.nameKo);
    ko.lang = 'ko';
    root.append(ko);
  }

  const details = el('dl', 'facility-details');
  const type = el('span', `facility-type-label facility-type-${facility.type}`, t(`type.${facility.type}`));
  detailRow(details, t('popup.type'), type);
  const status = facility.status ? t(`facilityStatus.${facility.status}`) : t('popup.unknown');
  detailRow(details, t('popup.status'), el('span', `facility-status facility-status-${facility.status ?? 'unknown'}`, status));
  if (facility.province) detailRow(details, t('popup.province'), facility.province);
  if (facility.aliases.length) detailRow(details, t('popup.aliases'), facility.aliases.join(' · '));
  root.append(details);

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
  root.append(imagerySummary(facility.id));

  if (facility.sources.length) {
    root.append(el('h4', 'facility-section-heading', t('popup.sources')));
    const list = el('ul', 'facility-sources');
    list.append(...facility.sources.map(sourceItem));
    root.append(list);
  }
  return root;
}
