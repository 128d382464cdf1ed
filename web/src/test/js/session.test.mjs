import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  authHeaders, isSignedIn, onSessionExpired, refusedWith, signIn, signOut,
} from '../../main/resources/META-INF/resources/js/session.js';

// The server, as far as session.js talks to it: a login answers the next token; a logout is accepted.
let issued = 0;
globalThis.fetch = async (url) => {
  if (url === '/api/auth/login') {
    issued += 1;
    const body = { token: `slt_test_${issued}`, user: { username: 'root', roles: ['admin'] } };
    return { ok: true, status: 200, json: async () => body };
  }
  return { ok: true, status: 204, json: async () => ({}) };
};

test('a 401 ends the session only when the refused request carried the token held now', async () => {
  let expired = 0;
  onSessionExpired(() => { expired += 1; });

  // Signed in as one user; a map read is sent with that token and is still in flight...
  await signIn('advocate', 'pw');
  const inFlight = authHeaders();
  // ...while the user signs out and another signs in.
  await signOut();
  await signIn('root', 'pw');
  assert.notDeepEqual(authHeaders(), inFlight);

  // The old request comes back 401 (its token was revoked): the new session goes on.
  refusedWith(inFlight);
  assert.equal(isSignedIn(), true);
  // A request sent while signed out (no token) that is answered 401 says nothing either.
  refusedWith({});
  refusedWith(undefined);
  assert.equal(isSignedIn(), true);
  assert.equal(expired, 0);

  // A 401 to the current token: the session has ended, and the listener is told once.
  refusedWith(authHeaders());
  assert.equal(isSignedIn(), false);
  assert.deepEqual(authHeaders(), {});
  assert.equal(expired, 1);
  refusedWith({ Authorization: `Bearer slt_test_${issued}` });
  assert.equal(expired, 1);
});
