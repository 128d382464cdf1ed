// UI strings in English and Korean, loaded from /i18n/<lang>.json.

export const LANGUAGES = ['en', 'ko'];

const catalogs = new Map();
let current = 'en';

// ?lang=ko|en wins, then the browser language, then English.
export function initialLanguage() {
  const param = new URLSearchParams(window.location.search).get('lang');
  if (LANGUAGES.includes(param)) return param;
  const nav = (navigator.language || '').toLowerCase();
  return nav.startsWith('ko') ? 'ko' : 'en';
}

export function currentLanguage() {
  return current;
}

export function otherLanguage() {
  return current === 'ko' ? 'en' : 'ko';
}

// Loads a catalog once and makes it current. A missing catalog leaves keys visible.
export async function setLanguage(lang) {
  if (!LANGUAGES.includes(lang)) lang = 'en';
  if (!catalogs.has(lang)) {
    try {
      const response = await fetch(`/i18n/${lang}.json`, { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      catalogs.set(lang, await response.json());
    } catch (err) {
      console.warn(`i18n: could not load ${lang}`, err);
      catalogs.set(lang, {});
    }
  }
  current = lang;
  document.documentElement.lang = lang;
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
