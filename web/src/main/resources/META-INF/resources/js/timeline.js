// The map's timeline: a day between 1990-01-01 and today, chosen with a slider or a date field
// (kept in step), for which the map draws the boundary versions valid that day. Changes from the
// slider are debounced; the date field and the Today button apply at once.

const FIRST_DAY = '1990-01-01';
const DAY_MS = 86_400_000;
const DEBOUNCE_MS = 200;

const dayNumber = (day) => Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${FIRST_DAY}T00:00:00Z`)) / DAY_MS);
const dayOf = (number) => new Date(Date.parse(`${FIRST_DAY}T00:00:00Z`) + number * DAY_MS).toISOString().slice(0, 10);

export function todayUtc(now = new Date()) {
  return now.toISOString().slice(0, 10);
}

// A YYYY-MM-DD day within [1990-01-01, today], or null.
export function validDay(value, today = todayUtc()) {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const ms = Date.parse(`${value}T00:00:00Z`);
  if (!Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== value) return null;
  return value >= FIRST_DAY && value <= today ? value : null;
}

export class Timeline {
  // elements: { range, date, today }; state: the map's state (state.js), whose day the controls
  // show and set.
  constructor({ range, date, today }, state) {
    this.range = range;
    this.date = date;
    this.state = state;
    this.timer = null;
    const last = todayUtc();
    range.min = '0';
    range.max = String(dayNumber(last));
    range.step = '1';
    date.min = FIRST_DAY;
    date.max = last;
    this.show(state.get().day);
    state.subscribe('day', ({ day }) => this.show(day));
    range.addEventListener('input', () => {
      const day = dayOf(Number(range.value));
      date.value = day;
      this.schedule(day);
    });
    date.addEventListener('change', () => {
      const day = validDay(date.value, last);
      if (day) this.apply(day);
    });
    today.addEventListener('click', () => this.apply(last));
  }

  show(day) {
    this.date.value = day;
    this.range.value = String(dayNumber(day));
    this.range.setAttribute('aria-valuetext', day);
  }

  schedule(day) {
    clearTimeout(this.timer);
    this.range.setAttribute('aria-valuetext', day);
    this.timer = setTimeout(() => this.state.set({ day }), DEBOUNCE_MS);
  }

  apply(day) {
    clearTimeout(this.timer);
    this.show(day);
    this.state.set({ day });
  }
}
