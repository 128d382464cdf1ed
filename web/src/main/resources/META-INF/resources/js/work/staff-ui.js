// Small DOM pieces the staff tasks (evidence, review, administration) share: relabelled text,
// definition lists of a record's facts, times, and audit actions in words. Text only, never HTML.

import { el } from '../dom.js';
import { t } from '../i18n.js';
import { detailText } from './staff-logic.js';

// An element whose text is a translation key (relabelled by the language switch).
export function keyed(tag, className, key) {
  const node = el(tag, className, t(key));
  node.dataset.i18n = key;
  return node;
}

// A <dl> of [labelKey, value] pairs; a null value shows as a dash. Values stay text.
export function factList(pairs, className = 'work-staff-facts') {
  const list = el('dl', className);
  for (const [key, value, valueClass] of pairs) {
    list.append(keyed('dt', null, key), el('dd', valueClass ?? null, value === null || value === undefined || value === '' ? '—' : String(value)));
  }
  return list;
}

// An ISO instant as "YYYY-MM-DD HH:MM" (UTC), or a dash.
export function when(instant) {
  return instant ? String(instant).replace('T', ' ').slice(0, 16) : '—';
}

const ACTIONS = new Set(['insert', 'update', 'delete', 'soft-delete', 'read', 'list', 'download', 'transfer', 'resubmit',
  'read-custody', 'integrity-failure', 'revoke', 'export', 'verify', 'login', 'publish']);

// An audit action in words where the catalogue has it, else its code.
export function actionLabel(action) {
  return ACTIONS.has(action) ? t(`work.staff.action.${action}`) : String(action ?? '');
}

// A list of audit events: when, who, what, on which entity, and the detail.
export function auditItems(events, { withEntity = false } = {}) {
  return events.map((event) => {
    const item = el('li', 'work-history-item');
    item.dataset.seq = String(event.seq);
    item.dataset.action = String(event.action ?? '');
    item.append(
      el('span', 'work-history-when', when(event.occurredAt)),
      el('span', 'work-history-who', String(event.actor ?? '')),
      el('span', 'work-history-what', actionLabel(event.action)),
    );
    if (withEntity) item.append(el('span', 'work-staff-entity', `${event.entityType ?? ''} ${event.entityId ?? ''}`.trim()));
    if (event.detailJson) item.append(el('span', 'work-history-fields', detailText(event.detailJson)));
    return item;
  });
}

// A staff table with its column headings (catalogue keys, relabelled with the language): the
// <table> and the <tbody> to fill.
export function headedTable(headKeys) {
  const table = el('table', 'work-table work-staff-table');
  const headRow = el('tr');
  for (const key of headKeys) {
    const th = keyed('th', null, key);
    th.scope = 'col';
    headRow.append(th);
  }
  const thead = el('thead');
  thead.append(headRow);
  const tbody = el('tbody');
  table.append(thead, tbody);
  return { table, tbody };
}
