// "Submit for review" where staff work: a record's publication state (draft, ready, published,
// withdrawn, or "published version N; changed since"), read from GET
// /api/publication/records/{kind}/{id}, and a small form that submits the record's current version
// for review (POST /api/publication/reviews) with a note and, where the record has free text, a
// checkbox per field "may be published". Used by the facility editor, the boundaries and zones
// list, observations, the testimony task's claims and events. The server decides who may submit
// (403 shown at the form) and refuses a version already waiting or published (409).

import { el } from '../dom.js';
import { t } from '../i18n.js';
import { button, textField, valueOf } from './fields.js';
import { FormMessages } from './form.js';
import { getJson, postJson } from './http.js';
import { canSubmit, recordStatusUrl, stateOf, submitBody } from './publication-logic.js';

let nextId = 0;

// kind, recordId: the record; options: { textFields: [{ name, labelKey }] (free text that may be
// marked publishable), compact (no note field: the list items' variant), onSubmitted(review) }.
// Returns { element, refresh() }: call refresh() after the record is saved.
export function publicationControl(kind, recordId, options = {}) {
  const { textFields = [], compact = false, onSubmitted = () => {} } = options;
  const form = el('form', 'work-form work-publication');
  form.noValidate = true;
  form.dataset.form = 'publication-submit';
  form.dataset.kind = kind;
  form.dataset.recordId = String(recordId);
  const state = el('p', 'work-publication-state', t('work.loading'));
  state.setAttribute('aria-live', 'polite');
  state.dataset.state = 'loading';
  form.append(state);
  const checks = [];
  if (!compact) {
    for (const field of textFields) {
      const box = el('input');
      box.type = 'checkbox';
      box.name = 'publishableText';
      box.value = field.name;
      box.id = `work-publishable-${++nextId}`;
      const label = el('label', null, t(field.labelKey));
      label.dataset.i18n = field.labelKey;
      label.htmlFor = box.id;
      const row = el('div', 'work-staff-check');
      row.append(box, label);
      checks.push(box);
      form.append(row);
    }
    form.append(textField('note', 'work.publication.submitNote', { maxLength: 2000 }));
  }
  const submit = button('work.publication.submit', { type: 'submit', className: 'work-button work-publication-submit' });
  submit.dataset.action = 'submit-review';
  const actions = el('div', 'work-actions');
  actions.append(submit);
  form.append(actions);
  const messages = new FormMessages(form, { note: 'note', publishableText: 'publishableText' });
  let status = null;

  const render = () => {
    const { code, key, vars } = stateOf(status);
    state.dataset.state = code;
    state.textContent = t('work.publication.stateLine', { state: t(key, vars) });
    submit.disabled = !canSubmit(status);
  };

  const refresh = async () => {
    try {
      ({ body: status } = await getJson(recordStatusUrl(kind, recordId)));
      render();
    } catch (error) {
      status = null;
      state.dataset.state = 'unknown';
      state.textContent = t('work.publication.stateLine', { state: t('work.publication.state.unknown') });
      if (error?.status !== 404) messages.showError(error);
    }
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    messages.clear();
    await messages.busy(async () => {
      try {
        const body = submitBody(kind, recordId, {
          publishableText: checks.filter((box) => box.checked).map((box) => box.value),
          note: compact ? null : valueOf(form, 'note'),
        });
        const { body: review } = await postJson('/api/publication/reviews', body);
        messages.showSummary(t('work.publication.submitted', { id: review.id, version: review.recordVersion }), 'done');
        onSubmitted(review);
        await refresh();
      } catch (error) {
        messages.showError(error);
      }
    });
    render();
  });

  refresh();
  return {
    element: form,
    refresh,
    relabel: () => status && render(),
  };
}
