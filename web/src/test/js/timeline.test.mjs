import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Timeline, todayUtc, validDay } from '../../main/resources/META-INF/resources/js/timeline.js';
import { createState } from '../../main/resources/META-INF/resources/js/state.js';

test('today is the UTC day', () => {
  assert.equal(todayUtc(new Date('2024-02-29T23:30:00-05:00')), '2024-03-01');
});

test('a valid day is a real YYYY-MM-DD day from 1990-01-01 to today', () => {
  assert.equal(validDay('2020-06-15', '2026-12-04'), '2020-06-15');
  assert.equal(validDay('1990-01-01', '2026-12-04'), '1990-01-01');
  assert.equal(validDay('2026-12-04', '2026-12-04'), '2026-12-04');
  for (const bad of ['1989-12-31', '2026-12-05', '2023-02-29', '2020-6-15', '2020-06-15T00:00', '', null, 20200615]) {
    assert.equal(validDay(bad, '2026-12-04'), null, String(bad));
  }
});

// Stand-ins for the three controls: what Timeline reads and writes of them.
class FakeControl {
  constructor() {
    this.value = '';
    this.attributes = {};
    this.listeners = {};
  }
  setAttribute(name, value) { this.attributes[name] = value; }
  addEventListener(type, listener) { this.listeners[type] = listener; }
  fire(type) { this.listeners[type](); }
}

function timeline(day) {
  const controls = { range: new FakeControl(), date: new FakeControl(), today: new FakeControl() };
  const state = createState({ day });
  new Timeline(controls, state);
  return { ...controls, state };
}

test('the controls show the state\'s day and follow it', () => {
  const { range, date, state } = timeline('1990-01-11');
  assert.equal(date.value, '1990-01-11');
  assert.equal(range.value, '10'); // days since 1990-01-01
  assert.equal(range.min, '0');
  assert.equal(date.min, '1990-01-01');
  assert.equal(date.max, todayUtc());
  state.set({ day: '2020-06-15' });
  assert.equal(date.value, '2020-06-15');
  assert.equal(range.attributes['aria-valuetext'], '2020-06-15');
});

test('a typed date sets the day at once; an impossible one is ignored', () => {
  const { date, state } = timeline('2000-01-01');
  date.value = '2020-06-15';
  date.fire('change');
  assert.equal(state.get().day, '2020-06-15');
  date.value = '2020-02-30';
  date.fire('change');
  assert.equal(state.get().day, '2020-06-15');
});

test('Today goes back to today', () => {
  const { today, state } = timeline('2000-01-01');
  today.fire('click');
  assert.equal(state.get().day, todayUtc());
});

test('the slider sets the day once it rests', async () => {
  const { range, date, state } = timeline('2000-01-01');
  range.value = '366';
  range.fire('input');
  range.value = '365';
  range.fire('input');
  assert.equal(date.value, '1991-01-01'); // the field follows at once
  assert.equal(state.get().day, '2000-01-01'); // the day waits for the slider to rest
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(state.get().day, '1991-01-01');
});
