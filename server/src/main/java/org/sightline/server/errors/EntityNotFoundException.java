package org.sightline.server.errors;

/** A record, collection or format that does not exist, or that the caller may not see. */
public class EntityNotFoundException extends DomainException {
  private static final long serialVersionUID = 1L;

  public EntityNotFoundException(String message) {
    super(ErrorKind.NOT_FOUND, message);
  }
}
