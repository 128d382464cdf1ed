// Administrators: the redaction policy. The rules in force (GET /api/redaction-policy, with its
// ETag), a form to adopt a new version with a reason (POST /api/redaction-policy with If-Match: the
// version the form loaded), the server's refusals at their rule, a 412 when another administrator
// changed the policy meanwhile, and every version (GET /api/redaction-policy/versions).

import { el } from '../../dom.js';
import { t } from '../../i18n.js';
import { button, heading, selectField, textArea, textField, valueOf } from '../fields.js';
import { describe, FormMessages } from '../form.js';
import { getJson, postJson } from '../http.js';
import { policyBody, POLICY_RULES } from '../publication-logic.js';
import { headedTable, keyed, when } from '../staff-ui.js';

const POLICY_URL = '/api/redaction-policy';

// A rule's value in words.
function ruleText(name, value) {
  const rule = POLICY_RULES.find((r) => r.name === name);
  if (!rule) return String(value);
  if (rule.kind === 'choice') return rule.choices.includes(value) ? t(`work.policy.choice.${name}.${value}`) : String(value);
  if (rule.kind === 'boolean') return t(value ? 'work.policy.yes' : 'work.policy.no');
  return t('work.policy.metres', { value });
}

export class PolicySection {
  constructor(section) {
    this.section = section;
    this.policy = null;
    this.etag = null;
    this.current = el('div', 'work-policy-current');
    this.current.setAttribute('aria-live', 'polite');
    this.formBox = el('div', 'work-policy-form-box');
    this.versions = el('div', 'work-staff-list work-policy-versions');
    const refresh = button('work.staff.refresh', { className: 'work-button work-policy-refresh' });
    refresh.addEventListener('click', () => this.load());
    const head = el('div', 'work-staff-list-head');
    head.append(heading(3, 'work.policy.heading'), refresh);
    section.append(head, keyed('p', 'work-hint', 'work.policy.hint'), this.current, this.formBox,
      heading(4, 'work.policy.versionsHeading'), this.versions);
    this.load();
  }

  async load() {
    this.current.replaceChildren(el('p', 'work-hint', t('work.loading')));
    try {
      const answer = await getJson(POLICY_URL);
      this.policy = answer.body;
      this.etag = answer.etag;
      this.renderCurrent();
      this.renderForm();
    } catch (error) {
      this.current.replaceChildren(el('p', 'work-form-summary error', describe(error)));
    }
    this.loadVersions();
  }

  renderCurrent() {
    const policy = this.policy;
    const list = el('dl', 'work-staff-facts work-policy-rules');
    list.dataset.version = String(policy.version);
    for (const rule of POLICY_RULES) {
      const value = policy.rules?.[rule.name];
      const dd = el('dd', null, ruleText(rule.name, value));
      dd.dataset.rule = rule.name;
      dd.dataset.value = String(value);
      list.append(keyed('dt', null, `work.policy.rule.${rule.name}`), dd);
    }
    this.current.replaceChildren(
      el('p', 'work-policy-in-force', t('work.policy.inForce', { version: policy.version, by: policy.createdBy ?? '—', at: when(policy.activatedAt ?? policy.createdAt) })),
      list,
    );
  }

  // The adoption form, filled with the rules in force.
  renderForm() {
    const rules = this.policy.rules ?? {};
    const form = el('form', 'work-form work-policy-form');
    form.noValidate = true;
    form.dataset.form = 'redaction-policy';
    form.dataset.loadedVersion = String(this.policy.version);
    form.append(keyed('p', 'work-hint', 'work.policy.formHint'));
    const controls = { reason: 'reason' };
    for (const rule of POLICY_RULES) {
      controls[rule.name] = [rule.name, `rules.${rule.name}`];
      const label = `work.policy.rule.${rule.name}`;
      if (rule.kind === 'choice') {
        const choices = rule.choices.map((value) => ({ value, label: t(`work.policy.choice.${rule.name}.${value}`) }));
        form.append(selectField(rule.name, label, choices, { value: rules[rule.name] }));
      } else if (rule.kind === 'metres') {
        form.append(textField(rule.name, label, { type: 'number', min: 0, step: 1, value: rules[rule.name] ?? '', hintKey: `work.policy.hint.${rule.name}` }));
      } else {
        const box = el('input');
        box.type = 'checkbox';
        box.name = rule.name;
        box.id = `work-policy-${rule.name}`;
        box.checked = rules[rule.name] === true;
        const text = keyed('label', null, label);
        text.htmlFor = box.id;
        const row = el('div', 'work-staff-check work-field');
        row.append(box, text);
        form.append(row);
      }
    }
    form.append(textArea('reason', 'work.policy.reason', { rows: 2, required: true, maxLength: 2000 }));
    const adopt = button('work.policy.adopt', { type: 'submit', className: 'work-button primary' });
    const actions = el('div', 'work-actions');
    actions.append(adopt);
    form.append(actions);
    const messages = new FormMessages(form, controls);
    const etag = this.etag;
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      messages.clear();
      const values = {};
      for (const rule of POLICY_RULES) {
        const control = form.elements.namedItem(rule.name);
        values[rule.name] = rule.kind === 'boolean' ? control.checked : control.value;
      }
      await messages.busy(async () => {
        try {
          const answer = await postJson(POLICY_URL, policyBody(values, valueOf(form, 'reason')), { etag });
          this.policy = answer.body;
          this.etag = answer.etag;
          this.renderCurrent();
          this.renderForm();
          this.loadVersions();
          const done = this.formBox.querySelector('form');
          new FormMessages(done, {}, done.querySelector('.work-form-summary')).showSummary(t('work.policy.adopted', { version: answer.body.version }), 'done');
        } catch (error) {
          if (error?.isStale) {
            messages.showSummary(t('work.policy.stale'), 'error');
            form.dataset.stale = 'true';
          } else {
            messages.showError(error);
          }
        }
      });
    });
    this.formBox.replaceChildren(form);
  }

  async loadVersions() {
    try {
      const { body } = await getJson(`${POLICY_URL}/versions`);
      const versions = Array.isArray(body) ? body : [];
      const { table, tbody } = headedTable(['work.policy.col.version', 'work.policy.col.rules', 'work.policy.col.reason', 'work.policy.col.by']);
      for (const version of versions) {
        const tr = el('tr');
        tr.dataset.version = String(version.version);
        tr.dataset.active = String(version.active === true);
        const rules = POLICY_RULES.map((rule) => `${t(`work.policy.rule.${rule.name}`)}: ${ruleText(rule.name, version.rules?.[rule.name])}`).join('; ');
        tr.append(
          el('td', null, version.active ? t('work.policy.activeVersion', { version: version.version }) : String(version.version)),
          el('td', 'work-policy-rules-text', rules),
          el('td', null, version.reason ?? '—'),
          el('td', null, `${version.createdBy ?? '—'} · ${when(version.createdAt)}`),
        );
        tbody.append(tr);
      }
      this.versions.replaceChildren(table);
    } catch (error) {
      this.versions.replaceChildren(el('p', 'work-form-summary error', describe(error)));
    }
  }

  relabel() {
    if (!this.policy) return;
    this.renderCurrent();
    this.loadVersions();
  }
}
