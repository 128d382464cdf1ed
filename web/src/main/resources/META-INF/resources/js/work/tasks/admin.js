// Administrators: users, API tokens and the audit trail. Users are created with their roles; a
// user's roles are changed with the version the form loaded (If-Match), so a concurrent change
// opens the comparison instead of being overwritten; deactivation (never deletion) takes a reason;
// a password reset may generate one, shown once. A new API token is shown once, with a copy button
// and a warning; tokens are revoked with an optional reason. The audit chain is verified on demand
// (intact, how many events, the head, the first broken link), and the latest events are listed,
// by entity type when one is given. The redaction policy: redaction-policy.js.

import { el } from '../../dom.js';
import { formatNumber, t } from '../../i18n.js';
import { STAFF_ROLES } from '../../state.js';
import { showConflict, threeWay } from '../conflict.js';
import { button, heading, textField, valueOf } from '../fields.js';
import { describe, FormMessages } from '../form.js';
import { getJson, postJson, putJson } from '../http.js';
import { auditEventsUrl, checkedValues } from '../staff-logic.js';
import { PolicySection } from './redaction-policy.js';
import { auditItems, factList, headedTable, keyed, when } from '../staff-ui.js';

const AUDIT_LIMIT = 50;

export const adminTask = {
  id: 'admin',
  roles: ['admin'],
  titleKey: 'work.staff.admin.title',
  create: (container, context) => new AdminTask(container, context),
};

const userUrl = (id) => `/api/users/${encodeURIComponent(id)}`;

let nextId = 0;

// A fieldset of role checkboxes named "roles" (the server's field), the given ones ticked.
function rolesFieldset(checked = []) {
  const fieldset = el('fieldset', 'work-fieldset work-staff-roles');
  fieldset.append(keyed('legend', null, 'work.staff.admin.roles'));
  for (const role of STAFF_ROLES) {
    const box = el('input');
    box.type = 'checkbox';
    box.name = 'roles';
    box.value = role;
    box.id = `work-staff-role-${role}-${++nextId}`;
    box.checked = checked.includes(role);
    const label = keyed('label', null, `work.staff.admin.role.${role}`);
    label.htmlFor = box.id;
    const item = el('span', 'work-staff-check');
    item.append(box, label);
    fieldset.append(item);
  }
  return fieldset;
}

const rolesOf = (form) => checkedValues(form.querySelectorAll('input[name="roles"]'));

// A secret shown once (a generated password, a new token): the value, a copy button, a warning.
function shownOnce(value, warningKey) {
  const box = el('div', 'work-staff-secret');
  box.setAttribute('role', 'status');
  const code = el('code', 'work-staff-secret-value', value);
  const copy = button('work.staff.copy');
  const copied = el('span', 'work-hint');
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(value);
      copied.textContent = t('work.staff.copied');
    } catch {
      const range = document.createRange();
      range.selectNodeContents(code);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      copied.textContent = t('work.staff.copySelect');
    }
  });
  box.append(keyed('p', 'work-staff-warning', warningKey), code, copy, copied);
  return box;
}

class AdminTask {
  constructor(container) {
    this.container = container;
    this.users = [];
    this.tokens = [];
    this.sections = {
      users: el('section', 'work-staff-section'),
      user: el('section', 'work-staff-section work-staff-detail'),
      create: el('section', 'work-staff-section'),
      tokens: el('section', 'work-staff-section'),
      audit: el('section', 'work-staff-section'),
      policy: el('section', 'work-staff-section work-policy'),
    };
    this.sections.user.hidden = true;
    this.buildUsers();
    this.buildCreate();
    this.buildTokens();
    this.buildAudit();
    this.policy = new PolicySection(this.sections.policy);
    container.append(...Object.values(this.sections));
    this.loadUsers();
    this.loadTokens();
  }

  // ---- Users ----

  buildUsers() {
    const refresh = button('work.staff.refresh');
    refresh.addEventListener('click', () => this.loadUsers());
    const head = el('div', 'work-staff-list-head');
    head.append(heading(3, 'work.staff.admin.usersHeading'), refresh);
    this.userList = el('div', 'work-staff-list');
    this.sections.users.append(head, this.userList);
  }

  async loadUsers() {
    try {
      const { body } = await getJson('/api/users');
      this.users = Array.isArray(body) ? body : [];
      this.renderUsers();
    } catch (error) {
      this.userList.replaceChildren(el('p', 'work-form-summary error', describe(error)));
    }
  }

  renderUsers() {
    const { table, tbody } = headedTable(['work.staff.admin.col.user', 'work.staff.admin.roles', 'work.staff.admin.col.state']);
    for (const user of this.users) {
      const row = el('tr');
      row.dataset.username = user.username;
      const open = el('button', 'work-link-button', user.displayName ? `${user.username} (${user.displayName})` : user.username);
      open.type = 'button';
      open.setAttribute('aria-label', t('work.staff.admin.openUser', { name: user.username }));
      open.addEventListener('click', () => this.openUser(user.id));
      const cell = el('td');
      cell.append(open);
      row.append(
        cell,
        el('td', null, user.roles.map((role) => t(`work.staff.admin.role.${role}`)).join(', ') || '—'),
        el('td', user.active ? null : 'work-staff-withdrawn', t(user.active ? 'work.staff.admin.active' : 'work.staff.admin.inactive')),
      );
      tbody.append(row);
    }
    this.userList.replaceChildren(table);
  }

  // One user: facts, roles (If-Match), password reset, deactivation (If-Match, reason).
  async openUser(id) {
    const section = this.sections.user;
    section.hidden = false;
    section.dataset.userId = String(id);
    section.replaceChildren(el('p', 'work-hint', t('work.loading')));
    try {
      const answer = await getJson(userUrl(id));
      this.user = { body: answer.body, etag: answer.etag };
      this.renderUser();
    } catch (error) {
      section.replaceChildren(el('p', 'work-form-summary error', describe(error)));
    }
  }

  renderUser() {
    const { body: user } = this.user;
    const section = this.sections.user;
    const title = el('h3', 'work-heading', t('work.staff.admin.userHeading', { name: user.username }));
    title.tabIndex = -1;
    this.userTitle = title;
    this.userFacts = el('div');
    this.renderUserFacts();
    section.replaceChildren(title, this.userFacts, this.rolesForm(user));
    if (user.active) section.append(this.passwordForm(user), this.deactivateForm(user));
    title.focus();
  }

  renderUserFacts() {
    const user = this.user.body;
    const facts = [
      ['work.staff.admin.username', user.username],
      ['work.staff.admin.displayName', user.displayName],
      ['work.staff.admin.version', user.version],
      ['work.staff.admin.createdAt', `${when(user.createdAt)} · ${user.createdBy ?? ''}`],
      ['work.staff.admin.col.state', t(user.active ? 'work.staff.admin.active' : 'work.staff.admin.inactive')],
    ];
    if (!user.active) facts.push(['work.staff.admin.deactivatedAt', `${when(user.deactivatedAt)} · ${user.deactivatedBy ?? ''}`], ['work.staff.admin.reason', user.deactivationReason]);
    this.userFacts.replaceChildren(factList(facts));
  }

  rolesForm(user) {
    const form = el('form', 'work-form');
    form.noValidate = true;
    form.dataset.form = 'user-roles';
    const roles = rolesFieldset(user.roles);
    const actions = el('div', 'work-actions');
    actions.append(button('work.staff.admin.saveRoles', { type: 'submit' }));
    form.append(heading(4, 'work.staff.admin.rolesHeading'), roles, actions);
    const messages = new FormMessages(form, { roles: 'roles' });
    const fields = [{ key: 'roles', label: t('work.staff.admin.roles') }];
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      messages.clear();
      await messages.busy(async () => {
        const edit = { roles: rolesOf(form) };
        try {
          const answer = await putJson(`${userUrl(user.id)}/roles`, edit, this.user.etag);
          this.user = { body: answer.body, etag: answer.etag ?? this.user.etag };
          this.renderUserFacts();
          messages.showSummary(t('work.staff.admin.rolesSaved', { version: answer.body.version }), 'done');
          await this.loadUsers();
        } catch (error) {
          if (!error.isStale) {
            messages.showError(error);
            return;
          }
          // Someone changed this user first: compare, and decide.
          const theirs = await getJson(userUrl(user.id));
          const { rows, merged } = threeWay(this.user.body, edit, theirs.body, fields);
          const choice = await showConflict({ rows, meta: { version: theirs.body.version, by: null, at: null } });
          if (choice === 'rebase') {
            this.user = { body: theirs.body, etag: theirs.etag };
            this.renderUserFacts();
            for (const box of form.querySelectorAll('input[name="roles"]')) box.checked = merged.roles.includes(box.value);
            messages.showSummary(t('work.conflict.rebased', { version: theirs.body.version }), 'info');
          } else {
            messages.showSummary(t('work.conflict.kept'), 'error');
          }
        }
      });
    });
    return form;
  }

  passwordForm(user) {
    const form = el('form', 'work-form');
    form.noValidate = true;
    form.dataset.form = 'user-password';
    const result = el('div');
    form.append(
      heading(4, 'work.staff.admin.passwordHeading'),
      textField('newPassword', 'work.staff.admin.newPassword', { type: 'password', autocomplete: 'new-password', hintKey: 'work.staff.admin.newPasswordHint' }),
    );
    const actions = el('div', 'work-actions');
    actions.append(button('work.staff.admin.resetPassword', { type: 'submit' }));
    form.append(actions, result);
    const messages = new FormMessages(form, { newPassword: ['newPassword', 'password'] });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      messages.clear();
      result.replaceChildren();
      await messages.busy(async () => {
        try {
          const newPassword = form.elements.namedItem('newPassword').value;
          const answer = await postJson(`${userUrl(user.id)}/password`, newPassword ? { newPassword } : {});
          form.elements.namedItem('newPassword').value = '';
          messages.showSummary(t('work.staff.admin.passwordReset'), 'done');
          if (answer.body?.generatedPassword) result.append(shownOnce(answer.body.generatedPassword, 'work.staff.admin.passwordOnce'));
        } catch (error) {
          messages.showError(error);
        }
      });
    });
    return form;
  }

  deactivateForm(user) {
    const form = el('form', 'work-form');
    form.noValidate = true;
    form.dataset.form = 'user-deactivation';
    form.append(
      heading(4, 'work.staff.admin.deactivateHeading'),
      textField('reason', 'work.staff.admin.reason', { required: true, maxLength: 500, hintKey: 'work.staff.admin.deactivateHint' }),
    );
    const actions = el('div', 'work-actions');
    actions.append(button('work.staff.admin.deactivate', { type: 'submit' }));
    form.append(actions);
    const messages = new FormMessages(form, { reason: 'reason' });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      messages.clear();
      await messages.busy(async () => {
        try {
          const answer = await postJson(`${userUrl(user.id)}/deactivation`, { reason: valueOf(form, 'reason') }, { etag: this.user.etag });
          this.user = { body: answer.body, etag: answer.etag ?? this.user.etag };
          this.renderUser();
          await this.loadUsers();
        } catch (error) {
          messages.showError(error.isStale ? { message: t('work.staff.admin.staleUser') } : error);
        }
      });
    });
    return form;
  }

  buildCreate() {
    const form = el('form', 'work-form');
    form.noValidate = true;
    form.dataset.form = 'user-create';
    const result = el('div');
    form.append(
      textField('username', 'work.staff.admin.username', { required: true, maxLength: 100 }),
      textField('displayName', 'work.staff.admin.displayName', { maxLength: 200 }),
      rolesFieldset([]),
      textField('password', 'work.staff.admin.password', { type: 'password', autocomplete: 'new-password', hintKey: 'work.staff.admin.passwordHint' }),
    );
    const actions = el('div', 'work-actions');
    actions.append(button('work.staff.admin.createUser', { type: 'submit' }));
    form.append(actions, result);
    const messages = new FormMessages(form, { username: 'username', displayName: 'displayName', roles: 'roles', password: 'password' });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      messages.clear();
      result.replaceChildren();
      await messages.busy(async () => {
        try {
          const password = form.elements.namedItem('password').value;
          const { body } = await postJson('/api/users', {
            username: valueOf(form, 'username'),
            displayName: valueOf(form, 'displayName'),
            roles: rolesOf(form),
            password: password || null,
          });
          form.reset();
          messages.showSummary(t('work.staff.admin.created', { name: body.user.username }), 'done');
          if (body.generatedPassword) result.append(shownOnce(body.generatedPassword, 'work.staff.admin.passwordOnce'));
          await this.loadUsers();
        } catch (error) {
          messages.showError(error);
        }
      });
    });
    this.sections.create.append(heading(3, 'work.staff.admin.createHeading'), form);
  }

  // ---- Tokens ----

  buildTokens() {
    const form = el('form', 'work-form');
    form.noValidate = true;
    form.dataset.form = 'token-create';
    this.tokenResult = el('div');
    form.append(
      textField('label', 'work.staff.admin.tokenLabel', { maxLength: 200 }),
      textField('expiresInDays', 'work.staff.admin.expiresInDays', { type: 'number', min: 1, step: 1, hintKey: 'work.staff.admin.expiresHint' }),
      textField('username', 'work.staff.admin.tokenUser', { maxLength: 100, hintKey: 'work.staff.admin.tokenUserHint' }),
    );
    const actions = el('div', 'work-actions');
    actions.append(button('work.staff.admin.createToken', { type: 'submit' }));
    form.append(actions, this.tokenResult);
    const messages = new FormMessages(form, { label: 'label', expiresInDays: 'expiresInDays', username: 'username' });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      messages.clear();
      this.tokenResult.replaceChildren();
      await messages.busy(async () => {
        try {
          const days = valueOf(form, 'expiresInDays');
          const { body } = await postJson('/api/tokens', {
            label: valueOf(form, 'label'),
            expiresInDays: days === null ? null : Number(days),
            username: valueOf(form, 'username'),
          });
          messages.showSummary(t('work.staff.admin.tokenCreated', { id: body.id }), 'done');
          this.tokenResult.append(shownOnce(body.token, 'work.staff.admin.tokenOnce'));
          this.tokenOwner.value = valueOf(form, 'username') ?? '';
          form.elements.namedItem('label').value = '';
          await this.loadTokens();
        } catch (error) {
          messages.showError(error);
        }
      });
    });

    const listForm = el('form', 'work-form');
    listForm.noValidate = true;
    listForm.dataset.form = 'token-list';
    const owner = textField('owner', 'work.staff.admin.tokensOf', { maxLength: 100, hintKey: 'work.staff.admin.tokensOfHint' });
    this.tokenOwner = owner.control;
    const reason = textField('reason', 'work.staff.admin.revokeReason', { maxLength: 500 });
    const listActions = el('div', 'work-actions');
    listActions.append(button('work.staff.admin.showTokens', { type: 'submit' }));
    this.tokenList = el('div', 'work-staff-list');
    listForm.append(owner, listActions, reason, this.tokenList);
    this.tokenMessages = new FormMessages(listForm, { owner: 'username', reason: 'reason' });
    this.tokenForm = listForm;
    listForm.addEventListener('submit', (event) => {
      event.preventDefault();
      this.loadTokens();
    });
    this.sections.tokens.append(heading(3, 'work.staff.admin.tokensHeading'), form, heading(4, 'work.staff.admin.tokenListHeading'), listForm);
  }

  async loadTokens() {
    this.tokenMessages.clear();
    try {
      const owner = this.tokenOwner.value.trim();
      const { body } = await getJson(`/api/tokens${owner ? `?${new URLSearchParams({ username: owner })}` : ''}`);
      this.tokens = Array.isArray(body) ? body : [];
      this.renderTokens();
    } catch (error) {
      this.tokenList.replaceChildren();
      this.tokenMessages.showError(error);
    }
  }

  renderTokens() {
    if (!this.tokens.length) {
      this.tokenList.replaceChildren(keyed('p', 'work-hint', 'work.staff.admin.noTokens'));
      return;
    }
    const { table, tbody } = headedTable(['work.staff.admin.col.token', 'work.staff.admin.tokenLabel', 'work.staff.admin.col.expires', 'work.staff.admin.col.state', 'work.staff.admin.col.action']);
    for (const token of [...this.tokens].reverse()) {
      const row = el('tr');
      row.dataset.tokenId = String(token.id);
      row.dataset.revoked = String(Boolean(token.revokedAt));
      const action = el('td');
      if (!token.revokedAt) {
        const revoke = button('work.staff.admin.revoke');
        revoke.setAttribute('aria-label', t('work.staff.admin.revokeNamed', { id: token.id, name: token.label ?? token.shownPrefix ?? '' }));
        revoke.addEventListener('click', () => this.revoke(token));
        action.append(revoke);
      }
      row.append(
        el('td', null, `${token.id} · ${token.shownPrefix ?? ''}… · ${token.kind ?? ''} · ${token.username ?? ''}`),
        el('td', null, token.label ?? '—'),
        el('td', null, when(token.expiresAt)),
        el('td', token.revokedAt ? 'work-staff-withdrawn' : null, token.revokedAt ? t('work.staff.admin.revoked', { at: when(token.revokedAt), by: token.revokedBy ?? '' }) : t('work.staff.admin.active')),
        action,
      );
      tbody.append(row);
    }
    this.tokenList.replaceChildren(table);
  }

  async revoke(token) {
    this.tokenMessages.clear();
    try {
      await postJson(`/api/tokens/${encodeURIComponent(token.id)}/revocation`, { reason: valueOf(this.tokenForm, 'reason') });
      this.tokenForm.elements.namedItem('reason').value = '';
      await this.loadTokens();
      this.tokenMessages.showSummary(t('work.staff.admin.tokenRevoked', { id: token.id }), 'done');
    } catch (error) {
      this.tokenMessages.showError(error);
    }
  }

  // ---- Audit ----

  buildAudit() {
    const verify = button('work.staff.admin.verify', { className: 'work-button primary' });
    this.verification = el('div', 'work-staff-verification');
    this.verification.setAttribute('aria-live', 'polite');
    verify.addEventListener('click', () => this.verify(verify));

    const form = el('form', 'work-form');
    form.noValidate = true;
    form.dataset.form = 'audit-events';
    form.append(textField('entityType', 'work.staff.admin.entityType', { maxLength: 100, hintKey: 'work.staff.admin.entityTypeHint' }));
    const actions = el('div', 'work-actions');
    actions.append(button('work.staff.admin.showEvents', { type: 'submit' }));
    this.eventCount = el('p', 'work-hint');
    this.eventList = el('ol', 'work-history work-staff-audit');
    form.append(actions, this.eventCount, this.eventList);
    const messages = new FormMessages(form, { entityType: 'entityType' });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      messages.clear();
      await messages.busy(async () => {
        try {
          const { body } = await getJson(auditEventsUrl({ entityType: valueOf(form, 'entityType'), limit: AUDIT_LIMIT }));
          this.events = Array.isArray(body) ? body : [];
          this.renderEvents();
        } catch (error) {
          messages.showError(error);
        }
      });
    });
    this.sections.audit.append(heading(3, 'work.staff.admin.auditHeading'), verify, this.verification, heading(4, 'work.staff.admin.eventsHeading'), form);
  }

  async verify(trigger) {
    trigger.disabled = true;
    this.verification.replaceChildren(el('p', 'work-hint', t('work.loading')));
    try {
      const { body } = await getJson('/api/audit/verify');
      this.verified = body;
      this.renderVerification();
    } catch (error) {
      this.verification.replaceChildren(el('p', 'work-form-summary error', describe(error)));
    } finally {
      trigger.disabled = false;
    }
  }

  renderVerification() {
    const result = this.verified;
    const verdict = el('p', `work-form-summary ${result.intact ? 'done' : 'error'} work-staff-verdict`,
      t(result.intact ? 'work.staff.admin.intact' : 'work.staff.admin.broken', { count: formatNumber(result.eventsChecked), seq: result.firstBrokenSeq ?? '—' }));
    verdict.dataset.intact = String(result.intact);
    const facts = [
      ['work.staff.admin.eventsChecked', formatNumber(result.eventsChecked)],
      ['work.staff.admin.headSeq', result.headSeq],
      ['work.staff.admin.headHash', result.headHash, 'work-staff-hash'],
    ];
    if (!result.intact) facts.push(['work.staff.admin.firstBroken', result.firstBrokenSeq], ['work.staff.admin.problem', result.problem]);
    this.verification.replaceChildren(verdict, factList(facts), keyed('p', 'work-hint', 'work.staff.admin.verifyHint'));
  }

  renderEvents() {
    this.eventCount.textContent = t('work.staff.admin.eventsShown', { count: formatNumber(this.events.length) });
    this.eventList.replaceChildren(...auditItems(this.events, { withEntity: true }));
  }

  relabel() {
    this.policy.relabel();
    if (this.users.length) this.renderUsers();
    if (this.user && !this.sections.user.hidden && this.userFacts) {
      this.userTitle.textContent = t('work.staff.admin.userHeading', { name: this.user.body.username });
      this.renderUserFacts();
    }
    if (this.tokens.length) this.renderTokens();
    if (this.verified) this.renderVerification();
    if (this.events) this.renderEvents();
  }
}
