package org.sightline.server.errors;

/**
 * A request without valid credentials: a wrong username or password, or an Authorization header
 * that is not a valid, unexpired, unrevoked bearer token.
 */
public class UnauthenticatedException extends DomainException {
  private static final long serialVersionUID = 1L;

  public UnauthenticatedException(String message) {
    super(ErrorKind.UNAUTHENTICATED, message);
  }
}
