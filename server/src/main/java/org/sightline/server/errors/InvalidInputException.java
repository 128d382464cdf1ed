package org.sightline.server.errors;

/** Input that breaks a rule; the message says what and where. */
public class InvalidInputException extends DomainException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(ErrorKind.INVALID_INPUT, message);
  }
}
