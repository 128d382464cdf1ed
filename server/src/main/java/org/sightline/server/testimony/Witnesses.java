package org.sightline.server.testimony;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.errors.ConflictException;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.errors.StaleVersionException;

/**
 * Witnesses: recorded, read, replaced (with the version read) and soft-deleted (with a reason),
 * each write one attributed transaction. Identifying details given with a write are sealed in the
 * same transaction ({@link WitnessIdentities}); nothing here returns them. Thread-safe.
 */
public final class Witnesses {
  /** The largest page a list returns. */
  public static final int MAX_PAGE = 500;

  /**
   * @param limit rows to read: a page, plus one to tell whether more follow
   * @throws InvalidInputException when it is not 1 to {@link #MAX_PAGE} (+1)
   */
  static void checkLimit(int limit) {
    if (limit < 1 || limit > MAX_PAGE + 1) {
      throw new InvalidInputException("limit: must be 1-" + (MAX_PAGE + 1) + ", got " + limit);
    }
  }

  private final AttributedTransactions transactions;
  private final WitnessIdentities identities;

  public Witnesses(AttributedTransactions transactions, WitnessIdentities identities) {
    this.transactions = transactions;
    this.identities = identities;
  }

  /** Records a witness under a new random code; seals the identity when one is given. */
  public WitnessView record(Actor actor, WitnessEdit edit) {
    return record(actor, edit, false);
  }

  /** As {@link #record(Actor, WitnessEdit)}; {@code synthetic} marks the sample's made-up ones. */
  public WitnessView record(Actor actor, WitnessEdit edit, boolean synthetic) {
    CheckedWitness checked = CheckedWitness.check(edit);
    return transactions.inTransaction(
        actor, handle -> insert(handle, actor, checked, edit.identity(), synthetic));
  }

  /** Inside the caller's transaction (the sample loader, imports). */
  WitnessView insert(
      Handle handle,
      Actor actor,
      CheckedWitness checked,
      WitnessEdit.IdentityEdit identity,
      boolean synthetic) {
    Organisations.require(handle, "organisation", checked.organisation());
    WitnessDao dao = handle.attach(WitnessDao.class);
    String code = PseudonymCodes.next();
    while (dao.codeTaken(code)) {
      code = PseudonymCodes.next();
    }
    long id = dao.insert(code, checked.fields(), synthetic, actor.name());
    if (identity != null) {
      identities.seal(handle, actor, id, identity);
    }
    return dao.witness(id).orElseThrow();
  }

  public WitnessView get(long id) {
    return transactions
        .jdbi()
        .withExtension(WitnessDao.class, dao -> dao.witness(id))
        .orElseThrow(() -> notFound(id));
  }

  /** The live witness with this code, or 404. */
  public WitnessView byCode(String code) {
    return transactions
        .jdbi()
        .withExtension(WitnessDao.class, dao -> dao.byCode(code))
        .orElseThrow(() -> new EntityNotFoundException("no witness '" + code + "'"));
  }

  /** A page of live witnesses by code, after {@code afterCode} (null: from the start). */
  public List<WitnessView> list(String organisation, String afterCode, int limit) {
    Witnesses.checkLimit(limit);
    return transactions
        .jdbi()
        .withExtension(
            WitnessDao.class,
            dao -> dao.list(organisation, afterCode == null ? "" : afterCode, limit));
  }

  /**
   * Replaces the open attributes (and seals a new identity when one is given); {@code
   * expectedVersion} is the version read.
   */
  public WitnessView replace(Actor actor, long id, int expectedVersion, WitnessEdit edit) {
    CheckedWitness checked = CheckedWitness.check(edit);
    return transactions.inTransaction(
        actor,
        handle -> {
          WitnessDao dao = handle.attach(WitnessDao.class);
          requireVersion(dao, id, expectedVersion);
          Organisations.require(handle, "organisation", checked.organisation());
          dao.update(id, checked.fields(), actor.name());
          if (edit.identity() != null) {
            identities.seal(handle, actor, id, edit.identity());
          }
          return dao.witness(id).orElseThrow();
        });
  }

  /** Soft-deletes a witness with a reason; refused while live testimonies name them. */
  public Deleted delete(Actor actor, long id, int expectedVersion, String reason) {
    String why = Deletions.reason(reason);
    return transactions.inTransaction(
        actor,
        handle -> {
          WitnessDao dao = handle.attach(WitnessDao.class);
          requireVersion(dao, id, expectedVersion);
          WitnessView current = dao.witness(id).orElseThrow();
          if (current.testimonies() > 0) {
            throw new ConflictException(
                "witness "
                    + current.code()
                    + " has "
                    + current.testimonies()
                    + " live testimonies; delete those first");
          }
          dao.softDelete(id, actor.name(), why);
          return new Deleted("witness", id, current.version() + 1, why);
        });
  }

  static void requireVersion(WitnessDao dao, long id, int expectedVersion) {
    int version = dao.lock(id).orElseThrow(() -> notFound(id));
    if (version != expectedVersion) {
      throw new StaleVersionException("witness " + id, expectedVersion, version);
    }
  }

  static EntityNotFoundException notFound(long id) {
    return new EntityNotFoundException("no witness " + id);
  }
}
