package org.sightline.server.errors;

/**
 * A request body or file over its size limit; nothing is kept. The rest of the body may be left
 * unread, so the connection is not reused.
 */
public class TooLargeException extends DomainException {
  private static final long serialVersionUID = 1L;

  public TooLargeException(String message) {
    super(ErrorKind.TOO_LARGE, message);
  }
}
