package org.sightline.server.testimony;

import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.sightline.geodata.testimony.Sharing;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.errors.ConflictException;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.errors.StaleVersionException;

/**
 * Claims: recorded, read, replaced (with the version read) and soft-deleted (with a reason). Each
 * write is one attributed transaction that stores the places with their regions, recomputes the
 * claim's facility links, and ends by telling {@link ClaimsChanged} (corroboration, duplicates), so
 * a claim and its consequences commit together or not at all. Thread-safe.
 */
public final class Claims {
  private final AttributedTransactions transactions;
  private final ClaimsChanged changed;

  public Claims(AttributedTransactions transactions, ClaimsChanged changed) {
    this.transactions = transactions;
    this.changed = changed;
  }

  /** What must follow a change of claims, inside the same transaction. */
  @FunctionalInterface
  public interface ClaimsChanged {
    void after(Handle handle, Set<Long> claimIds);
  }

  public ClaimView record(Actor actor, ClaimEdit edit) {
    return record(actor, edit, false);
  }

  /** Records a claim; {@code synthetic} marks the sample's made-up ones. */
  public ClaimView record(Actor actor, ClaimEdit edit, boolean synthetic) {
    CheckedClaim checked = CheckedClaim.check(edit);
    return transactions.inTransaction(
        actor,
        handle -> {
          ClaimView claim = insert(handle, actor, checked, synthetic);
          changed.after(handle, Set.of(claim.id()));
          return handle.attach(ClaimDao.class).claim(claim.id()).orElseThrow();
        });
  }

  /** Inside the caller's transaction, without telling {@link ClaimsChanged} (imports batch it). */
  ClaimView insert(Handle handle, Actor actor, CheckedClaim checked, boolean synthetic) {
    ClaimDao dao = handle.attach(ClaimDao.class);
    ClaimDao.Fields fields = fields(handle, checked);
    if (fields.externalRef() != null) {
      dao.byExternalRef(fields.organisation(), fields.externalRef())
          .ifPresent(
              existing -> {
                throw new ConflictException(
                    "organisation '"
                        + fields.organisation()
                        + "' has claim "
                        + existing.id()
                        + " with externalRef '"
                        + fields.externalRef()
                        + "' already");
              });
    }
    long id = dao.insert(fields, synthetic, actor.name());
    ClaimPlaces.store(handle, id, checked.time(), checked.places());
    return dao.claim(id).orElseThrow();
  }

  public ClaimView get(long id) {
    return transactions
        .jdbi()
        .withExtension(ClaimDao.class, dao -> dao.claim(id))
        .orElseThrow(() -> notFound(id));
  }

  public List<ClaimView> list(ClaimDao.Filter filter, long afterId, int limit) {
    Witnesses.checkLimit(limit);
    return transactions
        .jdbi()
        .withExtension(ClaimDao.class, dao -> dao.list(filter, afterId, limit));
  }

  /** Replaces a claim; its places are replaced (the old ones kept, soft-deleted). */
  public ClaimView replace(Actor actor, long id, int expectedVersion, ClaimEdit edit) {
    CheckedClaim checked = CheckedClaim.check(edit);
    return transactions.inTransaction(
        actor,
        handle -> {
          ClaimDao dao = handle.attach(ClaimDao.class);
          requireVersion(dao, id, expectedVersion);
          ClaimDao.Fields fields = fields(handle, checked);
          if (fields.externalRef() != null) {
            dao.byExternalRef(fields.organisation(), fields.externalRef())
                .filter(other -> other.id() != id)
                .ifPresent(
                    other -> {
                      throw new ConflictException(
                          "externalRef '"
                              + fields.externalRef()
                              + "' names claim "
                              + other.id()
                              + " already");
                    });
          }
          dao.update(id, fields, actor.name());
          dao.softDeletePlaces(id, actor.name(), "replaced when claim " + id + " was edited");
          ClaimPlaces.store(handle, id, checked.time(), checked.places());
          changed.after(handle, Set.of(id));
          return dao.claim(id).orElseThrow();
        });
  }

  public Deleted delete(Actor actor, long id, int expectedVersion, String reason) {
    String why = Deletions.reason(reason);
    return transactions.inTransaction(
        actor,
        handle -> {
          ClaimDao dao = handle.attach(ClaimDao.class);
          requireVersion(dao, id, expectedVersion);
          dao.softDelete(id, actor.name(), why);
          dao.unlinkAll(id);
          changed.after(handle, Set.of(id));
          return new Deleted("claim", id, expectedVersion + 1, why);
        });
  }

  private static ClaimDao.Fields fields(Handle handle, CheckedClaim checked) {
    String organisation;
    Sharing sharing;
    Long heardFromId = null;
    if (checked.testimony() != null) {
      TestimonyView testimony =
          handle
              .attach(TestimonyDao.class)
              .testimony(checked.testimony())
              .orElseThrow(
                  () ->
                      new InvalidInputException("testimony: no testimony " + checked.testimony()));
      organisation =
          checked.organisation() == null ? testimony.organisation() : checked.organisation();
      sharing =
          checked.sharing() == null ? Sharing.fromCode(testimony.sharing()) : checked.sharing();
      if (checked.heardFrom() != null) {
        WitnessView source =
            handle
                .attach(WitnessDao.class)
                .byCode(checked.heardFrom())
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "heardFrom: no witness '"
                                + checked.heardFrom()
                                + "'; name someone who is not a witness here in heardFromNote"));
        if (source.code().equals(testimony.witness())) {
          throw new InvalidInputException(
              "heardFrom: "
                  + source.code()
                  + " is the witness of this testimony; a witness does not hear from themselves");
        }
        heardFromId = source.id();
      }
    } else {
      DocumentView document =
          handle
              .attach(DocumentDao.class)
              .document(checked.document())
              .orElseThrow(
                  () -> new InvalidInputException("document: no document " + checked.document()));
      organisation =
          checked.organisation() == null ? document.organisation() : checked.organisation();
      sharing =
          checked.sharing() == null ? Sharing.fromCode(document.sharing()) : checked.sharing();
    }
    Organisations.require(handle, "organisation", organisation);
    return new ClaimDao.Fields(
        checked.testimony(),
        checked.document(),
        organisation,
        sharing.code(),
        checked.type().code(),
        checked.description(),
        checked.perpetratorUnit(),
        checked.victimsMin(),
        checked.victimsMax(),
        checked.informationGrade().code(),
        checked.witnessRelation() == null ? null : checked.witnessRelation().code(),
        heardFromId,
        checked.heardFromNote(),
        checked.time().edtf(),
        checked.time().earliest(),
        checked.time().latest(),
        checked.time().precision().code(),
        checked.timeStated(),
        checked.externalRef());
  }

  private static void requireVersion(ClaimDao dao, long id, int expectedVersion) {
    int version = dao.lock(id).orElseThrow(() -> notFound(id));
    if (version != expectedVersion) {
      throw new StaleVersionException("claim " + id, expectedVersion, version);
    }
  }

  private static EntityNotFoundException notFound(long id) {
    return new EntityNotFoundException("no claim " + id);
  }
}
