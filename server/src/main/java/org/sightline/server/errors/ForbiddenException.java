package org.sightline.server.errors;

/** An authenticated caller asking for something their roles do not allow on this record. */
public class ForbiddenException extends DomainException {
  public ForbiddenException(String message) {
    super(ErrorKind.FORBIDDEN, message);
  }
}
