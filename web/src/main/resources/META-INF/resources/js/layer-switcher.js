// The layer switcher (checkboxes in the sidebar) and the legend (on the map): both drawn from the
// state, so the legend explains exactly the layers that are on. Staff layers are offered to staff
// only; the server refuses them to everyone else anyway.

import { el } from './dom.js';
import { t, formatNumber, currentLanguage } from './i18n.js';
import { EVENT_READERS, LAYERS, hasAnyRole, STAFF_ROLES, withLayer } from './state.js';
import { CHANGE_COLOURS, STRUCTURE_COLOURS, CLOUD_STOPS, CLOUD_UNKNOWN_COLOUR, GSD_WEIGHTS, LEVEL_COLOURS, CELL_COLOUR, PUBLIC_CLAIM_COLOUR } from './layer-styles.js';
import { placeNote } from './public-model.js';

const STAFF_LAYERS = Object.freeze(['structures', 'changeEvents', 'events']);
// Top of the list = drawn on top.
const SWITCHER_ORDER = Object.freeze([...LAYERS].reverse());

function swatch(className, colour = null, hollow = false) {
  const node = el('span', `legend-swatch ${className}`);
  if (colour) {
    node.style.setProperty('--swatch-colour', colour);
    node.classList.add('has-colour');
  }
  if (hollow) node.classList.add('is-hollow');
  return node;
}

function item(symbol, label, extraClass = '') {
  const li = el('li', `legend-item ${extraClass}`.trim());
  li.append(symbol, el('span', 'legend-label', label));
  return li;
}

export class LayerSwitcher {
  constructor({ list, legend }, { state, vocabulary }) {
    this.list = list;
    this.legend = legend;
    this.state = state;
    this.vocabulary = vocabulary;
    state.subscribe(['layers', 'user', 'language', 'publicPolicy'], () => this.render());
    state.subscribe('layerCounts', () => this.renderCounts());
    this.render();
  }

  allowed(layer) {
    if (layer === 'events') return hasAnyRole(this.state.get().user, EVENT_READERS);
    return !STAFF_LAYERS.includes(layer) || hasAnyRole(this.state.get().user, STAFF_ROLES);
  }

  render() {
    const current = this.state.get();
    const items = SWITCHER_ORDER.map((layer) => {
      const li = el('li', 'layer-item');
      li.dataset.layer = layer;
      const label = el('label', 'layer-option');
      const box = el('input');
      box.type = 'checkbox';
      box.value = layer;
      const allowed = this.allowed(layer);
      box.checked = allowed && current.layers.includes(layer);
      box.disabled = !allowed;
      box.addEventListener('change', () => {
        this.state.set({ layers: withLayer(this.state.get().layers, layer, box.checked) });
      });
      label.append(box, el('span', 'layer-name', t(`layers.${layer}`)));
      li.append(label);
      const note = el('span', 'layer-count');
      note.dataset.layer = layer;
      if (!allowed) note.textContent = t('layers.staffOnly');
      li.append(note);
      return li;
    });
    this.list.replaceChildren(...items);
    this.renderCounts();
    this.renderLegend();
  }

  renderCounts() {
    const counts = this.state.get().layerCounts;
    for (const note of this.list.querySelectorAll('.layer-count')) {
      const layer = note.dataset.layer;
      if (!this.allowed(layer)) continue;
      const entry = counts[layer];
      if (!entry || !this.state.get().layers.includes(layer)) note.textContent = '';
      else if (entry.mode === 'error') note.textContent = t('layers.failed');
      else if (entry.mode === 'zoom-in') note.textContent = t('layers.zoomIn');
      else if (entry.mode === 'cells') note.textContent = t('layers.aggregated', { count: formatNumber(entry.matched) });
      else note.textContent = t('layers.drawn', { count: formatNumber(entry.drawn) });
    }
  }

  // Whether the policy in force lets events of this level be public (all, before it is known).
  publicLevelShown(level) {
    const minimum = this.state.get().publicPolicy?.rules?.minimumEventLevel;
    const order = Object.keys(LEVEL_COLOURS);
    return !order.includes(minimum) || order.indexOf(level) >= order.indexOf(minimum);
  }

  renderLegend() {
    const on = new Set(this.state.get().layers.filter((layer) => this.allowed(layer)));
    const language = currentLanguage();
    const sections = [];
    const section = (titleKey, items) => {
      const box = el('div', 'legend-section');
      box.append(el('h3', 'legend-section-title', t(titleKey)));
      const ul = el('ul', 'legend-list');
      ul.append(...items);
      box.append(ul);
      sections.push(box);
    };
    if (on.has('facilities')) {
      section('legend.facilities', [
        ...this.vocabulary.types.map((type) => item(swatch(`facility-type-${type}`), this.vocabulary.typeLabel(type, language))),
        item(swatch('facility-type-other', null, true), t('legend.unconfirmed')),
        item(swatch('legend-swatch-alt'), t('legend.altLocation')),
      ]);
    }
    if (on.has('boundaries') || on.has('zones')) {
      const items = [];
      if (on.has('boundaries')) {
        items.push(item(el('span', 'legend-line legend-line-boundary'), t('legend.boundary')));
        items.push(item(el('span', 'legend-line legend-line-approximate'), t('legend.approximate')));
      }
      if (on.has('zones')) items.push(item(el('span', 'legend-line legend-line-zone'), t('legend.zone')));
      section('legend.areas', items);
    }
    if (on.has('events')) {
      section('legend.events', [
        ...Object.entries(LEVEL_COLOURS).map(([level, colour]) =>
          item(swatch('legend-region', colour), this.vocabulary.label('corroborationLevels', level, language))),
        item(swatch('legend-region is-partial', '#777777'), t('legend.partial')),
        item(el('span', 'legend-note-symbol'), t('legend.regionNote')),
      ]);
    }
    if (on.has('publicEvents')) {
      const levels = Object.entries(LEVEL_COLOURS).filter(([level]) => this.publicLevelShown(level));
      section('legend.publicEvents', levels.map(([level, colour]) =>
        item(swatch('legend-public-point', colour), this.vocabulary.label('corroborationLevels', level, language))));
    }
    if (on.has('publicClaims')) {
      section('legend.publicClaims', [item(swatch('legend-public-point', PUBLIC_CLAIM_COLOUR), t('legend.publicClaim'))]);
    }
    if (on.has('publicStructures')) {
      section('legend.publicStructures', Object.entries(STRUCTURE_COLOURS).map(([code, colour]) =>
        item(swatch('legend-region', colour), this.vocabulary.label('structureClasses', code, language))));
    }
    if (on.has('publicEvents') || on.has('publicClaims')) {
      const policy = this.state.get().publicPolicy;
      const notes = [];
      const note = policy?.rules?.placeGeneralisation
        ? placeNote({ generalisedTo: 'grid', gridSizeM: policy.rules.gridSizeM })
        : null;
      if (note) notes.push(item(el('span', 'legend-note-symbol'), t('legend.publicPlace', note.vars)));
      if (policy) notes.push(item(el('span', 'legend-note-symbol'), t('legend.publicPolicy', { version: formatNumber(policy.version) })));
      if (notes.length) section('legend.publicNotes', notes);
    }
    if (on.has('structures')) {
      section('legend.structures', Object.entries(STRUCTURE_COLOURS).map(([code, colour]) =>
        item(swatch('legend-region', colour), this.vocabulary.label('structureClasses', code, language))));
    }
    if (on.has('changeEvents')) {
      section('legend.changes', Object.entries(CHANGE_COLOURS).map(([kind, colour]) =>
        item(swatch('legend-region', colour), this.vocabulary.label('changeKinds', kind, language))));
    }
    if (on.has('footprints')) {
      let lower = 0;
      const clouds = CLOUD_STOPS.map((stop) => {
        const label = t('legend.cloudRange', { from: lower, to: stop.maxPct });
        lower = stop.maxPct;
        return item(swatch('legend-footprint', stop.colour), label);
      });
      section('legend.footprints', [
        ...clouds,
        item(swatch('legend-footprint is-dashed', CLOUD_UNKNOWN_COLOUR), t('legend.cloudUnknown')),
        item(el('span', `legend-line legend-weight-${GSD_WEIGHTS[0].weight}`), t('legend.sharp', { m: GSD_WEIGHTS[0].maxM })),
        item(el('span', 'legend-note-symbol legend-stack'), t('legend.stack')),
      ]);
    }
    if ([...on].some((layer) => ['footprints', 'events', 'changeEvents'].includes(layer))) {
      section('legend.aggregates', [item(swatch('legend-cell', CELL_COLOUR), t('legend.cell'))]);
    }
    this.legend.replaceChildren(...sections);
  }
}
