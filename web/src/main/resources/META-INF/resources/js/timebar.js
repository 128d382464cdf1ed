// Placeholder until the time bar lands (branch timebar): two date fields for the period.
import { el } from './dom.js';
import { t } from './i18n.js';

export class TimeBar {
  constructor(container, { state }) {
    const from = el('input');
    from.type = 'date';
    from.setAttribute('aria-label', t('timebar.from'));
    const to = el('input');
    to.type = 'date';
    to.setAttribute('aria-label', t('timebar.to'));
    from.addEventListener('change', () => state.set({ from: from.value || null }));
    to.addEventListener('change', () => state.set({ to: to.value || null }));
    container.append(from, to);
    const show = (s) => {
      from.value = s.from ?? '';
      to.value = s.to ?? '';
    };
    state.subscribe(['from', 'to'], show);
    show(state.get());
  }
}
