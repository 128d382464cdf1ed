package org.sightline.server.errors;

/**
 * A refusal the client can act on, with its HTTP status and a message that says what is wrong and
 * where. Services throw these; {@link DomainExceptionMapper} turns them into JSON errors.
 */
public abstract class DomainException extends RuntimeException {
  private final int httpStatus;

  protected DomainException(int httpStatus, String message) {
    super(message);
    this.httpStatus = httpStatus;
  }

  public int httpStatus() {
    return httpStatus;
  }
}
