package org.sightline.server.errors;

/** Input that breaks a rule; answered with 400 and this message, which says what and where. */
public class InvalidInputException extends DomainException {
  public InvalidInputException(String message) {
    super(400, message);
  }
}
