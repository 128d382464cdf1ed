package org.sightline.geodata.time;

import org.sightline.geodata.InvalidDataException;

/** A date, instant or interval that {@link TimeParser} refuses; the message names the field. */
public class InvalidTimeException extends InvalidDataException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidTimeException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The field or parameter the text came from, e.g. {@code datetime} or {@code validFrom}. */
  public String field() {
    return field;
  }
}
