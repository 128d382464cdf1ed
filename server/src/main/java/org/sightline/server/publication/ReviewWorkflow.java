package org.sightline.server.publication;

import java.util.Optional;
import org.sightline.server.audit.Actor;
import org.sightline.server.auth.Role;
import org.sightline.server.auth.SightlineUser;
import org.sightline.server.errors.ConflictException;
import org.sightline.server.errors.ForbiddenException;

/**
 * The rules of the review workflow, without a database: who may move a review from which state to
 * which. Publishing needs a second person: an advocate who neither submitted the version nor wrote
 * it. A published version is locked: a change to the record makes a new version, which is a draft
 * until it is reviewed in turn, while the published one stays public. Thread-safe (stateless).
 */
public final class ReviewWorkflow {
  private ReviewWorkflow() {}

  /**
   * @param waiting the record's review waiting for a decision, if any
   * @param published the record's published review, if any
   * @param currentVersion the record's version now
   */
  public static void checkSubmit(
      PublicationKind kind,
      SightlineUser user,
      Optional<Review> waiting,
      Optional<Review> published,
      String currentVersion) {
    if (kind.submitters().stream().noneMatch(user::hasRole)) {
      throw new ForbiddenException(
          "submitting a "
              + kind.code()
              + " for review needs one of the roles: "
              + String.join(", ", kind.submitters().stream().map(Role::code).sorted().toList()));
    }
    waiting
        .filter(review -> review.recordVersion().equals(currentVersion))
        .ifPresent(
            review -> {
              throw new ConflictException(
                  "this version of "
                      + kind.code()
                      + " "
                      + review.recordId()
                      + " is already waiting for review (review "
                      + review.id()
                      + ")");
            });
    published
        .filter(review -> review.recordVersion().equals(currentVersion))
        .ifPresent(
            review -> {
              throw new ConflictException(
                  "this version of "
                      + kind.code()
                      + " "
                      + review.recordId()
                      + " is already published (review "
                      + review.id()
                      + "); change the record to make a new version");
            });
  }

  /**
   * @param currentVersion the record's version now; empty when it was deleted
   */
  public static void checkPublish(
      Review review, SightlineUser user, Optional<String> currentVersion) {
    requireAdvocate(user, "publishing");
    requireState(review, ReviewState.READY, "published");
    String actor = Actor.of(user).name();
    if (actor.equals(review.submittedBy())) {
      throw new ForbiddenException(
          "publishing needs a second person: you submitted review "
              + review.id()
              + "; another advocate must publish it");
    }
    if (review.authors().contains(actor)) {
      throw new ForbiddenException(
          "publishing needs a second person: you wrote this version of "
              + review.kind().code()
              + " "
              + review.recordId()
              + "; another advocate must publish it");
    }
    if (currentVersion.isEmpty()) {
      throw new ConflictException(
          review.kind().code() + " " + review.recordId() + " was deleted after it was submitted");
    }
    if (!currentVersion.get().equals(review.recordVersion())) {
      throw new ConflictException(
          review.kind().code()
              + " "
              + review.recordId()
              + " changed after it was submitted (version "
              + review.recordVersion()
              + " was submitted, it is version "
              + currentVersion.get()
              + " now); submit the new version for review");
    }
  }

  /** An advocate rejects a waiting review, or its submitter takes it back. */
  public static void checkReject(Review review, SightlineUser user) {
    boolean submitter = Actor.of(user).name().equals(review.submittedBy());
    if (!submitter && !user.hasRole(Role.ADVOCATE)) {
      throw new ForbiddenException(
          "rejecting a review needs the advocate role (or to have submitted it)");
    }
    requireState(review, ReviewState.READY, "rejected");
  }

  /** An advocate takes a published version off the public surface. */
  public static void checkWithdraw(Review review, SightlineUser user) {
    requireAdvocate(user, "withdrawing a publication");
    requireState(review, ReviewState.PUBLISHED, "withdrawn");
  }

  private static void requireAdvocate(SightlineUser user, String what) {
    if (!user.hasRole(Role.ADVOCATE)) {
      throw new ForbiddenException(what + " needs the advocate role");
    }
  }

  private static void requireState(Review review, ReviewState expected, String verb) {
    if (review.state() != expected) {
      throw new ConflictException(
          "review "
              + review.id()
              + " is "
              + review.state().code()
              + "; only a "
              + expected.code()
              + " review can be "
              + verb);
    }
  }
}
