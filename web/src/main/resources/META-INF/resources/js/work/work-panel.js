// The staff work panel: a column beside the map holding each role's tasks as tabs (the facility
// editor, observations, imports, testimony intake, evidence, review, administration). A tab is
// offered only when the server's answer to sign-in gave a role that may do its task; the server
// checks every request anyway (403), so the panel never holds what a role may not read.
//
// Tasks are built on first use and kept while the same person stays signed in. When the session
// expires the panel is hidden but kept, so a form's unsaved input survives signing in again as the
// same user; signing out (or in as someone else) throws every task away.

import { el } from '../dom.js';
import { t } from '../i18n.js';
import { hasAnyRole } from '../state.js';

// A task: { id, roles: [...], titleKey, create(container, context) -> { show?(args), destroy?(),
// relabel?(), sessionEnded?() } }; sessionEnded() runs when the session expires (the task is kept,
// for its typed input, but drops what must not outlive a session, such as unsealed details).
// Administrators may do every task (auth/Role.java), so every tab is theirs.
export function allowedTasks(tasks, user) {
  if (!user) return [];
  if (hasAnyRole(user, ['admin'])) return tasks;
  return tasks.filter((task) => hasAnyRole(user, task.roles));
}

export class WorkPanel {
  // elements: { toggle (header button), panel (<aside>) }; tasks: the registry (tasks.js);
  // context: what tasks get ({ state, map, showStatus, vocabulary, facilities, ... }), and
  // onLayoutChange() called after the panel opens or closes (the map's width changed).
  constructor({ toggle, panel }, tasks, context) {
    this.toggle = toggle;
    this.panel = panel;
    this.tasks = tasks;
    this.context = { ...context, workPanel: this };
    this.built = new Map(); // task id -> { container, handle }
    this.owner = null; // the username the built tasks belong to
    this.current = null;
    this.panel.hidden = true;
    this.panel.classList.add('work-panel');
    this.head = el('div', 'work-panel-head');
    this.heading = el('h2', 'work-panel-title');
    this.heading.id = 'work-panel-heading';
    this.panel.setAttribute('aria-labelledby', this.heading.id);
    this.closeButton = el('button', 'work-panel-close');
    this.closeButton.type = 'button';
    this.closeButton.addEventListener('click', () => this.close());
    this.tabList = el('div', 'work-tabs');
    this.tabList.setAttribute('role', 'tablist');
    this.tabList.addEventListener('keydown', (event) => this.onTabKey(event));
    this.body = el('div', 'work-panel-body');
    this.head.append(this.heading, this.closeButton);
    this.panel.append(this.head, this.tabList, this.body);
    this.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !event.target.closest('dialog')) this.close();
    });
    toggle.addEventListener('click', () => (this.panel.hidden ? this.open() : this.close()));
    context.state.subscribe(['user', 'language'], (state, changed) => this.onState(state, changed));
    this.onState(context.state.get(), ['user']);
  }

  // Opens the panel on a task (the first allowed one by default); args go to the task's show().
  open(taskId = null, args = undefined) {
    const allowed = allowedTasks(this.tasks, this.context.state.get().user);
    if (!allowed.length) return false;
    const task = allowed.find((candidate) => candidate.id === (taskId ?? this.current)) ?? allowed[0];
    if (taskId && task.id !== taskId) return false;
    this.panel.hidden = false;
    this.toggle.setAttribute('aria-expanded', 'true');
    this.select(task, args);
    document.body.dataset.workTask = task.id;
    this.context.onLayoutChange?.();
    return true;
  }

  close() {
    this.panel.hidden = true;
    this.toggle.setAttribute('aria-expanded', 'false');
    delete document.body.dataset.workTask;
    this.context.map?.invalidateSize?.();
    this.context.onLayoutChange?.();
    this.toggle.focus();
  }

  select(task, args) {
    this.current = task.id;
    let entry = this.built.get(task.id);
    if (!entry) {
      const container = el('section', 'work-task');
      container.id = `work-task-${task.id}`;
      container.setAttribute('role', 'tabpanel');
      container.setAttribute('aria-labelledby', `work-tab-${task.id}`);
      container.dataset.task = task.id;
      this.body.append(container);
      entry = { container, handle: task.create(container, this.context) ?? {} };
      this.built.set(task.id, entry);
    }
    for (const [id, other] of this.built) other.container.hidden = id !== task.id;
    for (const tab of this.tabList.children) {
      const selected = tab.dataset.task === task.id;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
    }
    this.heading.textContent = t(task.titleKey);
    entry.handle.show?.(args);
    this.context.map?.invalidateSize?.();
  }

  onState({ user }, changed) {
    if (changed.includes('user')) {
      const signedOutOrOther = !user ? this.context.state.get().sessionEnd !== 'expired' : user.username !== this.owner;
      if (signedOutOrOther) this.reset();
      else if (!user) for (const { handle } of this.built.values()) handle.sessionEnded?.();
      if (user) this.owner = user.username;
      const allowed = allowedTasks(this.tasks, user);
      this.toggle.hidden = !allowed.length;
      this.renderTabs(allowed);
      if (!user) {
        this.panel.hidden = true;
        this.toggle.setAttribute('aria-expanded', 'false');
      }
    }
    this.relabel();
  }

  // Forgets every task and what it held (sign-out, or a different user).
  reset() {
    for (const { container, handle } of this.built.values()) {
      handle.destroy?.();
      container.remove();
    }
    this.built.clear();
    this.current = null;
    this.owner = null;
  }

  renderTabs(allowed) {
    this.tabList.replaceChildren(...allowed.map((task) => {
      const tab = el('button', 'work-tab', t(task.titleKey));
      tab.type = 'button';
      tab.id = `work-tab-${task.id}`;
      tab.dataset.task = task.id;
      tab.dataset.titleKey = task.titleKey;
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', `work-task-${task.id}`);
      tab.setAttribute('aria-selected', String(task.id === this.current));
      tab.tabIndex = task.id === this.current ? 0 : -1;
      tab.addEventListener('click', () => this.select(task));
      return tab;
    }));
  }

  relabel() {
    this.closeButton.textContent = t('work.close');
    this.toggle.textContent = t('work.toggle');
    for (const tab of this.tabList.children) tab.textContent = t(tab.dataset.titleKey);
    const task = this.tasks.find((candidate) => candidate.id === this.current);
    if (task) this.heading.textContent = t(task.titleKey);
    for (const { handle } of this.built.values()) handle.relabel?.();
  }

  // Arrow keys move between tabs, Home/End to the ends (WAI-ARIA tabs pattern).
  onTabKey(event) {
    const tabs = [...this.tabList.children];
    const index = tabs.indexOf(document.activeElement);
    if (index < 0) return;
    const next = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length];
    tab.focus();
    tab.click();
  }
}
