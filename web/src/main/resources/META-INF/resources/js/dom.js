// Safe DOM helpers: text only, never HTML parsing of data.

// Creates an element with classes and optional text content.
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

// Returns the normalised URL when value is an absolute http(s) URL, else null.
export function safeHttpUrl(value) {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

// An external link when the URL is safe; otherwise a plain span with the same text.
export function externalLink(url, text, className) {
  const href = safeHttpUrl(url);
  if (!href) return el('span', className, text);
  const a = el('a', className, text);
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

// Escapes text for the few Leaflet APIs that only take HTML (tile attribution).
export function escapeHtml(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
