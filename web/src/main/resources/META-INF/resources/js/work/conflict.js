// A concurrent edit, shown rather than overwritten. When the server answers 412 (the record changed
// since the form loaded it), the dialog compares the user's edit with the version now saved, field
// by field (a three-way comparison with the version the form loaded, so the fields each side changed
// are told apart), says who saved it and when, and lets the user decide: keep editing on top of the
// saved version (the form takes its ETag and the other user's changes; the user's own changes stay
// in the form), or cancel. Nothing is written without a new, explicit save.

import { el } from '../dom.js';
import { t } from '../i18n.js';

// Compares the version the form loaded (base), the user's edit (mine) and the version saved
// meanwhile (theirs), over fields [{ key, label, format? }] (format(value) gives the text shown).
// rows: each field either side changed, as { label, mine, theirs, who: 'mine' | 'theirs' | 'both' };
// merged: theirs with the fields the user changed set to the user's values (the other user's
// changes to fields this user left alone are kept).
export function threeWay(base, mine, theirs, fields) {
  const text = (field, value) => (field.format ? field.format(value) : shownValue(value));
  const rows = [];
  const merged = { ...theirs };
  for (const field of fields) {
    const [b, m, o] = [base?.[field.key], mine?.[field.key], theirs?.[field.key]].map((v) => text(field, v));
    const mineChanged = m !== b;
    const theirsChanged = o !== b;
    if (mineChanged) merged[field.key] = mine[field.key];
    if (!mineChanged && !theirsChanged) continue;
    if (m === o) continue; // both made the same change
    rows.push({ label: field.label, mine: m, theirs: o, who: mineChanged && theirsChanged ? 'both' : mineChanged ? 'mine' : 'theirs' });
  }
  return { rows, merged };
}

export function shownValue(value) {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map(shownValue).join(', ') || '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

// Opens the comparison; resolves to 'rebase' (continue on the saved version) or 'cancel'.
// meta: { version, by, at } of the saved version.
export function showConflict({ rows, meta }) {
  const dialog = el('dialog', 'work-dialog conflict-dialog');
  dialog.setAttribute('aria-labelledby', 'conflict-heading');
  const heading = el('h2', null, t('work.conflict.heading'));
  heading.id = 'conflict-heading';
  const intro = el('p', null, t('work.conflict.intro', {
    version: meta?.version ?? '?', by: meta?.by ?? t('work.conflict.someone'), at: meta?.at ?? '?',
  }));
  const table = el('table', 'conflict-table');
  const head = el('tr');
  for (const key of ['work.conflict.field', 'work.conflict.mine', 'work.conflict.theirs']) {
    const th = el('th', null, t(key));
    th.scope = 'col';
    head.append(th);
  }
  table.append(el('thead'), el('tbody'));
  table.tHead.append(head);
  for (const row of rows) {
    const tr = el('tr');
    const th = el('th', null, row.label);
    th.scope = 'row';
    tr.dataset.changedBy = row.who;
    if (row.who === 'both') th.append(el('span', 'conflict-both', t('work.conflict.both')));
    tr.append(th, el('td', 'conflict-mine', row.who === 'theirs' ? t('work.conflict.unchanged') : row.mine),
      el('td', 'conflict-theirs', row.theirs));
    table.tBodies[0].append(tr);
  }
  if (!rows.length) {
    const tr = el('tr');
    const td = el('td', null, t('work.conflict.sameFields'));
    td.colSpan = 3;
    tr.append(td);
    table.tBodies[0].append(tr);
  }
  const buttons = el('div', 'dialog-buttons');
  const rebase = el('button', null, t('work.conflict.rebase'));
  rebase.type = 'button';
  rebase.value = 'rebase';
  const cancel = el('button', null, t('work.conflict.cancel'));
  cancel.type = 'button';
  cancel.value = 'cancel';
  buttons.append(rebase, cancel);
  dialog.append(heading, intro, table, el('p', 'work-hint', t('work.conflict.hint')), buttons);
  document.body.append(dialog);
  return new Promise((resolve) => {
    const finish = (choice) => {
      dialog.close();
      dialog.remove();
      resolve(choice);
    };
    rebase.addEventListener('click', () => finish('rebase'));
    cancel.addEventListener('click', () => finish('cancel'));
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      finish('cancel');
    });
    dialog.showModal();
    rebase.focus();
  });
}
