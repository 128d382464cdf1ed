package org.sightline.server.errors;

/** A request that clashes with the current state (a taken username, the last admin); 409. */
public class ConflictException extends DomainException {
  public ConflictException(String message) {
    super(409, message);
  }
}
