// UI strings in English and Korean, loaded from /i18n/<lang>.json.

import { fetchCatalogue } from './api.js';

export const LANGUAGES = ['en', 'ko'];

const catalogs = new Map();
let current = 'en';

// ?lang=ko|en wins, then the browser language, then English.
export function initialLanguage(search = window.location.search, browserLanguage = navigator.language) {
  const param = new URLSearchParams(search).get('lang');
  if (LANGUAGES.includes(param)) return param;
  return (browserLanguage || '').toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export function currentLanguage() {
  return current;
}

// The language the toggle switches to.
export function otherLanguage(language = current) {
  return language === 'ko' ? 'en' : 'ko';
}

// Loads a language's catalog once (load(language) resolves to its JSON). A catalog that cannot
// be loaded leaves keys visible rather than stopping the map.
export async function loadCatalog(language, load = fetchCatalogue) {
  if (!LANGUAGES.includes(language)) throw new Error(`no catalog for language '${language}'`);
  if (!catalogs.has(language)) {
    try {
      catalogs.set(language, await load(language));
    } catch (err) {
      console.warn(`i18n: could not load ${language}`, err);
      catalogs.set(language, {});
    }
  }
}

// Makes a loaded language current for t(), plural() and formatNumber().
export function useLanguage(language) {
  if (!catalogs.has(language)) throw new Error(`catalog '${language}' is not loaded`);
  current = language;
}

// Translates a key, filling {name} placeholders from vars.
export function t(key, vars = {}) {
  const template = catalogs.get(current)?.[key] ?? catalogs.get('en')?.[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name) => (name in vars ? String(vars[name]) : match));
}

// Picks "<key>.one" / "<key>.other" by the language's plural rules.
export function plural(key, count, vars = {}) {
  const form = new Intl.PluralRules(current).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}`, { count: formatNumber(count), ...vars });
}

export function formatNumber(value, fractionDigits = 0) {
  return new Intl.NumberFormat(current, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

// Fills static markup: data-i18n (text), data-i18n-placeholder, -title, -aria-label.
export function translatePage(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of root.querySelectorAll('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle);
  for (const el of root.querySelectorAll('[data-i18n-aria-label]')) {
    el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
  }
}
