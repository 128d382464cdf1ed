// Analysts: the selected facility's boundary versions and zones, drawn and edited on the map. Lists
// every live version (validity, basis, confidence, area) and lets the analyst add one (drawn as a
// polygon or rectangle, or typed as coordinates), give a version a new shape from a date (the
// server ends it that day and adds the new one, in one transaction: POST .../{id}/supersede), end
// a version at a date, or delete one with a reason (soft). A geometry the server refuses is shown
// at the coordinates box and on the map at the point the server names; after a self-intersection,
// saving with the server's repair is offered as a second, explicit choice, with its report.

/* global L */

import { el } from '../../dom.js';
import { formatNumber, t } from '../../i18n.js';
import { todayUtc } from '../../period.js';
import { BOUNDARY_BASES, BOUNDARY_CONFIDENCES } from '../../boundary-layer.js';
import { areaBody, AREA_FIELDS, supersedeDefaults, ZONE_FIELDS } from '../area-body.js';
import { formatCoordinates, parseCoordinates } from '../coordinates.js';
import { describe, FormMessages } from '../form.js';
import { getJson, postJson } from '../http.js';
import { button, heading, linesOf, selectField, textArea, textField, valueOf } from '../fields.js';
import { publicationControl } from '../publication-state.js';
import { drawingHint } from '../map-draw.js';

// The server's zone kinds (geodata ZoneLabel.KINDS).
export const ZONE_KINDS = Object.freeze(['housing', 'mine', 'farm', 'factory', 'administration', 'security', 'detention', 'other']);
const KINDS = Object.freeze(['boundary', 'zone']);
const COLLECTION = Object.freeze({ boundary: 'boundaries', zone: 'zones' });

export const areasTask = {
  id: 'areas',
  roles: ['analyst'],
  titleKey: 'work.areas.title',
  create: (container, context) => new AreasEditor(container, context),
};

export const areasUrl = (facilityId, kind) => `/api/facilities/${encodeURIComponent(facilityId)}/${COLLECTION[kind]}`;
const etagOf = (version) => `"v${version.version}"`;

class AreasEditor {
  constructor(container, context) {
    this.context = context;
    this.state = context.state;
    this.draw = context.draw;
    this.facilityId = null;
    this.versions = { boundary: [], zone: [] };
    this.formClose = null;
    this.empty = el('p', 'work-hint', t('work.areas.none'));
    this.empty.dataset.i18n = 'work.areas.none';
    this.body = el('div', 'work-areas');
    container.append(heading(3, 'work.areas.heading'), this.empty, this.body);
    this.unsubscribe = this.state.subscribe('selectedFacilityId', ({ selectedFacilityId }) => this.show({ facilityId: selectedFacilityId }));
  }

  // Shows the facility given (or the selected one); an open form stays while it is the same one.
  async show(args = {}) {
    const facilityId = args?.facilityId ?? this.state.get().selectedFacilityId;
    this.empty.hidden = Boolean(facilityId);
    if (!facilityId) {
      this.closeForm();
      this.body.replaceChildren();
      this.facilityId = null;
      return;
    }
    if (facilityId === this.facilityId) return;
    this.closeForm();
    this.facilityId = facilityId;
    const facility = this.context.findFacility?.(facilityId);
    const title = el('p', 'work-record-title', facility ? `${facility.name} · ${facilityId}` : facilityId);
    this.notice = el('div', 'work-form-summary');
    this.notice.setAttribute('role', 'status');
    this.notice.hidden = true;
    this.formHost = el('div', 'work-area-form-host');
    this.lists = {};
    const sections = KINDS.map((kind) => {
      const section = el('section', 'work-area-section');
      section.dataset.kind = kind;
      const list = el('ul', 'work-area-list');
      list.dataset.kind = kind;
      this.lists[kind] = list;
      const add = button(`work.areas.add.${kind}`, { className: 'work-button work-area-add' });
      add.dataset.kind = kind;
      add.addEventListener('click', () => this.openAreaForm(kind, null));
      section.append(heading(4, `work.areas.list.${kind}`), list, add);
      return section;
    });
    this.body.replaceChildren(title, this.notice, ...sections, this.formHost);
    await this.loadLists();
  }

  async loadLists() {
    const facilityId = this.facilityId;
    for (const kind of KINDS) this.lists[kind].replaceChildren(el('li', 'work-hint', t('work.loading')));
    await Promise.all(KINDS.map(async (kind) => {
      try {
        const { body } = await getJson(areasUrl(facilityId, kind));
        if (this.facilityId !== facilityId) return;
        this.versions[kind] = Array.isArray(body) ? body : [];
        this.renderList(kind);
      } catch (error) {
        if (this.facilityId === facilityId) this.lists[kind].replaceChildren(el('li', 'work-form-summary error', describe(error)));
      }
    }));
  }

  renderList(kind) {
    const versions = [...this.versions[kind]].sort((a, b) => String(a.zoneKey ?? '').localeCompare(String(b.zoneKey ?? ''))
      || String(a.validFrom ?? '').localeCompare(String(b.validFrom ?? '')));
    const list = this.lists[kind];
    if (!versions.length) {
      list.replaceChildren(el('li', 'work-hint', t(`work.areas.empty.${kind}`)));
      return;
    }
    list.replaceChildren(...versions.map((version) => this.item(kind, version)));
  }

  item(kind, version) {
    const item = el('li', 'work-area-item');
    item.dataset.areaId = String(version.id);
    item.dataset.kind = kind;
    if (kind === 'zone') {
      const kindLabel = ZONE_KINDS.includes(version.kind) ? t(`work.areas.zoneKind.${version.kind}`) : version.kind;
      item.append(el('p', 'work-area-name', `${version.name ?? ''}${version.nameKo ? ` · ${version.nameKo}` : ''} (${version.zoneKey}, ${kindLabel})`));
    }
    item.append(
      el('p', 'work-area-validity', t('work.areas.validity', {
        from: version.validFrom ?? t('work.areas.openStart'),
        to: version.validTo ?? t('work.areas.openEnd'),
      })),
      el('p', 'work-area-facts', t('work.areas.facts', {
        basis: BOUNDARY_BASES.includes(version.basis) ? t(`boundary.basis.${version.basis}`) : version.basis,
        confidence: BOUNDARY_CONFIDENCES.includes(version.confidence) ? t(`boundary.confidenceLevel.${version.confidence}`) : version.confidence,
        area: formatNumber(version.areaSqKm, 3),
        id: version.id,
        by: version.createdBy ?? '—',
      })),
    );
    if (version.note) item.append(el('p', 'work-area-note', version.note));
    const actions = el('div', 'work-actions');
    const show = button('work.areas.showOnMap', { className: 'work-button work-area-show' });
    show.addEventListener('click', () => this.showOnMap(version.geometry));
    const reshape = button('work.areas.reshape', { className: 'work-button work-area-reshape' });
    reshape.addEventListener('click', () => this.openAreaForm(kind, version));
    const end = button('work.areas.end', { className: 'work-button work-area-end' });
    end.addEventListener('click', () => this.openEndForm(kind, version));
    const remove = button('work.areas.delete', { className: 'work-button work-area-delete' });
    remove.addEventListener('click', () => this.openDeleteForm(kind, version));
    actions.append(show, reshape, end, remove);
    item.append(actions, publicationControl(kind, version.id, { compact: true }).element);
    return item;
  }

  showOnMap(geometry) {
    const bounds = geometry ? L.geoJSON(geometry).getBounds() : null;
    if (bounds?.isValid()) this.context.map.fitBounds(bounds, { maxZoom: 15, padding: [30, 30] });
  }

  // The form for a new version (version null) or a new shape of `version` from a date.
  openAreaForm(kind, version) {
    const mode = version ? 'supersede' : 'add';
    let etag = version ? etagOf(version) : null;
    const values = version ? supersedeDefaults(version, todayUtc()) : { sourceIds: [] };
    const form = this.newForm(mode, kind, version);
    const title = version ? t(`work.areas.form.supersede.${kind}`, { id: version.id }) : t(`work.areas.form.add.${kind}`);
    form.append(el('p', 'work-record-title', title));
    if (kind === 'zone') {
      const key = textField('zoneKey', 'work.areas.field.zoneKey', { value: values.zoneKey, required: true, maxLength: 64, hintKey: 'work.areas.zoneKeyHint' });
      if (version) key.querySelector('input').readOnly = true;
      form.append(
        key,
        textField('name', 'work.areas.field.name', { value: values.name, required: true, maxLength: 200 }),
        textField('nameKo', 'work.areas.field.nameKo', { value: values.nameKo, lang: 'ko' }),
        selectField('kind', 'work.areas.field.kind', ZONE_KINDS.map((code) => ({ value: code, label: t(`work.areas.zoneKind.${code}`) })),
          { value: values.kind, emptyKey: 'work.areas.choose' }),
      );
    }
    // The shape: drawn on the map, or typed; each follows the other.
    const shape = el('fieldset', 'work-fieldset work-area-shape');
    const legend = el('legend', null, t('work.areas.shape'));
    legend.dataset.i18n = 'work.areas.shape';
    const drawPolygon = button('work.areas.drawPolygon', { className: 'work-button work-area-draw' });
    drawPolygon.dataset.shape = 'Polygon';
    const drawRectangle = button('work.areas.drawRectangle', { className: 'work-button work-area-draw' });
    drawRectangle.dataset.shape = 'Rectangle';
    const drawButtons = el('div', 'work-actions');
    drawButtons.append(drawPolygon, drawRectangle);
    const hint = el('div', 'work-area-draw-hint');
    const coordinates = textArea('geometry', 'work.areas.field.geometry', { value: formatCoordinates(values.geometry), rows: 5, hintKey: 'work.areas.coordinatesHint' });
    const box = coordinates.querySelector('textarea');
    box.spellcheck = false;
    box.classList.add('work-area-coordinates');
    const follow = (value) => {
      box.value = formatCoordinates(value);
      this.labelCorners();
    };
    for (const drawButton of [drawPolygon, drawRectangle]) {
      drawButton.addEventListener('click', async () => {
        const shapeName = drawButton.dataset.shape;
        hint.replaceChildren(drawingHint(shapeName));
        const drawn = await this.draw.draw(shapeName, { onChange: follow });
        hint.replaceChildren();
        if (drawn) follow(drawn);
        this.labelCorners();
      });
    }
    box.addEventListener('change', () => {
      const parsed = parseCoordinates(box.value);
      if (parsed.geometry) this.draw.edit(parsed.geometry, { onChange: follow });
      this.labelCorners();
    });
    shape.append(legend, drawButtons, hint, coordinates);
    form.append(
      shape,
      textField('validFrom', version ? 'work.areas.field.newFrom' : 'work.areas.field.validFrom',
        { value: values.validFrom, type: 'date', required: Boolean(version), hintKey: version ? 'work.areas.newFromHint' : 'work.areas.validFromHint' }),
      textField('validTo', 'work.areas.field.validTo', { value: values.validTo, type: 'date', hintKey: 'work.areas.validToHint' }),
      selectField('basis', 'work.areas.field.basis', BOUNDARY_BASES.map((code) => ({ value: code, label: t(`boundary.basis.${code}`) })),
        { value: values.basis ?? '', emptyKey: 'work.areas.choose' }),
      selectField('confidence', 'work.areas.field.confidence', BOUNDARY_CONFIDENCES.map((code) => ({ value: code, label: t(`boundary.confidenceLevel.${code}`) })),
        { value: values.confidence ?? '', emptyKey: 'work.areas.choose' }),
      textField('sceneId', 'work.areas.field.sceneId', { value: values.sceneId, maxLength: 200, hintKey: 'work.areas.sceneIdHint' }),
      textArea('sourceIds', 'work.areas.field.sourceIds', { value: (values.sourceIds ?? []).join('\n'), rows: 2, hintKey: 'work.areas.sourceIdsHint' }),
      textArea('note', 'work.areas.field.note', { value: values.note, rows: 2 }),
    );
    const save = button('work.save', { type: 'submit' });
    const repair = button('work.areas.saveRepaired', { className: 'work-button work-area-repair' });
    repair.hidden = true;
    const cancel = button('work.areas.cancel', { className: 'work-button work-area-cancel' });
    const repairNote = el('p', 'work-hint work-area-repair-note', t('work.areas.repairOffer'));
    repairNote.dataset.i18n = 'work.areas.repairOffer';
    repairNote.hidden = true;
    const actions = el('div', 'work-actions');
    actions.append(save, repair, cancel);
    form.append(repairNote, actions);
    const controls = Object.fromEntries([...ZONE_FIELDS, ...AREA_FIELDS, 'geometry'].map((name) => [name, name]));
    const messages = new FormMessages(form, controls);
    cancel.addEventListener('click', () => this.closeForm());

    const submit = async (withRepair) => {
      messages.clear();
      this.draw.clearProblems();
      const parsed = parseCoordinates(box.value);
      if (parsed.error) {
        messages.showError({ problems: [{ field: 'geometry', message: t(`work.areas.coordinates.${parsed.error}`, { line: parsed.line }) }] });
        return;
      }
      const fields = {};
      for (const name of [...ZONE_FIELDS, ...AREA_FIELDS]) fields[name] = valueOf(form, name);
      fields.sourceIds = linesOf(form, 'sourceIds');
      const body = areaBody(kind, fields, parsed.geometry);
      const base = areasUrl(this.facilityId, kind);
      const url = `${version ? `${base}/${version.id}/supersede` : base}${withRepair ? '?repair=true' : ''}`;
      await messages.busy(async () => {
        try {
          const { body: answer } = await postJson(url, body, etag ? { etag } : {});
          const saved = answer?.[kind];
          const repairs = Array.isArray(answer?.repairs) ? answer.repairs : [];
          this.closeForm();
          this.announce([t(version ? `work.areas.superseded.${kind}` : `work.areas.saved.${kind}`, { id: saved?.id ?? '—', from: saved?.validFrom ?? t('work.areas.openStart') }),
            ...(repairs.length ? [t('work.areas.repairReport'), ...repairs] : [])]);
          await this.changed();
        } catch (error) {
          messages.showError(error);
          this.draw.showProblems(error.problems ?? []);
          const crossed = (error.problems ?? []).some((p) => p.field?.startsWith('geometry') && /self-intersection/.test(p.message));
          repair.hidden = !crossed || withRepair;
          repairNote.hidden = repair.hidden;
          if (error.status === 412) {
            // Keep the shape and fields typed; the next save goes on top of the version as saved.
            messages.showSummary(t('work.areas.staleKept'), 'error');
            this.loadLists();
            try {
              etag = (await getJson(`${areasUrl(this.facilityId, kind)}/${version.id}`)).etag ?? etag;
            } catch (reread) {
              messages.showSummary([t('work.areas.staleKept'), describe(reread)], 'error');
            }
          }
        }
      });
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submit(false);
    });
    repair.addEventListener('click', () => submit(true));
    this.showForm(form, () => this.draw.clear());
    if (values.geometry) this.draw.edit(values.geometry, { onChange: follow });
    this.labelCorners();
  }

  // Names the drawing's draggable corners for assistive technology (Leaflet-Geoman leaves them
  // unnamed); the coordinates box is the keyboard's way to move them.
  labelCorners() {
    this.draw.labelHandles();
  }


  openEndForm(kind, version) {
    const form = this.newForm('end', kind, version);
    form.append(
      el('p', 'work-record-title', t(`work.areas.form.end.${kind}`, { id: version.id })),
      textField('validTo', 'work.areas.field.endOn', { value: version.validTo ?? todayUtc(), type: 'date', required: true, hintKey: 'work.areas.endOnHint' }),
    );
    this.simpleForm(form, 'work.areas.endSubmit', { validTo: 'validTo' }, async () => {
      const validTo = valueOf(form, 'validTo');
      const { body } = await postJson(`${areasUrl(this.facilityId, kind)}/${version.id}/end`, { validTo }, { etag: etagOf(version) });
      return t(`work.areas.ended.${kind}`, { id: version.id, to: body?.validTo ?? validTo });
    });
  }

  openDeleteForm(kind, version) {
    const form = this.newForm('delete', kind, version);
    form.append(
      el('p', 'work-record-title', t(`work.areas.form.delete.${kind}`, { id: version.id })),
      textArea('reason', 'work.areas.field.reason', { required: true, rows: 3, maxLength: 1000, hintKey: 'work.areas.reasonHint' }),
    );
    this.simpleForm(form, 'work.areas.deleteSubmit', { reason: 'reason' }, async () => {
      await postJson(`${areasUrl(this.facilityId, kind)}/${version.id}/deletion`, { reason: valueOf(form, 'reason') });
      return t(`work.areas.deleted.${kind}`, { id: version.id });
    });
  }

  newForm(mode, kind, version) {
    const form = el('form', 'work-form work-area-form');
    form.noValidate = true;
    form.dataset.mode = mode;
    form.dataset.kind = kind;
    if (version) form.dataset.areaId = String(version.id);
    return form;
  }

  // A form of a few fields and one request; send() resolves to the message shown after it.
  simpleForm(form, submitKey, controls, send) {
    const actions = el('div', 'work-actions');
    const cancel = button('work.areas.cancel', { className: 'work-button work-area-cancel' });
    cancel.addEventListener('click', () => this.closeForm());
    actions.append(button(submitKey, { type: 'submit' }), cancel);
    form.append(actions);
    const messages = new FormMessages(form, controls);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      messages.clear();
      await messages.busy(async () => {
        try {
          const message = await send();
          this.closeForm();
          this.announce([message]);
          await this.changed();
        } catch (error) {
          if (error.status === 412) {
            this.closeForm();
            this.announce([t('work.areas.stale')], 'error');
            await this.loadLists();
            return;
          }
          messages.showError(error);
        }
      });
    });
    this.showForm(form, null);
  }

  showForm(form, onClose) {
    this.closeForm();
    this.notice.hidden = true;
    this.formHost.replaceChildren(form);
    this.formClose = onClose;
    form.scrollIntoView?.({ block: 'nearest' });
    form.querySelector('input:not([readonly]), textarea, select, button')?.focus();
  }

  closeForm() {
    this.formClose?.();
    this.formClose = null;
    this.formHost?.replaceChildren();
  }

  // A note above the lists: kind 'done' | 'error'.
  announce(lines, kind = 'done') {
    this.notice.replaceChildren(...lines.map((line) => el('p', null, line)));
    this.notice.className = `work-form-summary ${kind}`;
    this.notice.hidden = false;
  }

  // After a save: the map's boundary and zone layers, the lists, and the status line.
  async changed() {
    this.context.showStatus?.('work.areas.savedStatus', {}, 'info');
    await Promise.all([this.context.reloadAreas?.(), this.loadLists()]);
  }

  relabel() {
    if (!this.facilityId) return;
    for (const kind of KINDS) if (this.versions[kind]) this.renderList(kind);
  }

  destroy() {
    this.unsubscribe();
    this.closeForm();
  }
}
