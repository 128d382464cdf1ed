import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nearestVertex, placeProblems, problemsOf } from '../../main/resources/META-INF/resources/js/work/problems.js';
import { threeWay } from '../../main/resources/META-INF/resources/js/work/conflict.js';
import { allowedTasks } from '../../main/resources/META-INF/resources/js/work/work-panel.js';

test('problems come from the body, with their field and point', () => {
  const body = {
    code: 400,
    message: 'a; b',
    problems: [
      { field: 'geometry', message: 'geometry: self-intersection at 126.5 39.5', at: [126.5, 39.5] },
      { message: 'latitude and longitude look swapped' },
      { field: 'name', message: 'name is required', at: ['x', 1] },
    ],
  };
  assert.deepEqual(problemsOf(body), [
    { field: 'geometry', message: 'geometry: self-intersection at 126.5 39.5', at: [126.5, 39.5] },
    { field: null, message: 'latitude and longitude look swapped', at: null },
    { field: 'name', message: 'name is required', at: null },
  ]);
  assert.deepEqual(problemsOf({ code: 403, message: 'forbidden' }), [{ field: null, message: 'forbidden', at: null }]);
  assert.deepEqual(problemsOf(null), []);
});

test('problems are placed at the control showing their field, the longest path winning', () => {
  const problems = [
    { field: 'names[0].text', message: 'too long' },
    { field: 'place.radiusM', message: 'radius too large' },
    { field: 'place', message: 'place is required' },
    { field: 'other', message: 'no control' },
    { field: null, message: 'general' },
  ];
  const { byControl, general } = placeProblems(problems, { names: 'names', radius: 'place.radiusM', place: 'place' });
  assert.deepEqual(Object.fromEntries(byControl), { names: ['too long'], radius: ['radius too large'], place: ['place is required'] });
  assert.deepEqual(general, ['no control', 'general']);
});

test('the nearest vertex of a polygon to a problem point', () => {
  const polygon = { type: 'Polygon', coordinates: [[[126, 39], [127, 40], [127, 39], [126, 40], [126, 39]]] };
  assert.deepEqual(nearestVertex(polygon, [126.9, 39.95]), { ring: [0], index: 1, coordinate: [127, 40] });
  assert.equal(nearestVertex(polygon, null), null);
});

test('a conflict keeps the other side\'s changes to fields this user left alone', () => {
  const fields = ['name', 'province', 'status', 'aliases'].map((key) => ({ key, label: key }));
  const base = { name: 'A', province: 'P', status: 'operational', aliases: ['x'], version: 1 };
  const mine = { name: 'A', province: 'P', status: 'closed', aliases: ['x', 'y'] };
  const theirs = { name: 'A2', province: 'P', status: 'reduced', aliases: ['x'], version: 2 };
  const { rows, merged } = threeWay(base, mine, theirs, fields);
  assert.deepEqual(rows.map((row) => [row.label, row.who]), [['name', 'theirs'], ['status', 'both'], ['aliases', 'mine']]);
  assert.deepEqual(merged, { name: 'A2', province: 'P', status: 'closed', aliases: ['x', 'y'], version: 2 });
});

test('tasks are offered by role; administrators get every one', () => {
  const tasks = [{ id: 'a', roles: ['analyst'] }, { id: 'i', roles: ['investigator'] }];
  assert.deepEqual(allowedTasks(tasks, { roles: ['analyst'] }).map((t) => t.id), ['a']);
  assert.deepEqual(allowedTasks(tasks, { roles: ['admin'] }).map((t) => t.id), ['a', 'i']);
  assert.deepEqual(allowedTasks(tasks, { roles: ['advocate'] }), []);
  assert.deepEqual(allowedTasks(tasks, null), []);
});
