// Downloading a file the server only gives with the session's token (evidence content, staff
// exports): fetch it with the token, take it as a blob, and save it through an object URL on an
// <a download>. The Content-Security-Policy governs what a page loads, not where a download link
// points, so a same-origin blob: URL saves under the strict policy. Refusals are ApiError, as in
// http.js (a 401 ends the session there too).

import { authHeaders, refusedWith } from '../session.js';
import { ApiError } from './http.js';
import { problemsOf } from './problems.js';
import { filenameFrom } from './staff-logic.js';

const REVOKE_AFTER_MS = 60_000;

// Fetches url with the token. Resolves to { blob, filename, headers }; rejects with ApiError.
export async function fetchFile(url, fallbackName) {
  let response;
  const auth = authHeaders();
  try {
    response = await fetch(url, { headers: { ...auth }, credentials: 'omit', cache: 'no-store' });
  } catch {
    throw new ApiError(0, 'the server could not be reached');
  }
  if (!response.ok) {
    if (response.status === 401) refusedWith(auth);
    let body = null;
    try {
      body = JSON.parse(await response.text());
    } catch {
      body = null;
    }
    const message = typeof body?.message === 'string' ? body.message : `HTTP ${response.status}`;
    throw new ApiError(response.status, message, { problems: problemsOf(body), body });
  }
  const blob = await response.blob();
  return { blob, filename: filenameFrom(response.headers.get('Content-Disposition'), fallbackName), headers: response.headers };
}

// Saves a blob as a file: a link with the download attribute, clicked, its URL revoked later.
// Returns the link (kept in the page by the caller to show what was saved, or dropped).
export function saveBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.textContent = filename;
  link.className = 'work-download-link';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  return link;
}

// Fetches and saves; resolves to { filename, size, blob }.
export async function download(url, fallbackName) {
  const { blob, filename } = await fetchFile(url, fallbackName);
  saveBlob(blob, filename);
  return { filename, size: blob.size, blob };
}
