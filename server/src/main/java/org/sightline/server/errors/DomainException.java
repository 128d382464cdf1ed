package org.sightline.server.errors;

/**
 * A refusal the client can act on: its {@link ErrorKind} and a message that says what is wrong and
 * where. Services throw these; {@link DomainExceptionMapper} turns them into JSON errors.
 */
public abstract class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorKind kind;

  protected DomainException(ErrorKind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public ErrorKind kind() {
    return kind;
  }
}
