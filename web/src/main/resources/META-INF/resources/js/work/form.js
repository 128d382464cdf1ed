// A work form's messages: each server problem beside the control it concerns (aria-invalid, and
// the message tied to the control with aria-describedby), the rest in the form's summary, which is
// announced. Also the busy state while a request is out, so a form is never sent twice.

import { el } from '../dom.js';
import { t } from '../i18n.js';
import { placeProblems } from './problems.js';

let nextId = 0;

export class FormMessages {
  // form: the <form>; controls: control name -> server field paths it shows (problems.js);
  // summary: where general messages go (created at the form's top when not given).
  constructor(form, controls, summary = null) {
    this.form = form;
    this.controls = controls;
    this.summary = summary ?? form.insertBefore(el('div', 'work-form-summary'), form.firstChild);
    this.summary.setAttribute('role', 'alert');
    this.summary.hidden = true;
  }

  // Clears every message.
  clear() {
    for (const node of this.form.querySelectorAll('.field-error')) node.remove();
    for (const node of this.form.querySelectorAll('[aria-invalid="true"]')) {
      node.removeAttribute('aria-invalid');
      const ids = (node.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => !id.startsWith('fe-'));
      if (ids.length) node.setAttribute('aria-describedby', ids.join(' '));
      else node.removeAttribute('aria-describedby');
    }
    this.summary.replaceChildren();
    this.summary.hidden = true;
    this.summary.className = 'work-form-summary';
  }

  // Shows an ApiError (or any Error): problems at their controls, the rest in the summary, and
  // focus on the first control with a problem (or the summary).
  showError(error) {
    this.clear();
    const problems = error?.problems?.length ? error.problems : [{ field: null, message: describe(error) }];
    const { byControl, general } = placeProblems(problems, this.controls);
    let first = null;
    for (const [name, messages] of byControl) {
      const control = this.form.elements.namedItem(name);
      const target = control instanceof Node ? control : control?.[0];
      if (!target) {
        general.push(...messages);
        continue;
      }
      const id = `fe-${++nextId}`;
      const note = el('p', 'field-error', messages.join(' '));
      note.id = id;
      (target.closest('label, .work-field') ?? target).after(note);
      target.setAttribute('aria-invalid', 'true');
      target.setAttribute('aria-describedby', [target.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
      first ??= target;
    }
    if (general.length) this.showSummary(general, 'error');
    (first ?? this.summary).focus?.();
    return { placed: byControl.size, general };
  }

  // A note at the top: kind 'error' | 'done' | 'info'.
  showSummary(messages, kind = 'info') {
    this.summary.replaceChildren(...[].concat(messages).map((message) => el('p', null, message)));
    this.summary.className = `work-form-summary ${kind}`;
    this.summary.hidden = false;
    this.summary.tabIndex = -1;
  }

  // Disables the form's submit buttons while fn runs; resolves to fn's result.
  async busy(fn) {
    const buttons = [...this.form.querySelectorAll('button[type="submit"], button:not([type])')];
    for (const button of buttons) button.disabled = true;
    this.form.setAttribute('aria-busy', 'true');
    try {
      return await fn();
    } finally {
      for (const button of buttons) button.disabled = false;
      this.form.removeAttribute('aria-busy');
    }
  }
}

// What a failure says to a person: the server's message, or what kind of failure it was.
export function describe(error) {
  if (!error) return t('work.error.unknown');
  if (error.status === 0) return t('work.error.unreachable');
  if (error.status === 401) return t('work.error.expired');
  if (error.status === 403) return t('work.error.forbidden');
  if (error.status === 413) return t('work.error.tooLarge', { message: error.message });
  return error.message || t('work.error.unknown');
}
