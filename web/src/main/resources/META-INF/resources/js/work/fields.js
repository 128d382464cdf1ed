// Labelled form controls for the work forms, built alike everywhere: a <div class="work-field">
// holding a <label> tied to its control, the control named as the server's field is, and an
// optional hint. Labels carry data-i18n, so switching the language relabels them (translatePage).
// Values are only ever set as values or text, never parsed as HTML.

import { el } from '../dom.js';
import { t } from '../i18n.js';

let nextId = 0;
const newId = (name) => `wf-${name.replace(/[^\w-]/g, '-')}-${++nextId}`;

function wrap(name, labelKey, control, hintKey) {
  const field = el('div', 'work-field');
  control.id ||= newId(name);
  control.name = name;
  const label = el('label', null, t(labelKey));
  label.htmlFor = control.id;
  label.dataset.i18n = labelKey;
  field.append(label, control);
  if (hintKey) {
    const hint = el('p', 'work-hint', t(hintKey));
    hint.id = `${control.id}-hint`;
    hint.dataset.i18n = hintKey;
    control.setAttribute('aria-describedby', hint.id);
    field.append(hint);
  }
  field.control = control;
  return field;
}

// A one-line text input. options: { value, required, type ('text' | 'date' | 'number' | ...),
// maxLength, hintKey, autocomplete, lang, min, max, step }.
export function textField(name, labelKey, options = {}) {
  const input = el('input');
  input.type = options.type ?? 'text';
  input.value = options.value ?? '';
  input.required = Boolean(options.required);
  if (options.maxLength) input.maxLength = options.maxLength;
  for (const key of ['min', 'max', 'step']) if (options[key] !== undefined) input[key] = String(options[key]);
  input.autocomplete = options.autocomplete ?? 'off';
  if (options.lang) input.lang = options.lang;
  input.spellcheck = false;
  return wrap(name, labelKey, input, options.hintKey);
}

// A text area: options { value, rows, required, maxLength, hintKey }.
export function textArea(name, labelKey, options = {}) {
  const area = el('textarea');
  area.rows = options.rows ?? 3;
  area.value = options.value ?? '';
  area.required = Boolean(options.required);
  if (options.maxLength) area.maxLength = options.maxLength;
  return wrap(name, labelKey, area, options.hintKey);
}

// A select over [{ value, label }]; options { value, required, emptyKey (a first, empty choice) }.
export function selectField(name, labelKey, choices, options = {}) {
  const select = el('select');
  if (options.emptyKey) {
    const empty = el('option', null, t(options.emptyKey));
    empty.value = '';
    select.append(empty);
  }
  for (const choice of choices) {
    const option = el('option', null, choice.label);
    option.value = choice.value;
    select.append(option);
  }
  select.value = options.value ?? (options.emptyKey ? '' : choices[0]?.value ?? '');
  select.required = Boolean(options.required);
  return wrap(name, labelKey, select, options.hintKey);
}

// A vocabulary's codes as choices, labelled in the current language.
export function vocabularyChoices(vocabulary, name, language) {
  return vocabulary.codes(name).map((code) => ({ value: code, label: vocabulary.label(name, code, language) }));
}

// A submit button (and others): el('button') with a label key.
export function button(labelKey, { type = 'button', className = 'work-button' } = {}) {
  const node = el('button', className, t(labelKey));
  node.type = type;
  node.dataset.i18n = labelKey;
  return node;
}

// A heading inside a task, relabelled with the language.
export function heading(level, labelKey) {
  const node = el(`h${level}`, 'work-heading', t(labelKey));
  node.dataset.i18n = labelKey;
  return node;
}

// The trimmed text of a named control, or null when empty.
export function valueOf(form, name) {
  const control = form.elements.namedItem(name);
  const value = typeof control?.value === 'string' ? control.value.trim() : '';
  return value === '' ? null : value;
}

// A text area's non-empty lines.
export function linesOf(form, name) {
  return (form.elements.namedItem(name)?.value ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
}
