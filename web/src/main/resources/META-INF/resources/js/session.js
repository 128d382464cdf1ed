// The signed-in session: a bearer token held in this module's memory only (never in localStorage,
// sessionStorage, a cookie or the URL), so closing or reloading the page signs out. The server
// decides what each role may read; the map only asks and draws what it is given.

let token = null;
let onExpired = () => {};

// The Authorization header for a request, or none when signed out.
export function authHeaders() {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

export const isSignedIn = () => token !== null;

// Called when the server says the token is no longer valid (401 while signed in).
export function onSessionExpired(listener) {
  onExpired = listener;
}

// Forgets the token after the server refused it; the listener tells the user.
export function expire() {
  if (!token) return;
  token = null;
  onExpired();
}

// A 401 answer to a request sent with `sentHeaders` (what authHeaders() gave when it was sent): the
// session ends only if that request carried the token held now. A request still in flight across a
// sign-out and a new sign-in (the old token, revoked, or none) says nothing about the new session.
export function refusedWith(sentHeaders) {
  if (token && sentHeaders?.Authorization === `Bearer ${token}`) expire();
}

// Signs in; resolves to the user ({ username, roles, ... }). A refusal rejects with an Error whose
// status is the HTTP status (401 wrong credentials, 429 throttled) and whose message is the server's.
export async function signIn(username, password) {
  const response = await fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    credentials: 'omit',
    body: JSON.stringify({ username, password }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(typeof body?.message === 'string' ? body.message : `HTTP ${response.status}`);
    error.status = response.status;
    throw error;
  }
  if (typeof body?.token !== 'string') throw new Error('the server answered without a token');
  token = body.token;
  return body.user ?? { username, roles: [] };
}

// Signs out on the server (revoking the token) and forgets it here, even if the server is unreachable.
export async function signOut() {
  const headers = authHeaders();
  token = null;
  if (!headers.Authorization) return;
  try {
    await fetch('/api/auth/logout', { method: 'POST', headers, credentials: 'omit' });
  } catch (err) {
    console.warn('logout request failed; the token expires on its own', err);
  }
}
