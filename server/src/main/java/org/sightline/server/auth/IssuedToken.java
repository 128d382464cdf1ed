package org.sightline.server.auth;

import java.time.Instant;

/**
 * A token just created: the only moment its secret exists outside the client.
 *
 * @param token the bearer token to send as {@code Authorization: Bearer <token>}
 */
public record IssuedToken(long id, String token, String kind, String label, Instant expiresAt) {}
