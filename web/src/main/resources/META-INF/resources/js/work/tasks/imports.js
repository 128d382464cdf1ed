// Analysts: import files. (1) A layer digitized in QGIS or Google Earth (GeoJSON, KML, GeoPackage)
// as an observation of the selected facility on one of its scenes: first a dry run, whose report
// lists every feature with its errors and warnings and writes nothing; then the import, all or
// nothing, which the server never duplicates (a re-run answers "unchanged"). (2) Imagery metadata
// (STAC Items, an ItemCollection, NDJSON) into the catalogue, with the upload's progress and the
// ingest report (inserted, updated, unchanged, rejected with reasons).

import { el } from '../../dom.js';
import { formatNumber, t } from '../../i18n.js';
import { describe, FormMessages } from '../form.js';
import { send } from '../http.js';
import { button, heading, selectField, textArea, textField, valueOf } from '../fields.js';
import { importQuery, ingestContentType, ingestCounts, layerContentType } from '../observe-model.js';
import {
  facilityName, facilityPath, fillScenes, loadScenes, relabelVocabulary, sceneSelect, selectedCollection, showStructureLayers, vocabularySelect,
} from './observe-shared.js';

export const importsTask = {
  id: 'imports',
  roles: ['analyst'],
  titleKey: 'work.observe.imports.title',
  create: (container, context) => new ImportsTask(container, context),
};

class ImportsTask {
  constructor(container, context) {
    this.container = container;
    this.context = context;
    this.vocabulary = context.vocabulary;
    this.facilityId = null;
    this.scenes = [];
    this.checked = null; // what the last clean dry run checked (file and parameters)
    this.layerSection = el('section', 'observe-import');
    this.ingestSection = el('section', 'observe-ingest');
    container.append(heading(3, 'work.observe.layer.heading'), this.layerSection, heading(3, 'work.observe.ingest.heading'), this.ingestSection);
    this.renderIngest();
    this.unsubscribe = context.state.subscribe('selectedFacilityId', ({ selectedFacilityId }) => this.show({ facilityId: selectedFacilityId }));
  }

  async show(args = {}) {
    const facilityId = args?.facilityId ?? this.context.state.get().selectedFacilityId;
    if (!facilityId) {
      this.facilityId = null;
      const none = el('p', 'work-hint', t('work.observe.none'));
      none.dataset.i18n = 'work.observe.none';
      this.layerSection.replaceChildren(none);
      return;
    }
    if (facilityId === this.facilityId) return;
    this.facilityId = facilityId;
    this.checked = null;
    this.renderLayer();
    try {
      const scenes = await loadScenes(facilityId);
      if (facilityId !== this.facilityId) return;
      this.scenes = scenes;
      fillScenes(this.sceneControl, scenes);
      this.sceneControl.dataset.loaded = String(scenes.length);
    } catch (error) {
      this.layerMessages.showSummary(describe(error), 'error');
    }
  }

  renderLayer() {
    const facility = this.context.findFacility?.(this.facilityId);
    const form = el('form', 'work-form observe-layer-form');
    form.noValidate = true;
    form.dataset.facilityId = this.facilityId;
    const scene = sceneSelect(this.scenes);
    this.sceneControl = scene.control;
    const file = fileField('file', 'work.observe.layer.file', '.geojson,.json,.kml,.gpkg', 'work.observe.layer.fileHint');
    const dryRun = button('work.observe.layer.dryRun', { type: 'submit' });
    dryRun.value = 'dry-run';
    dryRun.dataset.action = 'dry-run';
    const run = button('work.observe.layer.import', { type: 'submit' });
    run.value = 'import';
    run.dataset.action = 'import';
    run.disabled = true;
    const actions = el('div', 'work-actions');
    actions.append(dryRun, run);
    const title = el('p', 'work-record-title', `${facilityName(facility) ?? this.facilityId} · ${this.facilityId}`);
    form.append(
      title,
      scene,
      vocabularySelect(this.vocabulary, 'confidence', 'confidences', 'work.observe.field.confidence', { emptyKey: 'work.observe.choose' }),
      textArea('notes', 'work.observe.field.notes', { rows: 2 }),
      vocabularySelect(this.vocabulary, 'defaultClass', 'structureClasses', 'work.observe.layer.defaultClass', { emptyKey: 'work.observe.layer.defaultOther' }),
      file,
      actions,
    );
    const messages = new FormMessages(form, {
      sceneId: ['sceneId', 'sceneCollection'], confidence: 'confidence', notes: 'notes', defaultClass: 'defaultClass', file: ['file', 'layer'],
    });
    this.layerMessages = messages;
    const report = el('div', 'observe-report');
    report.setAttribute('aria-live', 'polite');
    const signature = () => {
      const chosen = file.control.files?.[0];
      return chosen ? `${chosen.name}|${chosen.size}|${chosen.lastModified}|${this.query(form, false)}` : null;
    };
    form.addEventListener('change', () => {
      run.disabled = !this.checked || this.checked !== signature();
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const real = event.submitter?.value === 'import';
      messages.clear();
      const chosen = file.control.files?.[0];
      if (!chosen) {
        messages.showError({ problems: [{ field: 'file', message: t('work.observe.layer.noFile') }] });
        return;
      }
      const contentType = layerContentType(chosen.name);
      if (!contentType) {
        messages.showError({ problems: [{ field: 'file', message: t('work.observe.layer.badType', { name: chosen.name }) }] });
        return;
      }
      const checking = signature();
      await messages.busy(async () => {
        report.replaceChildren(el('p', 'work-hint', t('work.loading')));
        try {
          const url = `${facilityPath(this.facilityId)}/observations/import?${this.query(form, !real)}`;
          const { body } = await send('POST', url, { body: chosen, contentType });
          this.renderReport(report, body);
          if (!real) {
            this.checked = body.outcome === 'failed' ? null : checking;
            const key = { failed: 'checkedFailed', unchanged: 'checkedUnchanged' }[body.outcome] ?? 'checked';
            messages.showSummary(t(`work.observe.layer.${key}`), body.outcome === 'failed' ? 'error' : 'info');
          } else {
            this.checked = null;
            messages.showSummary(t(`work.observe.layer.outcome.${body.outcome}`, { id: body.observation?.id ?? '' }), 'done');
            if (body.outcome === 'created') showStructureLayers(this.context.state);
          }
        } catch (error) {
          this.checked = null;
          if (error.status === 422 && error.body?.features) this.renderReport(report, error.body);
          else report.replaceChildren();
          messages.showError(error);
        }
      });
      run.disabled = !this.checked || this.checked !== signature();
    });
    this.layerSection.replaceChildren(form, report);
  }

  query(form, dryRun) {
    return importQuery({
      sceneId: valueOf(form, 'sceneId'),
      sceneCollection: selectedCollection(this.sceneControl),
      confidence: valueOf(form, 'confidence'),
      notes: valueOf(form, 'notes'),
      defaultClass: valueOf(form, 'defaultClass'),
      dryRun,
    });
  }

  // The import's report: what it did or would do, and every feature with its errors and warnings.
  renderReport(container, result) {
    container.dataset.outcome = result.outcome ?? '';
    container.dataset.dryRun = String(Boolean(result.dryRun));
    const head = el('p', `observe-report-summary ${result.outcome ?? ''}`, t(result.dryRun ? 'work.observe.layer.reportDry' : 'work.observe.layer.report', {
      outcome: t(`work.observe.layer.state.${result.outcome}`), features: formatNumber(result.features?.length ?? 0), errors: formatNumber(result.errors ?? 0),
    }));
    const summary = el('p', 'work-hint', result.summary ?? '');
    const table = el('table', 'work-table observe-features');
    const row = el('tr');
    for (const key of ['index', 'label', 'kind', 'outcome', 'messages']) {
      const th = el('th', null, t(`work.observe.layer.column.${key}`));
      th.scope = 'col';
      row.append(th);
    }
    const thead = el('thead');
    thead.append(row);
    const tbody = el('tbody');
    for (const feature of result.features ?? []) {
      const tr = el('tr', feature.outcome === 'error' ? 'observe-feature error' : 'observe-feature');
      tr.dataset.outcome = feature.outcome;
      const messages = el('td');
      const list = el('ul', 'observe-messages');
      for (const error of feature.errors ?? []) list.append(el('li', 'field-error', error));
      for (const warning of feature.warnings ?? []) list.append(el('li', 'observe-warning', warning));
      messages.append(list);
      tr.append(
        el('td', null, String(feature.index)),
        el('td', null, feature.label ?? feature.featureId ?? ''),
        el('td', null, feature.kind ?? ''),
        el('td', null, feature.outcome ?? ''),
        messages,
      );
      tbody.append(tr);
    }
    table.append(thead, tbody);
    const parts = [head, summary, table];
    if (result.derived) {
      parts.push(el('p', 'work-hint', t('work.observe.result.counts', { id: result.observation?.id ?? '', structures: result.derived.structures, events: result.derived.events })));
    }
    container.replaceChildren(...parts);
  }

  renderIngest() {
    const form = el('form', 'work-form observe-ingest-form');
    form.noValidate = true;
    const hint = el('p', 'work-hint', t('work.observe.ingest.intro'));
    hint.dataset.i18n = 'work.observe.ingest.intro';
    const file = fileField('file', 'work.observe.ingest.file', '.json,.geojson,.ndjson,.jsonl', 'work.observe.ingest.fileHint');
    const format = selectField('format', 'work.observe.ingest.format', [
      { value: 'stac', label: t('work.observe.ingest.formatStac') },
      { value: 'flat', label: t('work.observe.ingest.formatFlat') },
    ]);
    format.control.dataset.labelKeys = 'work.observe.ingest.formatStac,work.observe.ingest.formatFlat';
    const collection = textField('collection', 'work.observe.ingest.collection', { hintKey: 'work.observe.ingest.collectionHint', maxLength: 200 });
    const submit = button('work.observe.ingest.submit', { type: 'submit' });
    const actions = el('div', 'work-actions');
    actions.append(submit);
    const progressLabel = el('label', null, t('work.observe.ingest.progress'));
    progressLabel.dataset.i18n = 'work.observe.ingest.progress';
    const progress = el('progress', 'work-progress');
    progress.id = 'observe-ingest-progress';
    progressLabel.htmlFor = progress.id;
    progress.max = 100;
    progress.value = 0;
    const percent = el('span', 'observe-progress-text', '');
    percent.setAttribute('aria-live', 'polite');
    const progressBox = el('div', 'observe-progress');
    progressBox.hidden = true;
    progressBox.append(progressLabel, progress, percent);
    form.append(hint, file, format, collection, actions, progressBox);
    const messages = new FormMessages(form, { file: 'file', format: 'format', collection: 'collection' });
    const report = el('div', 'observe-ingest-report');
    report.setAttribute('aria-live', 'polite');
    const setProgress = (fraction) => {
      const value = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
      progress.value = value;
      progress.dataset.percent = String(value);
      percent.textContent = `${value}%`;
    };
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      messages.clear();
      const chosen = file.control.files?.[0];
      if (!chosen) {
        messages.showError({ problems: [{ field: 'file', message: t('work.observe.layer.noFile') }] });
        return;
      }
      const params = new URLSearchParams();
      if (valueOf(form, 'format') && valueOf(form, 'format') !== 'stac') params.set('format', valueOf(form, 'format'));
      if (valueOf(form, 'collection')) params.set('collection', valueOf(form, 'collection'));
      progressBox.hidden = false;
      setProgress(0);
      await messages.busy(async () => {
        report.replaceChildren();
        try {
          const { body } = await send('POST', `/api/imagery/ingest${params.size ? `?${params}` : ''}`, {
            body: chosen, contentType: ingestContentType(chosen.name), onUploadProgress: setProgress,
          });
          this.renderIngestReport(report, body);
          messages.showSummary(t('work.observe.ingest.done', { read: formatNumber(body.read ?? 0) }), 'done');
        } catch (error) {
          if (error.body && Number.isFinite(error.body.read)) this.renderIngestReport(report, error.body);
          messages.showError(error);
        }
      });
    });
    this.ingestSection.replaceChildren(form, report);
  }

  renderIngestReport(container, report) {
    const counts = el('dl', 'observe-counts');
    for (const [key, value] of ingestCounts(report)) {
      const term = el('dt', null, t(`work.observe.ingest.count.${key}`));
      const count = el('dd', null, formatNumber(value));
      count.dataset.count = key;
      counts.append(term, count);
    }
    const parts = [heading(4, 'work.observe.ingest.report'), counts];
    const reasons = Object.entries(report.rejectedByReason ?? {});
    if (reasons.length) {
      parts.push(heading(5, 'work.observe.ingest.reasons'));
      const list = el('ul', 'observe-reasons');
      for (const [reason, count] of reasons) list.append(el('li', null, t('work.observe.ingest.reason', { reason, count: formatNumber(count) })));
      parts.push(list);
    }
    if (report.rejectedExamples?.length) {
      parts.push(heading(5, 'work.observe.ingest.examples'));
      const list = el('ul', 'observe-examples');
      for (const example of report.rejectedExamples) list.append(el('li', null, example));
      parts.push(list);
    }
    if (report.unreadable?.length) {
      parts.push(heading(5, 'work.observe.ingest.unreadable'));
      const list = el('ul', 'observe-unreadable');
      for (const line of report.unreadable) list.append(el('li', 'field-error', line));
      parts.push(list);
    }
    container.replaceChildren(...parts);
  }

  relabel() {
    if (this.sceneControl) fillScenes(this.sceneControl, this.scenes);
    relabelVocabulary(this.container, this.vocabulary);
    for (const select of this.container.querySelectorAll('select[data-label-keys]')) {
      const keys = select.dataset.labelKeys.split(',');
      [...select.options].forEach((option, i) => {
        option.textContent = t(keys[i]);
      });
    }
  }

  destroy() {
    this.unsubscribe();
  }
}

// A labelled file input (one file).
function fileField(name, labelKey, accept, hintKey) {
  const field = textField(name, labelKey, { hintKey });
  field.control.type = 'file';
  field.control.accept = accept;
  return field;
}
