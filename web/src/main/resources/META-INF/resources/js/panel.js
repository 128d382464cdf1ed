// Side panel: the facility list, its text filter, the count and the legend.

import { el } from './dom.js';
import { t, plural, formatNumber, currentLanguage } from './i18n.js';
import { FACILITY_TYPES } from './facility-model.js';

// Lower-cased, plus a form without spaces, hyphens and apostrophes ("Yo-dok" ~ "yodok").
function searchForms(text) {
  const lower = text.normalize('NFKC').toLocaleLowerCase();
  return [lower, lower.replace(/[\s\-‐–'’ʼ`.]/g, '')];
}

// True when the query matches the facility's name, Korean name or any alias.
export function matchesFilter(facility, query) {
  const [q, qCompact] = searchForms(query.trim());
  if (!q) return true;
  const names = [facility.name, facility.nameKo, ...facility.aliases].filter(Boolean);
  return names.some((name) => {
    const [n, nCompact] = searchForms(name);
    return n.includes(q) || (qCompact !== '' && nCompact.includes(qCompact));
  });
}

export class Panel {
  constructor({ list, filter, count, legend, onSelect }) {
    this.listEl = list;
    this.filterEl = filter;
    this.countEl = count;
    this.legendEl = legend;
    this.onSelect = onSelect;
    this.facilities = [];
    this.loaded = false; // no count until data has arrived
    this.selectedId = null;
    this.filterEl.addEventListener('input', () => this.renderList());
  }

  setFacilities(facilities) {
    this.facilities = facilities;
    this.loaded = true;
    this.render();
  }

  // Highlights the list entry of the facility whose popup is open.
  setSelected(id) {
    this.selectedId = id;
    for (const button of this.listEl.querySelectorAll('.facility-list-item')) {
      const on = button.dataset.facilityId === id;
      button.classList.toggle('is-selected', on);
      if (on) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
  }

  render() {
    this.renderList();
    this.renderLegend();
  }

  displayName(f) {
    return currentLanguage() === 'ko' && f.nameKo ? [f.nameKo, f.name] : [f.name, f.nameKo];
  }

  renderList() {
    const query = this.filterEl.value;
    const collator = new Intl.Collator(currentLanguage());
    const shown = this.facilities
      .filter((f) => matchesFilter(f, query))
      .sort((a, b) => collator.compare(this.displayName(a)[0], this.displayName(b)[0]));

    const items = shown.map((f) => {
      const [main, secondary] = this.displayName(f);
      const li = el('li');
      const button = el('button', 'facility-list-item');
      button.type = 'button';
      button.dataset.facilityId = f.id;
      if (f.id === this.selectedId) {
        button.classList.add('is-selected');
        button.setAttribute('aria-current', 'true');
      }
      button.append(el('span', `legend-swatch facility-type-${f.type}`));
      const text = el('span', 'facility-list-text');
      text.append(el('span', 'facility-list-name', main));
      const meta = secondary ? `${secondary} · ${t(`type.${f.type}`)}` : t(`type.${f.type}`);
      text.append(el('span', 'facility-list-meta', meta));
      button.append(text);
      button.addEventListener('click', () => this.onSelect(f.id));
      li.append(button);
      return li;
    });
    if (!items.length && this.facilities.length) {
      items.push(el('li', 'facility-list-empty', t('panel.empty', { query: query.trim() })));
    }
    this.listEl.replaceChildren(...items);

    this.countEl.textContent = this.countText(shown.length);
  }

  countText(shown) {
    const total = this.facilities.length;
    if (!this.loaded) return '';
    if (shown === total) return plural('panel.count', total);
    return t('panel.countFiltered', { shown: formatNumber(shown), count: formatNumber(total) });
  }

  renderLegend() {
    const counts = new Map();
    for (const f of this.facilities) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
    const items = FACILITY_TYPES.map((type) => {
      const li = el('li', 'legend-item');
      li.append(el('span', `legend-swatch facility-type-${type}`), el('span', 'legend-label', t(`type.${type}`)));
      li.append(el('span', 'legend-count', formatNumber(counts.get(type) ?? 0)));
      return li;
    });
    const alt = el('li', 'legend-item legend-item-alt');
    alt.append(el('span', 'legend-swatch legend-swatch-alt'), el('span', 'legend-label', t('legend.altLocation')));
    items.push(alt);
    for (const [key, kind] of [['legend.boundary', 'boundary'], ['legend.approximate', 'approximate']]) {
      const li = el('li', `legend-item legend-item-${kind}`);
      li.append(el('span', `legend-line legend-line-${kind}`), el('span', 'legend-label', t(key)));
      items.push(li);
    }
    this.legendEl.replaceChildren(...items);
  }
}
