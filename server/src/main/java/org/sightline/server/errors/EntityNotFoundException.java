package org.sightline.server.errors;

/** Answered with 404. */
public class EntityNotFoundException extends DomainException {
  public EntityNotFoundException(String message) {
    super(404, message);
  }
}
