// Its own file, so its process has no catalogue loaded before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalog, t, useLanguage } from '../../main/resources/META-INF/resources/js/i18n.js';

test('a catalogue that cannot be loaded leaves keys visible, and is not asked for again', async () => {
  let asked = 0;
  const offline = async () => { asked += 1; throw new Error('offline'); };
  const warn = console.warn;
  const warnings = [];
  console.warn = (...args) => warnings.push(args.join(' '));
  try {
    await loadCatalog('ko', offline);
    await loadCatalog('ko', offline);
  } finally {
    console.warn = warn;
  }
  assert.equal(asked, 1);
  assert.equal(warnings.length, 1);
  useLanguage('ko');
  assert.equal(t('panel.heading'), 'panel.heading');
});
