// Analysts: record what a scene shows at the selected facility. Pick a scene from its coverage
// (usable first), draw the structures seen (each with its class and condition) and the areas that
// could not be assessed (with a reason), on the map or as typed coordinates, and save. The answer
// is shown at once: which tracked structure each drawing became (matched to one seen before, or
// new) and the change events the observation brought; the map's structure and change layers are
// switched on and reloaded. Below: the facility's observations, each opened with its drawings and
// deleted with a reason (soft, If-Match).

/* global L */

import { el } from '../../dom.js';
import { currentLanguage, formatNumber, t } from '../../i18n.js';
import { describe, FormMessages } from '../form.js';
import { getJson, postJson, send } from '../http.js';
import { button, heading, textArea, valueOf } from '../fields.js';
import { publicationControl } from '../publication-state.js';
import { drawingHint } from '../map-draw.js';
import { eventsOf, matchedIdentities, observationBody, polygonFromText, vertexCount } from '../observe-model.js';
import {
  facilityName, facilityPath, fillScenes, loadScenes, relabelVocabulary, sceneSelect, selectedCollection, shapeLayer, showStructureLayers,
  vocabularySelect, zoomToFacility,
} from './observe-shared.js';

export { importsTask } from './imports.js';

const EVENTS_SHOWN_OPEN = 5; // a kind with more events than this starts folded

export const observeTask = {
  id: 'observe',
  roles: ['analyst'],
  titleKey: 'work.observe.title',
  create: (container, context) => new ObservationsTask(container, context),
};

class ObservationsTask {
  constructor(container, context) {
    this.container = container;
    this.context = context;
    this.vocabulary = context.vocabulary;
    this.facilityId = null;
    this.scenes = [];
    this.structures = []; // { structureClass, condition, geometry }
    this.areas = []; // { reason, geometry }
    this.lastResult = null;
    this.drawn = L.layerGroup().addTo(context.map);
    this.opened = L.layerGroup().addTo(context.map);
    this.empty = el('p', 'work-hint', t('work.observe.none'));
    this.empty.dataset.i18n = 'work.observe.none';
    this.body = el('div', 'observe');
    container.append(heading(3, 'work.observe.heading'), this.empty, this.body);
    this.unsubscribe = context.state.subscribe('selectedFacilityId', ({ selectedFacilityId }) => this.show({ facilityId: selectedFacilityId }));
  }

  async show(args = {}) {
    const facilityId = args?.facilityId ?? this.context.state.get().selectedFacilityId;
    this.empty.hidden = Boolean(facilityId);
    if (!facilityId) return;
    if (facilityId === this.facilityId) {
      this.loadObservations(); // an import may have added one
      return;
    }
    this.facilityId = facilityId;
    this.structures = [];
    this.areas = [];
    this.lastResult = null;
    this.drawn.clearLayers();
    this.opened.clearLayers();
    this.context.draw.clear();
    this.render();
    await Promise.all([this.loadScenes(), this.loadObservations()]);
  }

  render() {
    const facility = this.context.findFacility?.(this.facilityId);
    const title = el('p', 'work-record-title', `${facilityName(facility) ?? this.facilityId} · ${this.facilityId}`);
    const form = el('form', 'work-form observe-form');
    form.noValidate = true;
    form.dataset.facilityId = this.facilityId;
    this.form = form;
    const scene = sceneSelect(this.scenes);
    this.sceneControl = scene.control;
    const zoom = button('work.observe.zoom');
    zoom.dataset.action = 'zoom';
    zoom.addEventListener('click', () => zoomToFacility(this.context.map, this.context.findFacility?.(this.facilityId)));
    const sceneActions = el('div', 'work-actions');
    sceneActions.append(zoom);

    this.structureList = el('ol', 'observe-shapes');
    this.structureList.dataset.kind = 'structure';
    this.areaList = el('ol', 'observe-shapes');
    this.areaList.dataset.kind = 'area';
    this.drawHint = el('div', 'observe-draw-hint');
    this.drawHint.setAttribute('aria-live', 'polite');

    const structures = fieldset('work.observe.structures');
    const structureActions = el('div', 'work-actions');
    structureActions.append(
      this.drawButton('structure', 'Polygon', 'work.observe.drawPolygon'),
      this.drawButton('structure', 'Rectangle', 'work.observe.drawRectangle'),
    );
    structures.append(this.structureList, structureActions);

    const areas = fieldset('work.observe.areas');
    const areaActions = el('div', 'work-actions');
    areaActions.append(this.drawButton('area', 'Polygon', 'work.observe.drawArea'));
    areas.append(this.areaList, areaActions);

    const typed = el('details', 'observe-typed');
    const typedSummary = el('summary', null, t('work.observe.coords.heading'));
    typedSummary.dataset.i18n = 'work.observe.coords.heading';
    const coordinates = textArea('coordinates', 'work.observe.coords.label', { rows: 4, hintKey: 'work.observe.coords.hint' });
    const addStructure = button('work.observe.coords.addStructure');
    const addArea = button('work.observe.coords.addArea');
    addStructure.addEventListener('click', () => this.addTyped('structure'));
    addArea.addEventListener('click', () => this.addTyped('area'));
    const typedActions = el('div', 'work-actions');
    typedActions.append(addStructure, addArea);
    typed.append(typedSummary, coordinates, typedActions);

    const save = button('work.observe.save', { type: 'submit' });
    const actions = el('div', 'work-actions');
    actions.append(save);
    form.append(
      scene, sceneActions,
      vocabularySelect(this.vocabulary, 'confidence', 'confidences', 'work.observe.field.confidence', { emptyKey: 'work.observe.choose' }),
      textArea('notes', 'work.observe.field.notes', { rows: 2 }),
      structures, areas, this.drawHint, typed, actions,
    );
    this.messages = new FormMessages(form, this.controls());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.save();
    });

    this.result = el('section', 'observe-result');
    this.result.setAttribute('aria-live', 'polite');
    this.result.hidden = true;
    this.list = el('div', 'observe-list');
    this.detail = el('section', 'observe-detail');
    this.detail.hidden = true;
    this.body.replaceChildren(title, form, this.result, heading(4, 'work.observe.recorded'), this.list, this.detail);
    this.renderShapes();
  }

  // Control name -> the server fields whose problems it shows.
  controls() {
    const controls = { sceneId: ['sceneId', 'sceneCollection'], confidence: 'confidence', notes: 'notes', coordinates: 'coordinates' };
    this.structures.forEach((_, i) => {
      controls[`structures[${i}].class`] = `structures[${i}].class`;
      controls[`structures[${i}].condition`] = `structures[${i}].condition`;
      controls[`structures[${i}].geometry`] = [`structures[${i}].geometry`, `structures[${i}]`];
    });
    this.areas.forEach((_, i) => {
      controls[`unassessable[${i}].reason`] = `unassessable[${i}].reason`;
      controls[`unassessable[${i}].geometry`] = [`unassessable[${i}].geometry`, `unassessable[${i}]`];
    });
    return controls;
  }

  drawButton(kind, shape, labelKey) {
    const node = button(labelKey);
    node.dataset.draw = `${kind}-${shape}`;
    node.addEventListener('click', async () => {
      this.drawHint.replaceChildren(drawingHint(shape));
      const cancel = button('work.observe.cancelDraw');
      cancel.addEventListener('click', () => this.context.draw.clear());
      this.drawHint.append(cancel);
      const geometry = await this.context.draw.draw(shape);
      this.context.draw.clear();
      this.drawHint.replaceChildren();
      if (geometry) this.addShape(kind, geometry);
      node.focus();
    });
    return node;
  }

  addTyped(kind) {
    const control = this.form.elements.namedItem('coordinates');
    const parsed = polygonFromText(control.value);
    if (parsed.error) {
      this.messages.showError({ problems: [{ field: 'coordinates', message: t(parsed.error, { line: parsed.line ?? '' }) }] });
      return;
    }
    this.messages.clear();
    control.value = '';
    this.addShape(kind, parsed.geometry);
  }

  addShape(kind, geometry) {
    if (kind === 'area') this.areas.push({ reason: '', geometry });
    else this.structures.push({ structureClass: '', condition: '', geometry });
    this.messages.controls = this.controls();
    this.renderShapes();
    const list = kind === 'area' ? this.areaList : this.structureList;
    list.lastElementChild?.querySelector('select')?.focus();
  }

  removeShape(kind, index) {
    (kind === 'area' ? this.areas : this.structures).splice(index, 1);
    this.messages.clear();
    this.context.draw.clearProblems();
    this.messages.controls = this.controls();
    this.renderShapes();
  }

  // The drawn shapes as rows (class and condition, or reason; the geometry; remove) and on the map.
  renderShapes() {
    this.drawn.clearLayers();
    const row = (kind, shape, index) => {
      const prefix = kind === 'area' ? `unassessable[${index}]` : `structures[${index}]`;
      const number = kind === 'area' ? `A${index + 1}` : `S${index + 1}`;
      const item = el('li', 'observe-shape');
      item.dataset.index = String(index);
      const name = el('span', 'observe-shape-name', t(kind === 'area' ? 'work.observe.areaN' : 'work.observe.structureN', { n: number }));
      const geometry = el('output', 'observe-geometry', t('work.observe.geometry', { type: shape.geometry.type, vertices: vertexCount(shape.geometry) }));
      geometry.name = `${prefix}.geometry`;
      geometry.tabIndex = -1;
      const selects = kind === 'area'
        ? [vocabularySelect(this.vocabulary, `${prefix}.reason`, 'unassessableReasons', 'work.observe.field.reason', { emptyKey: 'work.observe.choose', value: shape.reason })]
        : [
          vocabularySelect(this.vocabulary, `${prefix}.class`, 'structureClasses', 'work.observe.field.class', { emptyKey: 'work.observe.choose', value: shape.structureClass }),
          vocabularySelect(this.vocabulary, `${prefix}.condition`, 'structureConditions', 'work.observe.field.condition', { emptyKey: 'work.observe.choose', value: shape.condition }),
        ];
      for (const field of selects) {
        field.control.addEventListener('change', () => {
          const key = field.control.name.slice(prefix.length + 1);
          shape[key === 'class' ? 'structureClass' : key] = field.control.value;
        });
      }
      const remove = button('work.observe.remove');
      remove.setAttribute('aria-label', t('work.observe.removeN', { n: number }));
      remove.addEventListener('click', () => this.removeShape(kind, index));
      item.append(name, ...selects, geometry, remove);
      this.drawn.addLayer(shapeLayer(shape.geometry, number, kind));
      return item;
    };
    this.structureList.replaceChildren(...this.structures.map((shape, i) => row('structure', shape, i)));
    this.areaList.replaceChildren(...this.areas.map((shape, i) => row('area', shape, i)));
    this.structureList.hidden = !this.structures.length;
    this.areaList.hidden = !this.areas.length;
  }

  async loadScenes() {
    const facilityId = this.facilityId;
    try {
      const scenes = await loadScenes(facilityId);
      if (facilityId !== this.facilityId) return;
      this.scenes = scenes;
      fillScenes(this.sceneControl, scenes);
      this.sceneControl.dataset.loaded = String(scenes.length);
    } catch (error) {
      if (facilityId === this.facilityId) this.messages.showSummary(describe(error), 'error');
    }
  }

  async save() {
    const form = this.form;
    this.messages.clear();
    this.context.draw.clearProblems();
    const body = observationBody({
      sceneId: valueOf(form, 'sceneId'),
      sceneCollection: selectedCollection(this.sceneControl),
      confidence: valueOf(form, 'confidence'),
      notes: valueOf(form, 'notes'),
      structures: this.structures,
      unassessable: this.areas,
    });
    const facilityId = this.facilityId;
    await this.messages.busy(async () => {
      try {
        const { body: written } = await postJson(`${facilityPath(facilityId)}/observations`, body);
        const observation = written.observation;
        this.messages.showSummary(t('work.observe.saved', {
          id: observation.id, drawn: observation.structures.length, structures: written.derived?.structures ?? 0, events: written.derived?.events ?? 0,
        }), 'done');
        this.structures = [];
        this.areas = [];
        this.messages.controls = this.controls();
        this.renderShapes();
        form.elements.namedItem('notes').value = '';
        await this.showDerived(observation, written.derived);
        showStructureLayers(this.context.state);
        this.loadObservations();
      } catch (error) {
        this.messages.showError(error);
        if (error.problems?.length) this.context.draw.showProblems(error.problems);
      }
    });
  }

  // What the save derived: the identity of each drawing and the change events of the observation.
  async showDerived(observation, derived) {
    const facilityId = this.facilityId;
    this.result.hidden = false;
    this.result.replaceChildren(el('p', 'work-hint', t('work.loading')));
    try {
      const [structures, events] = await Promise.all([
        getJson(`${facilityPath(facilityId)}/structures`),
        getJson(`${facilityPath(facilityId)}/change-events`),
      ]);
      this.lastResult = {
        observation,
        derived,
        matches: matchedIdentities(observation, structures.body),
        events: eventsOf(observation.id, events.body),
      };
      this.renderResult();
    } catch (error) {
      this.result.replaceChildren(el('p', 'work-form-summary error', describe(error)));
    }
  }

  renderResult() {
    if (!this.lastResult) return;
    const { observation, derived, matches, events } = this.lastResult;
    const language = currentLanguage();
    const matchList = el('ol', 'observe-matches');
    matches.forEach((match, i) => {
      const what = `${t('work.observe.structureN', { n: `S${i + 1}` })} (${this.vocabulary.label('structureClasses', match.drawing.class, language)}, ${this.vocabulary.label('structureConditions', match.drawing.condition, language)})`;
      let outcome;
      if (match.identityId === null) outcome = t('work.observe.match.none');
      else if (match.matched) outcome = t('work.observe.match.existing', { identity: match.identityId, dates: match.seenIn.join(', ') });
      else outcome = t('work.observe.match.new', { identity: match.identityId });
      const item = el('li', match.matched ? 'observe-match matched' : 'observe-match new', `${what} → ${outcome}`);
      item.dataset.identity = String(match.identityId ?? '');
      item.dataset.matched = String(match.matched);
      matchList.append(item);
    });
    // Events grouped by kind, the rarer kinds first; a kind with many events (a scene that leaves
    // out earlier structures gives one "disappeared" per structure) starts folded.
    const eventList = el('div', 'observe-event-groups');
    const byKind = new Map();
    for (const event of events) {
      if (!byKind.has(event.kind)) byKind.set(event.kind, []);
      byKind.get(event.kind).push(event);
    }
    for (const [kind, ofKind] of [...byKind].sort((a, b) => a[1].length - b[1].length)) {
      const group = el('details', 'observe-event-group');
      group.dataset.kind = kind;
      group.open = ofKind.length <= EVENTS_SHOWN_OPEN;
      group.append(el('summary', null, t('work.observe.eventGroup', { kind: this.vocabulary.label('changeKinds', kind, language), count: ofKind.length })));
      const list = el('ul', 'observe-events');
      for (const event of ofKind) {
        const item = el('li', 'observe-event');
        item.dataset.kind = event.kind;
        item.append(
          el('span', 'observe-event-kind', this.vocabulary.label('changeKinds', event.kind, language)),
          el('span', 'observe-event-statement', language === 'ko' ? event.statementKo ?? event.statementEn : event.statementEn),
        );
        list.append(item);
      }
      group.append(list);
      eventList.append(group);
    }
    if (!events.length) eventList.append(el('p', 'work-hint', t('work.observe.noEvents')));
    const parts = [
      heading(4, 'work.observe.result.heading'),
      el('p', 'work-hint', t('work.observe.result.counts', { id: observation.id, structures: derived?.structures ?? 0, events: derived?.events ?? 0 })),
      heading(5, 'work.observe.result.matches'), matchList,
      heading(5, 'work.observe.result.events'), eventList,
    ];
    for (const note of derived?.overridesNotApplied ?? []) parts.push(el('p', 'work-form-summary info', JSON.stringify(note)));
    this.result.replaceChildren(...parts);
  }

  async loadObservations() {
    const facilityId = this.facilityId;
    this.list.replaceChildren(el('p', 'work-hint', t('work.loading')));
    try {
      const { body } = await getJson(`${facilityPath(facilityId)}/observations`);
      if (facilityId !== this.facilityId) return;
      this.observations = Array.isArray(body) ? body : [];
      this.renderObservations();
    } catch (error) {
      this.list.replaceChildren(el('p', 'work-form-summary error', describe(error)));
    }
  }

  renderObservations() {
    const observations = this.observations ?? [];
    if (!observations.length) {
      this.list.replaceChildren(el('p', 'work-hint', t('work.observe.noObservations')));
      return;
    }
    const table = el('table', 'work-table observe-table');
    const head = el('tr');
    for (const key of ['date', 'scene', 'confidence', 'by', 'open']) {
      const th = el('th', null, t(`work.observe.column.${key}`));
      th.scope = 'col';
      head.append(th);
    }
    const thead = el('thead');
    thead.append(head);
    const tbody = el('tbody');
    const language = currentLanguage();
    for (const observation of [...observations].reverse()) {
      const row = el('tr');
      row.dataset.observationId = String(observation.id);
      const scene = el('td', null, observation.sceneId);
      if (observation.illustrative) scene.append(el('span', 'observe-badge', t('work.observe.illustrative')));
      const open = button('work.observe.open');
      open.setAttribute('aria-label', t('work.observe.openN', { id: observation.id, date: observation.sceneDate ?? '' }));
      open.addEventListener('click', () => this.open(observation.id));
      const action = el('td');
      action.append(open);
      row.append(
        el('td', null, observation.sceneDate ?? ''),
        scene,
        el('td', null, this.vocabulary.label('confidences', observation.confidence, language)),
        el('td', null, observation.createdBy ?? ''),
        action,
      );
      tbody.append(row);
    }
    table.append(thead, tbody);
    this.list.replaceChildren(table);
  }

  // One observation with its drawings (on the map too) and its deletion form.
  async open(observationId) {
    this.detail.hidden = false;
    this.detail.replaceChildren(el('p', 'work-hint', t('work.loading')));
    try {
      const { body, etag } = await getJson(`/api/observations/${encodeURIComponent(observationId)}`);
      this.renderDetail(body, etag);
    } catch (error) {
      this.detail.replaceChildren(el('p', 'work-form-summary error', describe(error)));
    }
  }

  renderDetail(observation, etag) {
    const language = currentLanguage();
    this.detail.dataset.observationId = String(observation.id);
    const title = el('h4', 'work-heading', t('work.observe.detail.heading', { id: observation.id, date: observation.sceneDate ?? '', scene: observation.sceneId }));
    const facts = el('p', 'work-hint', t('work.observe.detail.facts', {
      confidence: this.vocabulary.label('confidences', observation.confidence, language), by: observation.createdBy ?? '', version: observation.version,
    }));
    const notes = observation.notes ? el('p', 'observe-notes', observation.notes) : null;
    const drawings = el('ol', 'observe-drawings');
    this.opened.clearLayers();
    observation.structures.forEach((drawing, i) => {
      drawings.append(el('li', null, t('work.observe.detail.drawing', {
        n: `S${i + 1}`,
        class: this.vocabulary.label('structureClasses', drawing.class, language),
        condition: this.vocabulary.label('structureConditions', drawing.condition, language),
        area: formatNumber(drawing.areaSqm),
      })));
      this.opened.addLayer(shapeLayer(drawing.geometry, `S${i + 1}`, 'structure'));
    });
    observation.unassessable.forEach((area, i) => {
      drawings.append(el('li', null, t('work.observe.detail.area', {
        n: `A${i + 1}`, reason: this.vocabulary.label('unassessableReasons', area.reason, language), area: formatNumber(area.areaSqm),
      })));
      this.opened.addLayer(shapeLayer(area.geometry, `A${i + 1}`, 'area'));
    });
    const show = button('work.observe.detail.show');
    show.addEventListener('click', () => {
      const bounds = L.featureGroup(this.opened.getLayers()).getBounds();
      if (bounds.isValid()) this.context.map.fitBounds(bounds, { maxZoom: 17, padding: [20, 20] });
    });
    const close = button('work.observe.detail.close');
    close.addEventListener('click', () => {
      this.opened.clearLayers();
      this.detail.hidden = true;
    });
    const deletion = el('form', 'work-form observe-deletion');
    deletion.noValidate = true;
    const reason = textArea('reason', 'work.observe.delete.reason', { rows: 2, required: true, hintKey: 'work.observe.delete.hint' });
    const remove = button('work.observe.delete.submit', { type: 'submit', className: 'work-button danger' });
    const removeActions = el('div', 'work-actions');
    removeActions.append(remove);
    deletion.append(reason, removeActions);
    const messages = new FormMessages(deletion, { reason: 'reason' });
    let deleted = false;
    deletion.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (deleted) return;
      messages.clear();
      await messages.busy(async () => {
        try {
          const { body } = await send('POST', `/api/observations/${encodeURIComponent(observation.id)}/deletion`, { json: { reason: valueOf(deletion, 'reason') }, etag });
          messages.showSummary(t('work.observe.delete.done', { id: observation.id, structures: body?.derived?.structures ?? 0, events: body?.derived?.events ?? 0 }), 'done');
          deleted = true;
          this.opened.clearLayers();
          showStructureLayers(this.context.state);
          this.loadObservations();
        } catch (error) {
          messages.showError(error);
        }
      });
      remove.disabled = deleted;
    });
    const buttons = el('div', 'work-actions');
    buttons.append(show, close);
    const publication = publicationControl('observation', observation.id, { textFields: [{ name: 'notes', labelKey: 'work.publication.notesPublishable' }] });
    this.detail.replaceChildren(...[title, facts, notes, drawings, buttons, deletion, heading(5, 'work.publication.heading'), publication.element].filter(Boolean));
  }

  relabel() {
    if (!this.form) return;
    fillScenes(this.sceneControl, this.scenes);
    relabelVocabulary(this.container, this.vocabulary);
    this.renderShapes();
    this.renderResult();
    if (this.observations) this.renderObservations();
  }

  destroy() {
    this.unsubscribe();
    this.context.draw.clear();
    this.drawn.remove();
    this.opened.remove();
  }
}

function fieldset(legendKey) {
  const node = el('fieldset', 'work-fieldset');
  const legend = el('legend', null, t(legendKey));
  legend.dataset.i18n = legendKey;
  node.append(legend);
  return node;
}
