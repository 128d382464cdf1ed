// The facility panel: everything about one facility, beside the map (<aside id="facility-panel">).
// It replaces the popup as the place for a facility's details. Each section loads on its own and
// shows its progress; an answer for a facility no longer selected is dropped. All data is
// untrusted: DOM and textContent only.
//
// Progress published for the browser tests (data-* attributes):
//   the container           data-facility-id="<id>" while open (absent when closed)
//   each section            <section class="facility-panel-section fp-<name>" data-section="<name>"
//                           data-state="loading|loaded|empty|denied|error">
//     names: facts, boundaries, series (staff), imagery, scenes, events (staff),
//            claims (investigators), exports
//   .fp-imagery             data-ticks, data-usable-ticks (scene ticks drawn), data-longest-gap-days
//   .fp-series              data-measure="counts|area", data-chart="chart|table"
//   .fp-scenes              data-shown (rows listed), data-total
// "denied": the server (or the user's roles) does not let this user see the section; the section
// says so and suggests signing in with a role that may.

import {
  EXPORT_FORMATS, boundaryHistoryUrl, coverageCsvUrl, coverageUrl, facilityClaimsUrl, facilityEventsUrl,
  facilityExportUrl, facilityRevisitsUrl, getBlob, getJson, structureSeriesCsvUrl, structureSeriesUrl,
} from './api.js';
import { el, externalLink } from './dom.js';
import { t, formatNumber } from './i18n.js';
import { EVENT_READERS, hasAnyRole, STAFF_ROLES } from './state.js';
import { BOUNDARY_BASES, BOUNDARY_CONFIDENCES } from './boundary-layer.js';
import { DISAGREEMENT_KM } from './facility-model.js';
import { publicationControl } from './work/publication-state.js';
import {
  boundaryHistory, boundaryMeasures, classifyGaps, fadeGeometry, formatCoordinates, imageryPeriod, intervalAxis, percentAt,
  perimeterKm, provinceCode, scenesNewestFirst, seriesDatasets, thumbnailMode,
} from './facility-facts.js';


// A boundary's basis and confidence in the current language (the code itself when unknown).
const basisLabel = (code) => (BOUNDARY_BASES.includes(code) ? t(`boundary.basis.${code}`) : code ?? '–');
const confidenceLabel = (code) => (BOUNDARY_CONFIDENCES.includes(code) ? t(`boundary.confidenceLevel.${code}`) : code ?? '–');
const INVESTIGATORS = Object.freeze(['investigator']);
const SECTIONS = Object.freeze(['facts', 'boundaries', 'series', 'imagery', 'scenes', 'events', 'claims', 'exports']);
const DEPENDENT = Object.freeze({ imagery: ['scenes'], boundaries: ['facts'] });
const SCENE_PAGE = 50;
const STRIP_WIDTH = 1000; // the interval strips' viewBox width (drawn at the panel's width)
const SVG_NS = 'http://www.w3.org/2000/svg';

// Structure class colours (distinct for colour-blind readers, each at least 3:1 on white) and
// point shapes, so that a class is told apart by more than its colour.
const CLASS_STYLE = Object.freeze({
  'prisoner-housing': ['#0b62a4', 'circle'],
  'agricultural-support': ['#5c7a1f', 'rect'],
  agriculture: ['#007a5a', 'triangle'],
  perimeter: ['#555555', 'rectRot'],
  'guard-post': ['#c2410c', 'crossRot'],
  'light-industry': ['#a63d86', 'star'],
  administration: ['#6b3fa0', 'rectRounded'],
  mining: ['#7a5c00', 'cross'],
  other: ['#222222', 'line'],
});
const FALLBACK_STYLE = ['#444444', 'circle'];
const NOT_ASSESSABLE_COLOUR = '#6b6b6b';
const classStyle = (code) => CLASS_STYLE[code] ?? FALLBACK_STYLE;

const day = (value) => (typeof value === 'string' ? value.slice(0, 10) : '');
const isDenied = (err) => err?.status === 401 || err?.status === 403;

export class FacilityPanel {
  // container: the <aside>; state: the store (state.js); vocabulary: vocabulary.js's object;
  // mapConfig: normalised /api/map-config (tileUrl, thumbnailHosts); onZoomTo(facility);
  // findFacility(id): the normalised facility for an id the state selects (sync or a promise;
  // null when unknown); actions(facility, user): extra header buttons [{ labelKey, onClick }] (the
  // work panel's "Edit" for analysts).
  constructor(container, { state, vocabulary, mapConfig = {}, onZoomTo = () => {}, findFacility = () => null, actions = () => [] }) {
    this.actions = actions;
    this.container = container;
    this.state = state;
    this.vocabulary = vocabulary;
    this.mapConfig = mapConfig ?? {};
    this.onZoomTo = onZoomTo;
    this.findFacility = findFacility;
    this.facility = null;
    this.opener = null;
    this.data = {}; // section -> { status, value, error }
    this.loads = {}; // section -> AbortController of the request in flight
    this.chart = null;
    this.measure = 'counts';
    this.scenesShown = SCENE_PAGE;
    this.stripCount = 0;
    this.sections = {};

    container.classList.add('facility-panel');
    container.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        this.close();
      }
    });

    this.unsubscribe = [
      state.subscribe('selectedFacilityId', (s) => this.#selected(s.selectedFacilityId)),
      state.subscribe('language', () => this.#renderAll()),
      state.subscribe('user', () => {
        this.#reloadStaff();
        this.container.querySelector('.facility-panel-header')?.replaceWith(this.#header());
      }),
      state.subscribe(['to', 'from'], (s, changed) => this.#periodChanged(changed)),
    ];
    const initial = state.get().selectedFacilityId;
    if (initial) this.#selected(initial);
  }

  // Opens the panel for a normalised facility (facility-model.js) and selects it.
  open(facility) {
    if (!facility?.id) return;
    const active = globalThis.document?.activeElement;
    if (active && active !== document.body && !this.container.contains(active)) this.opener = active;
    this.#show(facility);
    this.state.set({ selectedFacilityId: facility.id });
  }

  // Closes the panel (the state's selection becomes null).
  close() {
    this.state.set({ selectedFacilityId: null });
    this.#hide();
  }

  // Loads every section again.
  refresh() {
    if (this.facility) this.#show(this.facility, true);
  }

  // Stops listening to the state.
  destroy() {
    this.unsubscribe.forEach((off) => off());
    this.#hide();
  }

  // ---- Selection ----

  async #selected(id) {
    if (!id) {
      this.#hide();
      return;
    }
    if (this.facility?.id === id) return;
    const active = globalThis.document?.activeElement;
    if (active && active !== document.body && !this.container.contains(active)) this.opener = active;
    let facility = null;
    try {
      facility = await this.findFacility(id);
    } catch (err) {
      console.warn('facility panel: facility not found', id, err);
    }
    if (this.state.get().selectedFacilityId !== id) return; // another selection came first
    if (facility) this.#show(facility);
    else this.#hide();
  }

  #show(facility, force = false) {
    const same = this.facility?.id === facility.id;
    if (same && !force) return;
    this.#abortAll();
    this.facility = facility;
    this.data = {};
    this.scenesShown = SCENE_PAGE;
    this.container.dataset.facilityId = facility.id;
    this.container.hidden = false;
    this.#build();
    this.#loadAll();
    if (!same) this.heading?.focus();
  }

  #hide() {
    const wasOpen = this.facility !== null;
    this.#abortAll();
    this.#destroyChart();
    this.facility = null;
    this.data = {};
    delete this.container.dataset.facilityId;
    this.container.hidden = true;
    this.container.replaceChildren();
    if (wasOpen && this.opener?.isConnected) this.opener.focus();
    this.opener = null;
  }

  #abortAll() {
    for (const controller of Object.values(this.loads)) controller.abort();
    this.loads = {};
  }

  // ---- Loading ----

  #user() {
    return this.state.get().user;
  }

  #loadAll() {
    this.#load('boundaries', (signal) => getJson(boundaryHistoryUrl(this.facility.id), 'application/json', signal));
    this.#loadImagery();
    this.#loadStaff();
  }

  #loadStaff() {
    const user = this.#user();
    this.#load('series', (signal) => getJson(structureSeriesUrl(this.facility.id), 'application/json', signal),
      hasAnyRole(user, STAFF_ROLES));
    this.#load('events', (signal) => getJson(facilityEventsUrl(this.facility.id), 'application/geo+json, application/json;q=0.9', signal),
      hasAnyRole(user, EVENT_READERS));
    this.#load('claims', (signal) => getJson(facilityClaimsUrl(this.facility.id), 'application/json', signal),
      hasAnyRole(user, INVESTIGATORS));
  }

  #loadImagery() {
    const { from, to } = this.#period();
    this.#load('imagery', async (signal) => {
      const [revisits, scenes] = await Promise.all([
        getJson(facilityRevisitsUrl(this.facility.id, from, to), 'application/json', signal),
        getJson(coverageUrl(this.facility.id, from, to), 'application/json', signal),
      ]);
      return { revisits, scenes: Array.isArray(scenes) ? scenes : [], from, to };
    });
  }

  #period() {
    const { from, to } = this.state.get();
    return imageryPeriod(from, to);
  }

  // Fetches one section's data; allowed=false marks it denied without asking the server (the
  // server would refuse, and does when asked anyway).
  #load(section, fetcher, allowed = true) {
    this.loads[section]?.abort();
    delete this.loads[section];
    const facilityId = this.facility.id;
    // The sections drawn from this data: the imagery answer feeds the scene list, the boundary
    // history the facts' area and perimeter.
    const render = () => [section, ...(DEPENDENT[section] ?? [])].forEach((name) => this.#renderSection(name));
    if (!allowed) {
      this.data[section] = { status: 'denied' };
      render();
      return;
    }
    const controller = new globalThis.AbortController();
    this.loads[section] = controller;
    this.data[section] = { status: 'loading' };
    render();
    fetcher(controller.signal)
      .then((value) => {
        if (controller.signal.aborted || this.facility?.id !== facilityId) return;
        this.data[section] = { status: 'loaded', value };
      })
      .catch((error) => {
        if (controller.signal.aborted || this.facility?.id !== facilityId) return;
        if (!isDenied(error)) console.warn(`facility panel: ${section} unavailable`, error);
        this.data[section] = { status: isDenied(error) ? 'denied' : 'error', error };
      })
      .finally(() => {
        if (controller.signal.aborted || this.facility?.id !== facilityId) return;
        delete this.loads[section];
        render();
      });
  }

  #reloadStaff() {
    if (!this.facility) return;
    this.#loadStaff();
    this.#renderSection('exports');
  }

  #periodChanged(changed) {
    if (!this.facility) return;
    this.#loadImagery();
    if (changed.includes('to')) {
      this.#renderSection('facts');
      this.#renderSection('boundaries');
      this.#renderSection('exports');
    }
  }

  // ---- Drawing ----

  #language() {
    return this.state.get().language === 'ko' ? 'ko' : 'en';
  }

  #build() {
    this.#destroyChart();
    this.container.replaceChildren();
    this.container.append(this.#header());
    const body = el('div', 'facility-panel-body');
    body.append(this.#aliases());
    this.sections = {};
    for (const name of SECTIONS) {
      const section = el('section', `facility-panel-section fp-${name}`);
      section.dataset.section = name;
      const headingId = `fp-${name}-heading`;
      section.setAttribute('aria-labelledby', headingId);
      const heading = el('h3', 'facility-panel-section-heading');
      heading.id = headingId;
      const content = el('div', 'fp-content');
      section.append(heading, content);
      this.sections[name] = { section, heading, content };
      body.append(section);
    }
    this.container.append(body);
    this.#renderAll(false);
  }

  #renderAll(rebuildHeader = true) {
    if (!this.facility) return;
    if (rebuildHeader) {
      const old = this.container.querySelector('.facility-panel-header');
      const focused = old?.contains(document.activeElement);
      old?.replaceWith(this.#header());
      this.container.querySelector('.facility-panel-aliases')?.replaceWith(this.#aliases());
      if (focused) this.heading.focus();
    }
    for (const name of SECTIONS) this.#renderSection(name);
  }

  #header() {
    const f = this.facility;
    const korean = this.#language() === 'ko' && f.nameKo;
    const header = el('header', 'facility-panel-header');
    const heading = el('h2', 'facility-panel-title', korean ? f.nameKo : f.name);
    heading.id = 'facility-panel-heading';
    heading.tabIndex = -1;
    if (korean) heading.lang = 'ko';
    this.heading = heading;
    const titles = el('div', 'facility-panel-titles');
    titles.append(heading);
    const other = korean ? f.name : f.nameKo;
    if (other && other !== heading.textContent) {
      const p = el('p', 'facility-panel-subtitle', other);
      p.lang = korean ? 'en' : 'ko';
      titles.append(p);
    }
    const actions = el('div', 'facility-panel-actions');
    const zoom = el('button', 'fp-button fp-zoom', t('facilityPanel.zoomTo'));
    zoom.type = 'button';
    zoom.addEventListener('click', () => this.onZoomTo(this.facility));
    const close = el('button', 'fp-button fp-close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', t('facilityPanel.close'));
    close.title = t('facilityPanel.close');
    close.addEventListener('click', () => this.close());
    for (const action of this.actions(f, this.state.get().user)) {
      const button = el('button', 'fp-button fp-action', t(action.labelKey));
      button.type = 'button';
      button.addEventListener('click', () => action.onClick(f));
      actions.append(button);
    }
    actions.append(zoom, close);
    header.append(titles, actions);
    return header;
  }

  // Romanizations and aliases, under the sticky header (they can be long).
  #aliases() {
    const f = this.facility;
    const p = el('p', 'facility-panel-aliases');
    if (f.aliases?.length) p.textContent = t('facilityPanel.aliases', { names: f.aliases.join(' · ') });
    else p.hidden = true;
    return p;
  }

  #renderSection(name) {
    const parts = this.sections[name];
    if (!parts || !this.facility) return;
    const { section, heading, content } = parts;
    heading.textContent = t(`facilityPanel.${name}.heading`);
    const render = {
      facts: () => this.#facts(),
      boundaries: () => this.#boundaries(),
      series: () => this.#series(),
      imagery: () => this.#imagery(),
      scenes: () => this.#scenes(),
      events: () => this.#events(),
      claims: () => this.#claims(),
      exports: () => this.#exports(),
    }[name];
    if (name === 'series') this.#destroyChart();
    const { state, nodes } = render();
    section.dataset.state = state;
    content.replaceChildren(...nodes);
    if (name === 'series' && state === 'loaded') this.#drawChart();
  }

  // The common states of a section fed by one request: null when loaded (the caller draws it).
  #pending(name, deniedKey = 'facilityPanel.denied') {
    const entry = this.data[name] ?? { status: 'loading' };
    if (entry.status === 'loading') return { state: 'loading', nodes: [note('fp-loading', t('facilityPanel.loading'))] };
    if (entry.status === 'denied') return { state: 'denied', nodes: [note('fp-denied', t(deniedKey))] };
    if (entry.status === 'error') return { state: 'error', nodes: [note('fp-error', t('facilityPanel.error'))] };
    return null;
  }

  // -- 2. Facts --
  #facts() {
    const f = this.facility;
    const language = this.#language();
    const v = this.vocabulary;
    const nodes = [];
    const list = el('dl', 'fp-facts-list');
    const row = (label, value) => {
      list.append(el('dt', null, label));
      const dd = el('dd');
      if (value instanceof Node) dd.append(value);
      else dd.textContent = value;
      list.append(dd);
      return dd;
    };
    row(t('facilityPanel.facts.type'), v.typeLabel(f.type, language));
    const statusText = f.status ? v.statusLabel(f.status, language) : t('facilityPanel.facts.statusUnknown');
    const statusDd = row(t('facilityPanel.facts.status'), el('span', `fp-status fp-status-${f.status ?? 'unknown'}`, statusText));
    if (f.status === 'unconfirmed') statusDd.append(el('span', 'fp-status-note', ` ${t('facilityPanel.facts.unconfirmedNote')}`));
    row(t('facilityPanel.facts.agency'), f.controllingAgency ?? t('facilityPanel.facts.notRecorded'));
    if (f.province) {
      const code = v.codes ? provinceCode(f.province, v.codes('provinces')) : null;
      row(t('facilityPanel.facts.province'), code ? v.label('provinces', code, language) : f.province);
    } else {
      row(t('facilityPanel.facts.province'), t('facilityPanel.facts.notRecorded'));
    }
    const history = this.data.boundaries;
    let state = 'loaded';
    if (history?.status === 'loaded') {
      const { current } = boundaryHistory(history.value, this.state.get().to);
      if (current) {
        const { areaSqKm, perimeterKm: perimeter } = boundaryMeasures(current);
        row(t('facilityPanel.facts.area'), areaSqKm === null ? '–' : `${formatNumber(areaSqKm, 2)} km²`);
        // The perimeter computed here from the ring, geodesically, whatever the server says.
        const computed = perimeterKm(current.geometry) ?? perimeter;
        row(t('facilityPanel.facts.perimeter'), computed === null ? '–' : `${formatNumber(computed, 2)} km`);
        row(t('facilityPanel.facts.boundaryAsOf'), t('facilityPanel.facts.boundaryBasis', {
          day: this.state.get().to ?? t('facilityPanel.today'),
          basis: basisLabel(current.basis),
          confidence: confidenceLabel(current.confidence),
        }));
      } else {
        row(t('facilityPanel.facts.area'), t('facilityPanel.facts.noBoundary'));
      }
    } else if (!history || history.status === 'loading') {
      row(t('facilityPanel.facts.area'), t('facilityPanel.loading'));
      state = 'loading';
    } else {
      row(t('facilityPanel.facts.area'), t('facilityPanel.facts.noBoundary'));
    }
    nodes.push(list);

    if (f.possibleDuplicateOf) {
      const dup = f.possibleDuplicateOf;
      const km = dup.distanceKm === null ? '?' : formatNumber(dup.distanceKm, 1);
      const dupNote = note('fp-duplicate', t('facilityPanel.facts.possibleDuplicate', { name: dup.name, km }));
      dupNote.dataset.duplicateOf = dup.id;
      dupNote.setAttribute('role', 'note');
      nodes.push(dupNote);
    }
    if (f.maxDisagreementKm > DISAGREEMENT_KM) {
      const warn = note('fp-disagreement', t('facilityPanel.facts.disagreement', { km: formatNumber(f.maxDisagreementKm, 1) }));
      warn.setAttribute('role', 'note');
      nodes.push(warn);
    }

    nodes.push(el('h4', 'fp-subheading', t('facilityPanel.facts.locations')));
    if (f.locations?.length) {
      const sorted = [...f.locations].sort((a, b) => (b.primary - a.primary) || ((a.distanceKm ?? 0) - (b.distanceKm ?? 0)));
      const ol = el('ol', 'fp-locations');
      ol.append(...sorted.map(locationItem));
      nodes.push(ol);
    } else {
      nodes.push(note('fp-empty', t('facilityPanel.facts.noLocations')));
    }
    nodes.push(el('h4', 'fp-subheading', t('facilityPanel.facts.sources')));
    if (f.sources?.length) {
      const ul = el('ul', 'fp-sources');
      ul.append(...f.sources.map(sourceItem));
      nodes.push(ul);
    } else {
      nodes.push(note('fp-empty', t('facilityPanel.facts.noSources')));
    }
    return { state, nodes };
  }

  // -- 3. Boundary history --
  #boundaries() {
    const pending = this.#pending('boundaries');
    if (pending) return pending;
    const { versions, current } = boundaryHistory(this.data.boundaries.value, this.state.get().to);
    if (!versions.length) return { state: 'empty', nodes: [note('fp-empty', t('facilityPanel.boundaries.empty'))] };
    const ol = el('ol', 'fp-boundary-list');
    for (const version of versions) {
      const li = el('li', `fp-boundary${version === current ? ' is-current' : ''}`);
      li.dataset.boundaryId = String(version.id ?? '');
      const span = t('facilityPanel.boundaries.span', {
        from: day(version.validFrom) || t('facilityPanel.boundaries.openStart'),
        to: version.validTo ? day(version.validTo) : t('facilityPanel.boundaries.openEnd'),
      });
      const head = el('div', 'fp-boundary-head');
      head.append(el('span', 'fp-boundary-span', span));
      if (version === current) head.append(el('span', 'fp-badge', t('facilityPanel.boundaries.shown')));
      li.append(head);
      const { areaSqKm } = boundaryMeasures(version);
      li.append(el('div', 'fp-boundary-meta', t('facilityPanel.boundaries.meta', {
        basis: basisLabel(version.basis),
        confidence: confidenceLabel(version.confidence),
        area: areaSqKm === null ? '–' : formatNumber(areaSqKm, 2),
      })));
      if (typeof version.note === 'string' && version.note) li.append(el('div', 'fp-boundary-note', version.note));
      ol.append(li);
    }
    return { state: 'loaded', nodes: [ol] };
  }

  // -- 4. Structure series --
  #series() {
    const pending = this.#pending('series');
    if (pending) return pending;
    const language = this.#language();
    const order = this.vocabulary.codes ? this.vocabulary.codes('structureClasses') : [];
    const data = seriesDatasets(this.data.series.value, this.measure, order);
    const section = this.sections.series.section;
    section.dataset.measure = this.measure;
    if (!data.labels.length) return { state: 'empty', nodes: [note('fp-empty', t('facilityPanel.series.empty'))] };
    const nodes = [];
    if (data.illustrative) nodes.push(note('fp-illustrative', t('facilityPanel.series.illustrative')));

    const toggle = el('fieldset', 'fp-measure');
    toggle.append(el('legend', 'visually-hidden', t('facilityPanel.series.measure')));
    for (const measure of ['counts', 'area']) {
      const label = el('label', 'fp-measure-option');
      const input = el('input');
      input.type = 'radio';
      input.name = `fp-measure-${this.facility.id}`;
      input.value = measure;
      input.checked = this.measure === measure;
      input.addEventListener('change', () => {
        this.measure = measure;
        this.#renderSection('series');
        this.sections.series.section.querySelector(`input[value="${measure}"]`)?.focus();
      });
      label.append(input, document.createTextNode(` ${t(`facilityPanel.series.${measure}`)}`));
      toggle.append(label);
    }
    nodes.push(toggle);

    const chartBox = el('div', 'fp-chart');
    const canvas = el('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', t('facilityPanel.series.chartLabel', {
      measure: t(`facilityPanel.series.${this.measure}`),
      count: formatNumber(data.labels.length),
      from: data.labels[0],
      to: data.labels[data.labels.length - 1],
    }));
    chartBox.append(canvas);
    this.chartData = { data, canvas, language };
    const hasChart = typeof globalThis.Chart === 'function';
    section.dataset.chart = hasChart ? 'chart' : 'table';
    if (hasChart) nodes.push(chartBox);
    else nodes.push(note('fp-note', t('facilityPanel.series.noChart')));

    const details = el('details', 'fp-table-details');
    if (!hasChart) details.open = true;
    details.append(el('summary', null, t('facilityPanel.series.showTable')));
    details.append(seriesTable(data, this.measure, (code) => this.vocabulary.label?.('structureClasses', code, language) ?? code));
    nodes.push(details);
    return { state: 'loaded', nodes };
  }

  #drawChart() {
    const Chart = globalThis.Chart;
    if (typeof Chart !== 'function' || !this.chartData) return;
    const { data, canvas, language } = this.chartData;
    const classLabel = (code) => this.vocabulary.label?.('structureClasses', code, language) ?? code;
    const datasets = data.datasets.map(({ code, data: values }) => {
      const [colour, pointStyle] = classStyle(code);
      return {
        label: classLabel(code), data: values, borderColor: colour, backgroundColor: colour, pointStyle,
        pointRadius: 4, borderWidth: 2, tension: 0, yAxisID: 'y',
      };
    });
    datasets.push({
      label: t('facilityPanel.series.notAssessable'), data: data.notAssessablePct, borderColor: NOT_ASSESSABLE_COLOUR,
      backgroundColor: NOT_ASSESSABLE_COLOUR, borderDash: [6, 4], pointStyle: 'dash', pointRadius: 3, borderWidth: 2,
      yAxisID: 'y2',
    });
    const axisText = '#1f2328';
    try {
      this.chart = new Chart(canvas, {
        type: 'line',
        data: { labels: data.labels, datasets },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          interaction: { mode: 'index', intersect: false },
          plugins: {
            legend: { position: 'bottom', labels: { usePointStyle: true, color: axisText, boxWidth: 8, font: { size: 11 } } },
          },
          scales: {
            x: { title: { display: true, text: t('facilityPanel.series.xAxis'), color: axisText }, ticks: { color: axisText } },
            y: {
              beginAtZero: true,
              title: { display: true, text: t(`facilityPanel.series.${this.measure}Axis`), color: axisText },
              ticks: { color: axisText, precision: 0 },
            },
            y2: {
              position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false },
              title: { display: true, text: t('facilityPanel.series.notAssessableAxis'), color: axisText },
              ticks: { color: axisText },
            },
          },
        },
      });
    } catch (err) {
      console.warn('facility panel: chart failed; the table stays', err);
      this.chart = null;
      this.sections.series.section.dataset.chart = 'table';
      const details = this.sections.series.section.querySelector('.fp-table-details');
      if (details) details.open = true;
    }
  }

  #destroyChart() {
    if (this.chart) {
      this.chart.destroy();
      this.chart = null;
    }
  }

  // -- 5. Imagery timeline --
  #imagery() {
    const pending = this.#pending('imagery');
    const section = this.sections.imagery.section;
    delete section.dataset.ticks;
    delete section.dataset.usableTicks;
    delete section.dataset.longestGapDays;
    if (pending) return pending;
    const { revisits, scenes, from, to } = this.data.imagery.value;
    const usableCount = Number.isFinite(revisits?.scenes) ? revisits.scenes : scenes.filter((s) => s?.usable).length;
    const gaps = classifyGaps(revisits?.revisits?.gaps, scenes, from, to);
    const nodes = [];
    let summary = t('facilityPanel.imagery.summary', { count: formatNumber(usableCount), total: formatNumber(scenes.length), from, to });
    if (gaps.longest) summary += ` ${t('facilityPanel.imagery.longestGap', { days: formatNumber(gaps.longest.days, 0) })}`;
    else if (usableCount > 1) summary += ` ${t('facilityPanel.imagery.noGap')}`;
    if (gaps.before) summary += ` ${t('facilityPanel.imagery.beforeFirstSummary', { days: formatNumber(gaps.before.days, 0) })}`;
    nodes.push(el('p', 'fp-imagery-summary', summary));
    if (!scenes.length) {
      nodes.push(note('fp-empty', t('facilityPanel.imagery.empty')));
      return { state: 'empty', nodes };
    }

    const track = el('div', 'fp-track');
    track.setAttribute('role', 'img');
    const span = (gap, className, title) => {
      const left = percentAt(gap.from, from, to);
      const right = percentAt(gap.to, from, to);
      if (left === null || right === null) return null;
      const box = el('div', className);
      box.style.left = `${left}%`;
      box.style.width = `${Math.max(0.5, right - left)}%`;
      box.title = title;
      track.append(box);
      return box;
    };
    const gapTitle = (key, gap) => t(key, { from: day(gap.from), to: day(gap.to), days: formatNumber(gap.days, 0) });
    if (gaps.before) span(gaps.before, 'fp-span-before', gapTitle('facilityPanel.imagery.beforeFirstTitle', gaps.before));
    if (gaps.after) span(gaps.after, 'fp-span-after', gapTitle('facilityPanel.imagery.afterLastTitle', gaps.after));
    if (gaps.longest) {
      span(gaps.longest, 'fp-gap-longest', gapTitle('facilityPanel.imagery.longestGapTitle', gaps.longest));
      section.dataset.longestGapDays = String(Math.round(gaps.longest.days));
    }
    let ticks = 0;
    let usable = 0;
    for (const scene of scenes) {
      const at = percentAt(scene?.acquiredAt, from, to);
      if (at === null) continue;
      const tick = el('span', `fp-tick ${scene.usable ? 'is-usable' : 'is-unusable'}`);
      tick.style.left = `${at}%`;
      const cloud = Number.isFinite(scene.cloudPct) ? `${formatNumber(scene.cloudPct, 0)} %` : t('facilityPanel.unknown');
      tick.title = t(scene.usable ? 'facilityPanel.imagery.tickUsable' : 'facilityPanel.imagery.tickUnusable',
        { date: day(scene.acquiredAt), cloud });
      track.append(tick);
      ticks += 1;
      if (scene.usable) usable += 1;
    }
    track.setAttribute('aria-label', t('facilityPanel.imagery.trackLabel', {
      count: formatNumber(ticks), usable: formatNumber(usable), from, to,
    }));
    section.dataset.ticks = String(ticks);
    section.dataset.usableTicks = String(usable);
    const timeline = el('div', 'fp-timeline');
    const labels = el('div', 'fp-track-labels');
    if (gaps.before) {
      const left = percentAt(gaps.before.from, from, to);
      const right = percentAt(gaps.before.to, from, to);
      const label = el('span', 'fp-span-before-label', t('facilityPanel.imagery.beforeFirst'));
      if (right - left > 30) {
        label.style.left = `${left}%`;
        label.style.width = `${right - left}%`;
      }
      labels.append(label);
    }
    const ends = el('div', 'fp-track-ends');
    ends.append(el('span', null, from), el('span', null, to));
    timeline.append(track, labels, ends);
    nodes.push(timeline);

    const legend = el('ul', 'fp-track-legend');
    const item = (className, text) => {
      const li = el('li');
      li.append(el('span', `fp-key ${className}`), document.createTextNode(text));
      legend.append(li);
    };
    item('fp-key-usable', t('facilityPanel.imagery.keyUsable'));
    item('fp-key-unusable', t('facilityPanel.imagery.keyUnusable'));
    if (gaps.longest) item('fp-key-gap', t('facilityPanel.imagery.keyLongestGap'));
    if (gaps.before) item('fp-key-before', t('facilityPanel.imagery.beforeFirst'));
    nodes.push(legend);
    return { state: 'loaded', nodes };
  }

  // -- 6. Scene list --
  #scenes() {
    const pending = this.#pending('imagery');
    const section = this.sections.scenes.section;
    if (pending) return pending;
    const scenes = scenesNewestFirst(this.data.imagery.value.scenes);
    section.dataset.total = String(scenes.length);
    if (!scenes.length) {
      section.dataset.shown = '0';
      return { state: 'empty', nodes: [note('fp-empty', t('facilityPanel.scenes.empty'))] };
    }
    const shown = scenes.slice(0, this.scenesShown);
    section.dataset.shown = String(shown.length);
    const table = el('table', 'fp-table fp-scene-table');
    table.append(el('caption', 'visually-hidden', t('facilityPanel.scenes.caption', { count: formatNumber(scenes.length) })));
    const thead = el('thead');
    const headRow = el('tr');
    for (const key of ['date', 'source', 'cloud', 'gsd', 'usable']) {
      const th = el('th', null, t(`facilityPanel.scenes.${key}`));
      th.scope = 'col';
      headRow.append(th);
    }
    thead.append(headRow);
    const tbody = el('tbody');
    const pageOrigin = globalThis.location?.origin ?? 'http://localhost';
    for (const scene of shown) {
      const tr = el('tr', scene.usable ? 'is-usable' : 'is-unusable');
      const dateCell = el('td', 'fp-scene-date');
      dateCell.append(el('span', null, day(scene.acquiredAt)));
      const url = typeof scene.thumbnailUrl === 'string' ? scene.thumbnailUrl : (typeof scene.thumbnail === 'string' ? scene.thumbnail : null);
      const mode = thumbnailMode(url, { tileUrl: this.mapConfig.tileUrl ?? null, thumbnailHosts: this.mapConfig.thumbnailHosts ?? [], pageOrigin });
      if (mode === 'image') {
        const img = el('img', 'fp-thumbnail');
        img.loading = 'lazy';
        img.decoding = 'async';
        img.alt = t('facilityPanel.scenes.thumbnailAlt', { date: day(scene.acquiredAt), id: String(scene.id ?? '') });
        img.src = new URL(url, pageOrigin).href;
        img.width = 96;
        img.height = 96;
        dateCell.append(img);
      } else if (mode === 'link') {
        const link = externalLink(new URL(url, pageOrigin).href, t('facilityPanel.scenes.openThumbnail'), 'fp-thumbnail-link');
        dateCell.append(link);
      }
      const sourceCell = el('td', 'fp-scene-source');
      sourceCell.append(el('span', null, [scene.platform, scene.collection].filter((s) => typeof s === 'string' && s).join(' · ') || '–'));
      if (typeof scene.id === 'string') sourceCell.append(el('span', 'fp-scene-id', scene.id));
      tr.append(
        dateCell,
        sourceCell,
        el('td', 'fp-num', Number.isFinite(scene.cloudPct) ? `${formatNumber(scene.cloudPct, 0)} %` : '–'),
        el('td', 'fp-num', Number.isFinite(scene.gsdM) ? `${formatNumber(scene.gsdM, scene.gsdM < 10 ? 1 : 0)} m` : '–'),
        el('td', 'fp-scene-usable', t(scene.usable ? 'facilityPanel.scenes.yes' : 'facilityPanel.scenes.no')),
      );
      tbody.append(tr);
    }
    table.append(thead, tbody);
    const wrap = el('div', 'fp-table-wrap');
    wrap.append(table);
    const nodes = [wrap];
    if (scenes.length > shown.length) {
      const more = el('button', 'fp-button fp-more', t('facilityPanel.scenes.showMore', {
        count: formatNumber(Math.min(SCENE_PAGE, scenes.length - shown.length)),
        remaining: formatNumber(scenes.length - shown.length),
      }));
      more.type = 'button';
      more.addEventListener('click', () => {
        this.scenesShown += SCENE_PAGE;
        this.#renderSection('scenes');
        this.sections.scenes.section.querySelectorAll('tbody tr')[shown.length]?.setAttribute('tabindex', '-1');
        this.sections.scenes.section.querySelectorAll('tbody tr')[shown.length]?.focus();
      });
      nodes.push(more);
    }
    return { state: 'loaded', nodes };
  }

  // -- 7. Linked events --
  #events() {
    const pending = this.#pending('events', hasAnyRole(this.#user(), ['advocate']) ? 'work.publication.eventsAdvocate' : 'facilityPanel.denied');
    if (pending) return pending;
    const features = Array.isArray(this.data.events.value?.features) ? this.data.events.value.features : [];
    if (!features.length) return { state: 'empty', nodes: [note('fp-empty', t('facilityPanel.events.empty'))] };
    const language = this.#language();
    const v = this.vocabulary;
    const items = features.map((feature) => {
      const p = feature?.properties ?? {};
      return { id: String(feature?.id ?? p.eventKey ?? ''), earliest: p.earliest ?? null, latest: p.latest ?? null, p };
    }).sort((a, b) => String(b.earliest ?? '').localeCompare(String(a.earliest ?? '')));
    const nodes = [];
    if (items.some((i) => i.p.synthetic === true)) nodes.push(note('fp-synthetic-note', t('facilityPanel.events.syntheticNote')));
    const strip = this.#strip(items, 'fp-event-bar', t('facilityPanel.events.stripLabel', { count: formatNumber(items.length) }));
    if (strip) nodes.push(strip);
    const ol = el('ol', 'fp-event-list');
    items.forEach((item, index) => {
      const p = item.p;
      const c = p.corroboration ?? {};
      const li = el('li', 'fp-event');
      li.dataset.eventId = item.id;
      const head = el('div', 'fp-event-head');
      head.append(el('span', 'fp-row-number', `${index + 1}`));
      const level = typeof c.level === 'string' ? c.level : null;
      head.append(el('span', `fp-level fp-level-${level ?? 'unknown'}`, level ? v.label('corroborationLevels', level, language) : t('facilityPanel.unknown')));
      if (p.synthetic === true) head.append(el('span', 'fp-badge fp-synthetic', t('facilityPanel.events.synthetic')));
      li.append(head);
      const types = Array.isArray(p.types) ? p.types.filter((x) => typeof x === 'string') : [];
      li.append(el('div', 'fp-event-types', types.map((type) => v.label('eventTypes', type, language)).join(' · ') || '–'));
      li.append(el('div', 'fp-event-time', timeSpanText(item.earliest, item.latest)));
      const sources = Number.isFinite(c.independentSources) ? c.independentSources : 0;
      const kinds = Array.isArray(c.sourceKinds) ? c.sourceKinds.map((k) => v.label('evidenceKinds', k, language)).join(', ') : '';
      li.append(el('div', 'fp-event-sources', t('facilityPanel.events.sources', { count: formatNumber(sources), kinds: kinds || '–' })));
      const members = Array.isArray(c.members) ? c.members : [];
      const withheld = members.filter((m) => m?.withheld === true).length;
      if (withheld) li.append(el('div', 'fp-withheld', t('facilityPanel.events.withheld', { count: formatNumber(withheld), total: formatNumber(members.length) })));
      const eventKey = p.eventKey ?? item.id;
      if (eventKey && hasAnyRole(this.#user(), EVENT_SUBMITTERS)) li.append(eventPublication(eventKey));
      ol.append(li);
    });
    nodes.push(ol);
    return { state: 'loaded', nodes };
  }

  // -- 8. Linked claims --
  #claims() {
    const pending = this.#pending('claims', 'facilityPanel.deniedInvestigator');
    if (pending) return pending;
    const claims = Array.isArray(this.data.claims.value?.items) ? this.data.claims.value.items.filter((c) => c && typeof c === 'object') : [];
    if (!claims.length) return { state: 'empty', nodes: [note('fp-empty', t('facilityPanel.claims.empty'))] };
    const language = this.#language();
    const v = this.vocabulary;
    const items = claims.map((claim) => ({
      earliest: claim.time?.earliest ?? null, latest: claim.time?.latest ?? null, claim,
    })).sort((a, b) => String(b.earliest ?? '').localeCompare(String(a.earliest ?? '')));
    const nodes = [note('fp-note', t('facilityPanel.claims.note'))];
    const strip = this.#strip(items, 'fp-claim-bar', t('facilityPanel.claims.stripLabel', { count: formatNumber(items.length) }));
    if (strip) nodes.push(strip);
    const ol = el('ol', 'fp-claim-list');
    items.forEach(({ claim }, index) => {
      // Only what the brief allows: type, time, grades, place precision; never witness fields.
      const li = el('li', 'fp-claim');
      li.dataset.claimId = String(claim.id ?? '');
      const head = el('div', 'fp-event-head');
      head.append(el('span', 'fp-row-number', `${index + 1}`));
      head.append(el('span', 'fp-claim-type', typeof claim.type === 'string' ? v.label('claimTypes', claim.type, language) : t('facilityPanel.unknown')));
      li.append(head);
      const time = claim.time ?? {};
      const stated = [time.edtf, time.stated].filter((s) => typeof s === 'string' && s).join(' · ');
      const precision = typeof time.precision === 'string' ? v.label('timePrecisions', time.precision, language) : '–';
      li.append(el('div', 'fp-claim-time', t('facilityPanel.claims.time', {
        time: stated || '–', precision, span: timeSpanText(time.earliest ?? null, time.latest ?? null),
      })));
      const grade = typeof claim.informationGrade === 'string'
        ? `${claim.informationGrade} (${v.label('informationGrades', claim.informationGrade, language)})` : '–';
      const place = typeof claim.placePrecision === 'string' ? v.label('placePrecisions', claim.placePrecision, language) : '–';
      li.append(el('div', 'fp-claim-grade', t('facilityPanel.claims.grade', { grade, place })));
      ol.append(li);
    });
    nodes.push(ol);
    return { state: 'loaded', nodes };
  }

  // An SVG strip: one row per item, a bar from earliest to latest whose ends fade (the time is
  // uncertain within it); an open end fades out to the axis edge. Years at both ends, as text.
  #strip(items, barClass, label) {
    const axis = intervalAxis(items);
    if (!axis) return null;
    const rowHeight = 14;
    const height = items.length * rowHeight + 4;
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('class', 'fp-strip');
    svg.setAttribute('viewBox', `0 0 ${STRIP_WIDTH} ${height}`);
    svg.setAttribute('preserveAspectRatio', 'none');
    svg.setAttribute('height', String(height)); // rows keep their pixel height; only x stretches
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
    const defs = document.createElementNS(SVG_NS, 'defs');
    svg.append(defs);
    const axisLine = document.createElementNS(SVG_NS, 'line');
    axisLine.setAttribute('class', 'fp-strip-axis');
    axisLine.setAttribute('x1', '0');
    axisLine.setAttribute('x2', String(STRIP_WIDTH));
    axisLine.setAttribute('y1', String(height - 1));
    axisLine.setAttribute('y2', String(height - 1));
    svg.append(axisLine);
    items.forEach((item, index) => {
      const g = fadeGeometry(item.earliest, item.latest, axis.from, axis.to, STRIP_WIDTH, 6);
      if (!g) return;
      this.stripCount += 1;
      const id = `fp-fade-${this.stripCount}`;
      const gradient = document.createElementNS(SVG_NS, 'linearGradient');
      gradient.id = id;
      for (const [offset, opacity] of [[0, g.startOpacity], [g.fadeIn, 1], [g.fadeOut, 1], [1, g.endOpacity]]) {
        const stop = document.createElementNS(SVG_NS, 'stop');
        stop.setAttribute('offset', String(offset));
        stop.setAttribute('class', 'fp-strip-stop');
        stop.setAttribute('stop-opacity', String(opacity));
        gradient.append(stop);
      }
      defs.append(gradient);
      const rect = document.createElementNS(SVG_NS, 'rect');
      rect.setAttribute('class', barClass);
      rect.setAttribute('x', String(g.x));
      rect.setAttribute('width', String(g.w));
      rect.setAttribute('y', String(index * rowHeight + 2));
      rect.setAttribute('height', String(rowHeight - 4));
      rect.setAttribute('fill', `url(#${id})`);
      const title = document.createElementNS(SVG_NS, 'title');
      title.textContent = `${index + 1}: ${timeSpanText(item.earliest, item.latest)}`;
      rect.append(title);
      svg.append(rect);
    });
    const box = el('div', 'fp-strip-box');
    const ends = el('div', 'fp-track-ends');
    ends.append(el('span', null, axis.from.slice(0, 4)), el('span', null, axis.to.slice(0, 4)));
    box.append(svg, ends);
    return box;
  }

  // -- 9. Exports --
  #exports() {
    const f = this.facility;
    const user = this.#user();
    const signedIn = Boolean(user);
    const asOf = this.state.get().to;
    const { from, to } = this.#period();
    const nodes = [];
    nodes.push(el('p', 'fp-note', t('facilityPanel.exports.note', { day: asOf ?? t('facilityPanel.today') })));
    const list = el('ul', 'fp-export-list');
    const add = (text, url, filename) => {
      const li = el('li');
      if (!signedIn) {
        // Public: a plain link (no token needed; the server gives the published view).
        const a = el('a', 'fp-download', text);
        a.href = url;
        a.setAttribute('download', filename);
        li.append(a);
      } else {
        // Staff: the token is in memory only, so the file is fetched with it and saved from a Blob.
        const button = el('button', 'fp-button fp-download', text);
        button.type = 'button';
        button.addEventListener('click', () => saveWithToken(button, url, filename));
        li.append(button);
      }
      list.append(li);
    };
    const labels = { geojson: 'GeoJSON', kml: 'KML', gpkg: 'GeoPackage', csv: 'CSV' };
    for (const format of EXPORT_FORMATS) {
      add(t('facilityPanel.exports.facility', { format: labels[format] }), facilityExportUrl(format, f.id, asOf),
        `sightline-facility-${f.id}.${format}`);
    }
    add(t('facilityPanel.exports.coverage', { from, to }), coverageCsvUrl(f.id, from, to), `${f.id}-coverage.csv`);
    if (hasAnyRole(user, STAFF_ROLES)) {
      add(t('facilityPanel.exports.series'), structureSeriesCsvUrl(f.id), `${f.id}-structure-series.csv`);
    }
    nodes.push(list);
    return { state: 'loaded', nodes };
  }
}

// ---- Helpers ----

function note(className, text) {
  return el('p', `fp-note ${className}`, text);
}

function timeSpanText(earliest, latest) {
  const a = day(earliest);
  const b = day(latest);
  if (!a && !b) return t('facilityPanel.time.unknown');
  if (a && b && a === b) return a;
  return `${a || t('facilityPanel.time.open')} – ${b || t('facilityPanel.time.open')}`; // units and dashes need no translation
}

function locationItem(loc) {
  const li = el('li', `fp-location${loc.primary ? ' is-primary' : ''}`);
  const head = el('div', 'fp-location-head');
  head.append(el('span', 'fp-location-source', loc.sourceTitle ?? loc.source ?? t('facilityPanel.unknown')));
  if (loc.primary) head.append(el('span', 'fp-badge', t('facilityPanel.facts.primary')));
  li.append(head);
  if (loc.name) li.append(el('div', 'fp-location-name', t('facilityPanel.facts.asPublished', { name: loc.name })));
  if (loc.hasPosition) li.append(el('div', 'fp-location-coords', formatCoordinates(loc.lat, loc.lon)));
  if (!loc.primary && loc.distanceKm !== null && loc.distanceKm > 0) {
    const far = loc.distanceKm > DISAGREEMENT_KM ? ' is-far' : '';
    li.append(el('div', `fp-location-distance${far}`, t('facilityPanel.facts.distance', { km: formatNumber(loc.distanceKm, 1) })));
  }
  if (loc.note) li.append(el('div', 'fp-location-note', loc.note));
  if (loc.url) {
    const link = externalLink(loc.url, t('facilityPanel.facts.openRecord'), 'fp-location-link');
    if (link.tagName === 'A') li.append(link);
  }
  return li;
}

function sourceItem(source) {
  const li = el('li', 'fp-source');
  const label = typeof source.publisher === 'string' && source.publisher ? source.publisher : String(source.id ?? '');
  li.append(externalLink(source.url, label, 'fp-source-link'));
  if (typeof source.licence === 'string' && source.licence) {
    li.append(el('span', 'fp-source-licence', ` (${t('facilityPanel.facts.licence', { licence: source.licence })})`));
  }
  return li;
}

// The series as an accessible table: one row per scene date, one column per class, and the
// not-assessable share.
function seriesTable(data, measure, classLabel) {
  const table = el('table', 'fp-table fp-series-table');
  table.append(el('caption', null, t(`facilityPanel.series.${measure}Caption`)));
  const thead = el('thead');
  const head = el('tr');
  const th = (text, scope = 'col') => {
    const cell = el('th', null, text);
    cell.scope = scope;
    return cell;
  };
  head.append(th(t('facilityPanel.series.xAxis')));
  for (const { code } of data.datasets) {
    const cell = th('');
    const swatch = el('span', 'fp-swatch');
    swatch.style.backgroundColor = classStyle(code)[0];
    cell.append(swatch, document.createTextNode(classLabel(code)));
    head.append(cell);
  }
  head.append(th(t('facilityPanel.series.notAssessable')));
  thead.append(head);
  const tbody = el('tbody');
  data.labels.forEach((label, i) => {
    const tr = el('tr');
    const rowHead = th(label, 'row');
    if (data.sceneIds[i]) rowHead.title = data.sceneIds[i];
    tr.append(rowHead);
    for (const set of data.datasets) tr.append(el('td', 'fp-num', formatNumber(set.data[i], 0)));
    const pct = data.notAssessablePct[i];
    tr.append(el('td', 'fp-num', pct === null ? '–' : `${formatNumber(pct, 1)} %`));
    tbody.append(tr);
  });
  table.append(thead, tbody);
  const wrap = el('div', 'fp-table-wrap');
  wrap.append(table);
  return wrap;
}

// Fetches a file with the session's token and saves it through a Blob and <a download>.
async function saveWithToken(button, url, fallbackName) {
  const label = button.textContent;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    const { blob, filename } = await getBlob(url, fallbackName);
    const href = URL.createObjectURL(blob);
    const a = el('a');
    a.href = href;
    a.download = filename;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
    button.textContent = label;
  } catch (err) {
    console.warn('facility panel: download failed', err);
    button.textContent = `${label} — ${t(isDenied(err) ? 'facilityPanel.exports.denied' : 'facilityPanel.exports.failed')}`;
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

// The roles that may submit a corroborated event for review from here (the server checks them too;
// advocates, who read events only redacted, submit them from the review task's event candidates).
const EVENT_SUBMITTERS = ['analyst', 'investigator'];

// An event's publication state and "Submit for review", read only when opened (a facility may have
// many events).
function eventPublication(eventKey) {
  const details = el('details', 'fp-event-publication');
  const summary = el('summary', null, t('work.publication.heading'));
  summary.dataset.i18n = 'work.publication.heading';
  details.append(summary);
  details.addEventListener('toggle', () => {
    if (details.open && details.childElementCount === 1) details.append(publicationControl('event', eventKey, { compact: true }).element);
  });
  return details;
}
