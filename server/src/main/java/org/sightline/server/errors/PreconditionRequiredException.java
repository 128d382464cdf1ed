package org.sightline.server.errors;

/** An edit without If-Match, which would risk overwriting a concurrent edit. */
public class PreconditionRequiredException extends DomainException {
  private static final long serialVersionUID = 1L;

  public PreconditionRequiredException(String message) {
    super(ErrorKind.PRECONDITION_REQUIRED, message);
  }
}
