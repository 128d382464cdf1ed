import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  currentLanguage, formatNumber, initialLanguage, loadCatalog, otherLanguage, plural, t, translatePage, useLanguage,
} from '../../main/resources/META-INF/resources/js/i18n.js';

const catalogueDir = new URL('../../main/resources/META-INF/resources/i18n/', import.meta.url);
const fromDisk = async (language) => JSON.parse(await readFile(new URL(`${language}.json`, catalogueDir), 'utf8'));

test('the language: ?lang= first, then the browser\'s, then English', () => {
  assert.equal(initialLanguage('?lang=ko', 'en-US'), 'ko');
  assert.equal(initialLanguage('?lang=en', 'ko-KR'), 'en');
  assert.equal(initialLanguage('?lang=fr', 'ko-KR'), 'ko');
  assert.equal(initialLanguage('', 'de-DE'), 'en');
  assert.equal(initialLanguage('', null), 'en');
  assert.equal(otherLanguage('en'), 'ko');
  assert.equal(otherLanguage('ko'), 'en');
});

test('only loaded languages can be used; unknown ones are refused', async () => {
  await assert.rejects(loadCatalog('fr', fromDisk), /no catalog for language 'fr'/);
  assert.throws(() => useLanguage('ko'), /not loaded/);
});

test('strings from the real catalogues, placeholders filled, English as fallback', async () => {
  await loadCatalog('en', fromDisk);
  await loadCatalog('ko', fromDisk);
  useLanguage('ko');
  assert.equal(currentLanguage(), 'ko');
  assert.equal(t('panel.heading'), '시설');
  assert.equal(t('boundary.valid', { from: '2019-01-01', to: '현재' }), '유효 기간: 2019-01-01 ~ 현재');
  assert.equal(t('boundary.valid', { from: '2019-01-01' }), '유효 기간: 2019-01-01 ~ {to}');
  assert.equal(t('no.such.key'), 'no.such.key');
  useLanguage('en');
  assert.equal(t('panel.heading'), 'Facilities');
});

test('plural forms and numbers by language', async () => {
  await loadCatalog('en', fromDisk);
  await loadCatalog('ko', fromDisk);
  useLanguage('en');
  assert.equal(plural('panel.count', 1), '1 facility');
  assert.equal(plural('panel.count', 1194), '1,194 facilities');
  assert.equal(formatNumber(10.25, 1), '10.3');
  useLanguage('ko');
  assert.equal(plural('panel.count', 1), '시설 1곳');
  assert.equal(plural('panel.count', 194), '시설 194곳');
});

test('the page\'s marked elements are translated', async () => {
  await loadCatalog('ko', fromDisk);
  useLanguage('ko');
  const element = (dataset) => ({ dataset, textContent: '', placeholder: '', title: '', attributes: {},
    setAttribute(name, value) { this.attributes[name] = value; } });
  const heading = element({ i18n: 'panel.heading' });
  const input = element({ i18nPlaceholder: 'panel.filterPlaceholder' });
  const button = element({ i18nTitle: 'lang.toggleTitle' });
  const map = element({ i18nAriaLabel: 'map.label' });
  const byAttribute = { '[data-i18n]': [heading], '[data-i18n-placeholder]': [input], '[data-i18n-title]': [button],
    '[data-i18n-aria-label]': [map] };
  translatePage({ querySelectorAll: (selector) => byAttribute[selector] });
  assert.equal(heading.textContent, '시설');
  assert.equal(input.placeholder, '이름, 한글 이름, 다른 이름');
  assert.equal(button.title, 'Switch to English (영어로 보기)');
  assert.equal(map.attributes['aria-label'], '구금시설 지도');
});
