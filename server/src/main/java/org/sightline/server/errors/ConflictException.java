package org.sightline.server.errors;

/** A request that clashes with the current state (a taken username, the last admin). */
public class ConflictException extends DomainException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(ErrorKind.CONFLICT, message);
  }
}
