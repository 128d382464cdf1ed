package org.sightline.server.errors;

/** An authenticated caller asking for something their roles do not allow on this record. */
public class ForbiddenException extends DomainException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException(String message) {
    super(ErrorKind.FORBIDDEN, message);
  }
}
