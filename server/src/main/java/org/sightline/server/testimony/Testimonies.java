package org.sightline.server.testimony;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.errors.ConflictException;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.errors.StaleVersionException;

/**
 * Testimonies: recorded, read, replaced (with the version read) and soft-deleted (with a reason),
 * each write one attributed transaction. Evidence files are linked by SHA-256 and must be in the
 * custody store. Thread-safe.
 */
public final class Testimonies {
  private final AttributedTransactions transactions;
  private final Clock clock;

  public Testimonies(AttributedTransactions transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
  }

  public TestimonyView record(Actor actor, TestimonyEdit edit) {
    return record(actor, edit, false);
  }

  /** Records a testimony; {@code synthetic} marks the sample's made-up ones. */
  public TestimonyView record(Actor actor, TestimonyEdit edit, boolean synthetic) {
    CheckedTestimony checked = CheckedTestimony.check(edit, LocalDate.now(clock));
    return transactions.inTransaction(actor, handle -> insert(handle, actor, checked, synthetic));
  }

  TestimonyView insert(Handle handle, Actor actor, CheckedTestimony checked, boolean synthetic) {
    TestimonyDao dao = handle.attach(TestimonyDao.class);
    TestimonyDao.Fields fields = fields(handle, checked);
    if (checked.externalRef() != null) {
      dao.byExternalRef(checked.organisation(), checked.externalRef())
          .ifPresent(
              existing -> {
                throw new ConflictException(
                    "organisation '"
                        + checked.organisation()
                        + "' has testimony "
                        + existing.id()
                        + " with externalRef '"
                        + checked.externalRef()
                        + "' already");
              });
    }
    long id = dao.insert(fields, synthetic, actor.name());
    for (String sha256 : checked.evidence()) {
      dao.link(id, sha256, actor.name());
    }
    return dao.testimony(id).orElseThrow();
  }

  public TestimonyView get(long id) {
    return transactions
        .jdbi()
        .withExtension(TestimonyDao.class, dao -> dao.testimony(id))
        .orElseThrow(() -> notFound(id));
  }

  /** A page of live testimonies by id, optionally of one witness (by code). */
  public List<TestimonyView> list(String witnessCode, long afterId, int limit) {
    Witnesses.checkLimit(limit);
    return transactions
        .jdbi()
        .withHandle(
            handle -> {
              Long witnessId =
                  witnessCode == null
                      ? null
                      : handle
                          .attach(WitnessDao.class)
                          .byCode(witnessCode)
                          .orElseThrow(
                              () ->
                                  new InvalidInputException(
                                      "witness: no witness '" + witnessCode + "'"))
                          .id();
              return handle.attach(TestimonyDao.class).list(witnessId, afterId, limit);
            });
  }

  /** Replaces a testimony; evidence links left out are unlinked (kept, with a reason). */
  public TestimonyView replace(Actor actor, long id, int expectedVersion, TestimonyEdit edit) {
    CheckedTestimony checked = CheckedTestimony.check(edit, LocalDate.now(clock));
    return transactions.inTransaction(
        actor,
        handle -> {
          TestimonyDao dao = handle.attach(TestimonyDao.class);
          requireVersion(dao, id, expectedVersion);
          TestimonyDao.Fields fields = fields(handle, checked);
          TestimonyView current = dao.testimony(id).orElseThrow();
          if (checked.externalRef() != null) {
            dao.byExternalRef(checked.organisation(), checked.externalRef())
                .filter(other -> other.id() != id)
                .ifPresent(
                    other -> {
                      throw new ConflictException(
                          "externalRef '"
                              + checked.externalRef()
                              + "' names testimony "
                              + other.id()
                              + " already");
                    });
          }
          dao.update(id, fields, actor.name());
          Set<String> wanted = new HashSet<>(checked.evidence());
          for (String sha256 : current.evidence()) {
            if (!wanted.contains(sha256)) {
              dao.unlink(id, sha256, actor.name(), "left out when testimony " + id + " was edited");
            }
          }
          for (String sha256 : checked.evidence()) {
            dao.link(id, sha256, actor.name());
          }
          return dao.testimony(id).orElseThrow();
        });
  }

  /** Soft-deletes a testimony; refused while it holds live claims. */
  public Deleted delete(Actor actor, long id, int expectedVersion, String reason) {
    String why = Deletions.reason(reason);
    return transactions.inTransaction(
        actor,
        handle -> {
          TestimonyDao dao = handle.attach(TestimonyDao.class);
          requireVersion(dao, id, expectedVersion);
          TestimonyView current = dao.testimony(id).orElseThrow();
          if (current.claims() > 0) {
            throw new ConflictException(
                "testimony "
                    + id
                    + " holds "
                    + current.claims()
                    + " live claims; delete those first");
          }
          dao.softDelete(id, actor.name(), why);
          return new Deleted("testimony", id, current.version() + 1, why);
        });
  }

  private static TestimonyDao.Fields fields(Handle handle, CheckedTestimony checked) {
    Organisations.require(handle, "organisation", checked.organisation());
    WitnessView witness =
        handle
            .attach(WitnessDao.class)
            .byCode(checked.witness())
            .orElseThrow(
                () -> new InvalidInputException("witness: no witness '" + checked.witness() + "'"));
    TestimonyDao dao = handle.attach(TestimonyDao.class);
    for (String sha256 : checked.evidence()) {
      if (!dao.evidenceHeld(sha256)) {
        throw new InvalidInputException(
            "evidence: no file with SHA-256 "
                + sha256
                + " in the custody store; upload it first (POST /api/evidence)");
      }
    }
    return new TestimonyDao.Fields(
        witness.id(),
        checked.organisation(),
        checked.sharing().code(),
        checked.interviewedOn(),
        checked.interviewer(),
        checked.language(),
        checked.consent().code(),
        checked.sourceGrade().code(),
        checked.summary(),
        checked.externalRef());
  }

  private static void requireVersion(TestimonyDao dao, long id, int expectedVersion) {
    int version = dao.lock(id).orElseThrow(() -> notFound(id));
    if (version != expectedVersion) {
      throw new StaleVersionException("testimony " + id, expectedVersion, version);
    }
  }

  private static EntityNotFoundException notFound(long id) {
    return new EntityNotFoundException("no testimony " + id);
  }
}
