package org.sightline.server.audit;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs work in one database transaction attributed to an {@link Actor}: the first statement sets
 * {@code sightline.actor} for this transaction only, and the V003 triggers write it into every
 * audit event and history row. The database refuses writes without an actor, so this is the one way
 * the server writes. Thread-safe (each call takes its own connection from the pool).
 */
public final class AttributedTransactions {
  private final Jdbi jdbi;

  public AttributedTransactions(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public <R, X extends Exception> R inTransaction(Actor actor, HandleCallback<R, X> work) throws X {
    return jdbi.inTransaction(
        handle -> {
          attribute(handle, actor);
          return work.withHandle(handle);
        });
  }

  public <X extends Exception> void useTransaction(Actor actor, HandleConsumer<X> work) throws X {
    jdbi.useTransaction(
        handle -> {
          attribute(handle, actor);
          work.useHandle(handle);
        });
  }

  /** Sets the actor for the rest of {@code handle}'s current transaction. */
  public static void attribute(Handle handle, Actor actor) {
    handle.attach(AuditDao.class).setActor(actor.name());
  }

  public Jdbi jdbi() {
    return jdbi;
  }
}
