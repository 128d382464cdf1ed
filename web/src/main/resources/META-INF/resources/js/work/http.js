// Staff requests that change things (and the reads their forms need): JSON in, JSON out, with the
// session's bearer token, the version check (If-Match) and the server's refusals as ApiError. The
// one place a work form talks to the server, so every form handles 400/401/403/412/413 alike.

import { authHeaders, refusedWith } from '../session.js';
import { problemsOf } from './problems.js';

// A refusal or failure of a request: the HTTP status (0 when the server could not be reached), the
// server's message, its problems ({ field, message, at }), the current ETag on a 412, and the body.
export class ApiError extends Error {
  constructor(status, message, { problems = [], etag = null, body = null } = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problems = problems;
    this.etag = etag;
    this.body = body;
  }

  get isStale() {
    return this.status === 412;
  }

  get isExpired() {
    return this.status === 401;
  }
}

// Sends a request and resolves to { status, body, etag, headers } (body parsed when JSON, else the
// text). Options: json (a value sent as JSON), form (FormData, sent as multipart), body (sent as
// is, with contentType), etag (sent as If-Match), headers, signal, onUploadProgress (fraction 0..1;
// switches to XMLHttpRequest, which reports upload progress where fetch does not).
// Rejects with ApiError when the answer is not 2xx; a 401 to the current token ends the session
// (session.js) without touching what the forms hold.
export async function send(method, url, options = {}) {
  const { json, form, body, contentType, etag, headers = {}, signal, onUploadProgress } = options;
  const sentHeaders = { Accept: 'application/json', ...authHeaders(), ...headers };
  let payload = body;
  if (json !== undefined) {
    payload = JSON.stringify(json);
    sentHeaders['Content-Type'] = 'application/json';
  } else if (form) {
    payload = form;
  } else if (contentType) {
    sentHeaders['Content-Type'] = contentType;
  }
  if (etag) sentHeaders['If-Match'] = etag;
  const answer = onUploadProgress
    ? await sendWithProgress(method, url, sentHeaders, payload, onUploadProgress, signal)
    : await sendWithFetch(method, url, sentHeaders, payload, signal);
  if (answer.status >= 200 && answer.status < 300) return answer;
  throw refusal(answer, sentHeaders);
}

export const getJson = (url, options = {}) => send('GET', url, options);
export const postJson = (url, json, options = {}) => send('POST', url, { ...options, json });
export const putJson = (url, json, etag, options = {}) => send('PUT', url, { ...options, json, etag });

async function sendWithFetch(method, url, headers, body, signal) {
  let response;
  try {
    response = await fetch(url, { method, headers, body, signal, credentials: 'omit' });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new ApiError(0, 'the server could not be reached');
  }
  const text = await response.text();
  return {
    status: response.status,
    body: parseBody(text, response.headers.get('Content-Type')),
    etag: response.headers.get('ETag'),
    headers: response.headers,
  };
}

function sendWithProgress(method, url, headers, body, onUploadProgress, signal) {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(method, url);
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onUploadProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      onUploadProgress(1);
      resolve({
        status: request.status,
        body: parseBody(request.responseText, request.getResponseHeader('Content-Type')),
        etag: request.getResponseHeader('ETag'),
        headers: { get: (name) => request.getResponseHeader(name) },
      });
    });
    request.addEventListener('error', () => reject(new ApiError(0, 'the server could not be reached')));
    request.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })));
    signal?.addEventListener('abort', () => request.abort());
    request.send(body ?? null);
  });
}

function parseBody(text, contentType) {
  if (!text) return null;
  if (contentType && /json/.test(contentType)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

function refusal({ status, body, etag }, sentHeaders) {
  if (status === 401) refusedWith(sentHeaders);
  const message = typeof body?.message === 'string' ? body.message : `HTTP ${status}`;
  return new ApiError(status, message, { problems: problemsOf(body), etag, body });
}
