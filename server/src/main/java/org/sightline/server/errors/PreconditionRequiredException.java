package org.sightline.server.errors;

/** An edit without If-Match; answered with 428 Precondition Required. */
public class PreconditionRequiredException extends DomainException {
  public PreconditionRequiredException(String message) {
    super(428, message);
  }
}
