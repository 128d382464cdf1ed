package org.sightline.server.errors;

/**
 * What kind of refusal a {@link DomainException} is. Domain code names the kind, never an HTTP
 * status: {@link DomainExceptionMapper} is the one place that maps kinds to statuses.
 */
public enum ErrorKind {
  /** Input that breaks a rule (a field, a parameter, a file). */
  INVALID_INPUT,
  /** No valid credentials: a wrong password, a missing, unknown, expired or revoked token. */
  UNAUTHENTICATED,
  /** Authenticated, but the caller's roles do not allow this. */
  FORBIDDEN,
  /**
   * The record, collection or format asked for does not exist (or is not visible to the caller).
   */
  NOT_FOUND,
  /** The request clashes with the current state (a taken name, an overlap, the last admin). */
  CONFLICT,
  /** An edit based on a version that is no longer current. */
  STALE_VERSION,
  /** An edit that does not say which version it was based on. */
  PRECONDITION_REQUIRED,
  /** A body or file over its size limit; nothing was kept. */
  TOO_LARGE,
  /** Too many recent failed attempts; the caller must wait. */
  TOO_MANY_ATTEMPTS,
  /** Stored data that no longer matches its recorded checksum: the fault is the server's. */
  INTEGRITY_FAILURE,
  /**
   * The server cannot store what it was sent (a full disk, a read-only or unwritable directory):
   * nothing was kept; an administrator must act.
   */
  STORAGE_UNAVAILABLE
}
