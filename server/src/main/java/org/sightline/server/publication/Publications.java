package org.sightline.server.publication;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.sightline.geodata.text.FieldText;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.auth.SightlineUser;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.errors.StaleVersionException;
import org.sightline.server.registry.FacilityDao;

/**
 * The review workflow: submit a version of a record for review, publish it (a second person),
 * reject it, withdraw it. Each step is one attributed transaction under a per-record lock, so two
 * steps on one record never interleave; every state change is audited (row triggers). A facility's
 * {@code published} flag follows its publication. Thread-safe.
 */
public final class Publications {
  /** The free-text fields a submitter may mark publishable, by kind. */
  static final Set<String> FREE_TEXT = Set.of("description", "notes", "note");

  private static final int MAX_NOTE = 2000;

  private final AttributedTransactions transactions;

  public Publications(AttributedTransactions transactions) {
    this.transactions = transactions;
  }

  /** What a submitter sends: the record, the free text they mark publishable, a note. */
  public record Submission(
      PublicationKind kind, String recordId, List<String> publishableText, String note) {
    public Submission {
      publishableText = publishableText == null ? List.of() : List.copyOf(publishableText);
    }
  }

  /**
   * Submits the record's current version for review.
   *
   * @throws org.sightline.server.errors.ForbiddenException without a role that submits this kind
   * @throws org.sightline.server.errors.ConflictException when that version waits or is published
   */
  public Review submit(SightlineUser user, Submission submission) {
    for (String field : submission.publishableText()) {
      if (!FREE_TEXT.contains(field)) {
        throw new InvalidInputException(
            "publishableText: unknown field '"
                + field
                + "'; free-text fields are "
                + String.join(", ", FREE_TEXT.stream().sorted().toList()));
      }
    }
    String note = FieldText.optional("note", submission.note(), MAX_NOTE);
    Actor actor = Actor.of(user);
    return transactions.inTransaction(
        actor,
        handle -> {
          PublicationDao dao = handle.attach(PublicationDao.class);
          PublicationKind kind = submission.kind();
          dao.lockRecord(kind.code(), submission.recordId());
          Snapshot snapshot = RecordSnapshots.require(handle, kind, submission.recordId());
          Optional<Review> waiting =
              dao.inState(kind.code(), submission.recordId(), ReviewState.READY.code());
          Optional<Review> published =
              dao.inState(kind.code(), submission.recordId(), ReviewState.PUBLISHED.code());
          ReviewWorkflow.checkSubmit(kind, user, waiting, published, snapshot.version());
          // An older version still waiting is replaced by this one.
          waiting.ifPresent(
              old ->
                  dao.reject(
                      old.id(),
                      old.version(),
                      actor.name(),
                      "replaced by a newer version submitted for review"));
          long id =
              dao.submit(
                  kind.code(),
                  submission.recordId(),
                  snapshot.version(),
                  snapshot.contentJson(),
                  submission.publishableText().stream().distinct().sorted().toArray(String[]::new),
                  snapshot.authors().toArray(String[]::new),
                  actor.name(),
                  note);
          return dao.find(id).orElseThrow();
        });
  }

  /** Publishes a waiting review: the version it names becomes the public one. */
  public Review publish(SightlineUser user, long reviewId, int expectedVersion, String note) {
    String checkedNote = FieldText.optional("note", note, MAX_NOTE);
    Actor actor = Actor.of(user);
    return transactions.inTransaction(
        actor,
        handle -> {
          Review review = lockedForChange(handle, reviewId, expectedVersion);
          Optional<String> current =
              RecordSnapshots.current(handle, review.kind(), review.recordId())
                  .map(Snapshot::version);
          ReviewWorkflow.checkPublish(review, user, current);
          PublicationDao dao = handle.attach(PublicationDao.class);
          dao.inState(review.kind().code(), review.recordId(), ReviewState.PUBLISHED.code())
              .ifPresent(old -> dao.supersede(old.id()));
          dao.publish(review.id(), review.version(), actor.name(), checkedNote);
          if (review.kind() == PublicationKind.FACILITY) {
            handle.attach(FacilityDao.class).setPublished(review.recordId(), true);
          }
          return dao.find(review.id()).orElseThrow();
        });
  }

  /** Rejects a waiting review (an advocate), or takes it back (its submitter); a note is needed. */
  public Review reject(SightlineUser user, long reviewId, int expectedVersion, String note) {
    String reason = required("note", note, "rejecting");
    Actor actor = Actor.of(user);
    return transactions.inTransaction(
        actor,
        handle -> {
          Review review = lockedForChange(handle, reviewId, expectedVersion);
          ReviewWorkflow.checkReject(review, user);
          PublicationDao dao = handle.attach(PublicationDao.class);
          dao.reject(review.id(), review.version(), actor.name(), reason);
          return dao.find(review.id()).orElseThrow();
        });
  }

  /** Takes a published version off the public surface; a reason is needed. */
  public Review withdraw(SightlineUser user, long reviewId, int expectedVersion, String reason) {
    String checked = required("reason", reason, "withdrawing");
    Actor actor = Actor.of(user);
    return transactions.inTransaction(
        actor,
        handle -> {
          Review review = lockedForChange(handle, reviewId, expectedVersion);
          ReviewWorkflow.checkWithdraw(review, user);
          PublicationDao dao = handle.attach(PublicationDao.class);
          dao.withdraw(review.id(), review.version(), actor.name(), checked);
          if (review.kind() == PublicationKind.FACILITY) {
            handle.attach(FacilityDao.class).setPublished(review.recordId(), false);
          }
          return dao.find(review.id()).orElseThrow();
        });
  }

  /**
   * Takes a facility off the public map: withdraws its published review, or, for a facility
   * published before reviews existed (the sample data from public sources), clears its flag.
   */
  public void withdrawFacility(SightlineUser user, String facilityId, String reason) {
    String checked = required("reason", reason, "withdrawing");
    Actor actor = Actor.of(user);
    transactions.useTransaction(
        actor,
        handle -> {
          PublicationDao dao = handle.attach(PublicationDao.class);
          dao.lockRecord(PublicationKind.FACILITY.code(), facilityId);
          Optional<Review> published =
              dao.inState(
                  PublicationKind.FACILITY.code(), facilityId, ReviewState.PUBLISHED.code());
          if (published.isPresent()) {
            ReviewWorkflow.checkWithdraw(published.get(), user);
            dao.withdraw(published.get().id(), published.get().version(), actor.name(), checked);
          }
          if (handle.attach(FacilityDao.class).setPublished(facilityId, false) == 0) {
            throw new EntityNotFoundException("there is no facility '" + facilityId + "'");
          }
        });
  }

  public Review get(long reviewId) {
    return transactions
        .jdbi()
        .withExtension(PublicationDao.class, dao -> dao.find(reviewId))
        .orElseThrow(() -> notFound(reviewId));
  }

  public List<Review> list(ReviewState state, PublicationKind kind, long afterId, int limit) {
    return transactions
        .jdbi()
        .withExtension(
            PublicationDao.class,
            dao ->
                dao.list(
                    state == null ? null : state.code(),
                    kind == null ? null : kind.code(),
                    afterId,
                    limit));
  }

  /**
   * A record's publication state: its reviews (newest first) and its version now (empty when
   * deleted).
   */
  public record RecordStatus(
      PublicationKind kind,
      String recordId,
      Optional<String> currentVersion,
      List<Review> reviews) {
    public RecordStatus {
      reviews = List.copyOf(reviews);
    }
  }

  public RecordStatus status(PublicationKind kind, String recordId) {
    return transactions
        .jdbi()
        .withHandle(
            handle -> {
              Optional<String> current =
                  RecordSnapshots.current(handle, kind, recordId).map(Snapshot::version);
              List<Review> reviews =
                  handle.attach(PublicationDao.class).history(kind.code(), recordId);
              if (current.isEmpty() && reviews.isEmpty()) {
                throw new EntityNotFoundException(
                    "there is no " + kind.code() + " '" + recordId + "'");
              }
              return new RecordStatus(kind, recordId, current, reviews);
            });
  }

  private static Review lockedForChange(Handle handle, long reviewId, int expectedVersion) {
    PublicationDao dao = handle.attach(PublicationDao.class);
    Review found = dao.find(reviewId).orElseThrow(() -> notFound(reviewId));
    dao.lockRecord(found.kind().code(), found.recordId());
    Review review = dao.lock(reviewId).orElseThrow(() -> notFound(reviewId));
    if (review.version() != expectedVersion) {
      throw new StaleVersionException("review " + reviewId, expectedVersion, review.version());
    }
    return review;
  }

  private static String required(String field, String value, String action) {
    String text = FieldText.optional(field, value, MAX_NOTE);
    if (text == null) {
      throw new InvalidInputException(field + " is required: no " + action + " without saying why");
    }
    return text;
  }

  private static EntityNotFoundException notFound(long reviewId) {
    return new EntityNotFoundException("there is no review " + reviewId);
  }
}
