package org.sightline.server.errors;

/**
 * A request without valid credentials: a wrong username or password, or an Authorization header
 * that is not a valid, unexpired, unrevoked bearer token.
 */
public class UnauthenticatedException extends DomainException {
  public UnauthenticatedException(String message) {
    super(ErrorKind.UNAUTHENTICATED, message);
  }
}
