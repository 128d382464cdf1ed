package org.sightline.geodata;

/**
 * Input that breaks a rule of the domain model: a malformed date, a text too long, an unreadable
 * import file. The message says what is wrong and where, naming the field, and may be shown to
 * whoever sent the input. A server answers it as invalid input (HTTP 400).
 */
public class InvalidDataException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidDataException(String message) {
    super(message);
  }

  public InvalidDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
