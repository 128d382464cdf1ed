package org.sightline.server.errors;

/**
 * The first line of a message (a PostgreSQL or argparse message often has a detail or hint on the
 * lines after), trimmed, for the one-line error reports of the command line and the server's start.
 * Stateless.
 */
public final class FirstLine {
  private FirstLine() {}

  /** The first line of {@code message}, trimmed; empty for null. */
  public static String of(String message) {
    if (message == null) {
      return "";
    }
    String trimmed = message.strip();
    int end = trimmed.indexOf('\n');
    return (end < 0 ? trimmed : trimmed.substring(0, end)).strip();
  }
}
