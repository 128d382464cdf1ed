package org.sightline.server.publication;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sightline.server.auth.Role;
import org.sightline.server.auth.SightlineUser;
import org.sightline.server.errors.ConflictException;
import org.sightline.server.errors.ForbiddenException;

/** The review workflow's state machine, without a database. */
class ReviewWorkflowTest {
  private static final SightlineUser ANALYST = user("ana", Role.ANALYST);
  private static final SightlineUser INVESTIGATOR = user("ivy", Role.INVESTIGATOR);
  private static final SightlineUser ADVOCATE = user("ada", Role.ADVOCATE);
  private static final SightlineUser SECOND_ADVOCATE = user("bo", Role.ADVOCATE);
  private static final SightlineUser AUTHOR_ADVOCATE = user("cy", Role.ANALYST, Role.ADVOCATE);

  private static SightlineUser user(String name, Role... roles) {
    return new SightlineUser(name.hashCode(), name, Set.of(roles), 1);
  }

  private static Review review(
      PublicationKind kind, ReviewState state, String version, String by, String... authors) {
    return new Review(
        7,
        kind,
        "record-1",
        version,
        state,
        JsonNodeFactory.instance.objectNode(),
        List.of(),
        List.of(authors),
        "user:" + by,
        Instant.EPOCH,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        1);
  }

  @Test
  void eachKindIsSubmittedOnlyByItsRoles() {
    assertThatCode(
            () ->
                ReviewWorkflow.checkSubmit(
                    PublicationKind.FACILITY, ANALYST, Optional.empty(), Optional.empty(), "1"))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                ReviewWorkflow.checkSubmit(
                    PublicationKind.CLAIM, ANALYST, Optional.empty(), Optional.empty(), "1"))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("investigator");
    assertThatThrownBy(
            () ->
                ReviewWorkflow.checkSubmit(
                    PublicationKind.FACILITY, ADVOCATE, Optional.empty(), Optional.empty(), "1"))
        .isInstanceOf(ForbiddenException.class);
    assertThatCode(
            () ->
                ReviewWorkflow.checkSubmit(
                    PublicationKind.EVENT, ADVOCATE, Optional.empty(), Optional.empty(), "9"))
        .doesNotThrowAnyException();
  }

  @Test
  void aVersionWaitingOrPublishedIsNotSubmittedAgainButANewerOneIs() {
    Review waiting = review(PublicationKind.CLAIM, ReviewState.READY, "2", "ivy");
    Review published = review(PublicationKind.CLAIM, ReviewState.PUBLISHED, "1", "ivy");
    assertThatThrownBy(
            () ->
                ReviewWorkflow.checkSubmit(
                    PublicationKind.CLAIM,
                    INVESTIGATOR,
                    Optional.of(waiting),
                    Optional.of(published),
                    "2"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("already waiting");
    // The published version is locked: submitting it again is refused, a changed record is not.
    assertThatThrownBy(
            () ->
                ReviewWorkflow.checkSubmit(
                    PublicationKind.CLAIM,
                    INVESTIGATOR,
                    Optional.empty(),
                    Optional.of(published),
                    "1"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("already published");
    assertThatCode(
            () ->
                ReviewWorkflow.checkSubmit(
                    PublicationKind.CLAIM,
                    INVESTIGATOR,
                    Optional.of(waiting),
                    Optional.of(published),
                    "3"))
        .doesNotThrowAnyException();
  }

  @Test
  void publishingNeedsASecondPersonWhoIsAnAdvocateAndNeitherSubmitterNorAuthor() {
    Review ready = review(PublicationKind.FACILITY, ReviewState.READY, "4", "ana", "user:cy");
    assertThatThrownBy(() -> ReviewWorkflow.checkPublish(ready, ANALYST, Optional.of("4")))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("advocate");
    Review bySelf = review(PublicationKind.EVENT, ReviewState.READY, "4", "ada");
    assertThatThrownBy(() -> ReviewWorkflow.checkPublish(bySelf, ADVOCATE, Optional.of("4")))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("you submitted");
    assertThatThrownBy(() -> ReviewWorkflow.checkPublish(ready, AUTHOR_ADVOCATE, Optional.of("4")))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("you wrote this version");
    assertThatCode(() -> ReviewWorkflow.checkPublish(ready, SECOND_ADVOCATE, Optional.of("4")))
        .doesNotThrowAnyException();
  }

  @Test
  void aChangedOrDeletedRecordIsNotPublishedFromAnOlderReview() {
    Review ready = review(PublicationKind.FACILITY, ReviewState.READY, "4", "ana");
    assertThatThrownBy(() -> ReviewWorkflow.checkPublish(ready, ADVOCATE, Optional.of("5")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("version 4 was submitted, it is version 5 now");
    assertThatThrownBy(() -> ReviewWorkflow.checkPublish(ready, ADVOCATE, Optional.empty()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("deleted");
  }

  @Test
  void onlyAWaitingReviewIsPublishedOrRejectedAndOnlyAPublishedOneWithdrawn() {
    for (ReviewState state : ReviewState.values()) {
      Review r = review(PublicationKind.FACILITY, state, "1", "ana");
      if (state != ReviewState.READY) {
        assertThatThrownBy(() -> ReviewWorkflow.checkPublish(r, ADVOCATE, Optional.of("1")))
            .as(state.code())
            .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ReviewWorkflow.checkReject(r, ADVOCATE))
            .as(state.code())
            .isInstanceOf(ConflictException.class);
      }
      if (state != ReviewState.PUBLISHED) {
        assertThatThrownBy(() -> ReviewWorkflow.checkWithdraw(r, ADVOCATE))
            .as(state.code())
            .isInstanceOf(ConflictException.class);
      }
    }
  }

  @Test
  void theSubmitterMayTakeBackAReviewOthersNeedTheAdvocateRole() {
    Review ready = review(PublicationKind.CLAIM, ReviewState.READY, "1", "ivy");
    assertThatCode(() -> ReviewWorkflow.checkReject(ready, INVESTIGATOR))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> ReviewWorkflow.checkReject(ready, ANALYST))
        .isInstanceOf(ForbiddenException.class);
    assertThatCode(() -> ReviewWorkflow.checkReject(ready, SECOND_ADVOCATE))
        .doesNotThrowAnyException();
    Review published = review(PublicationKind.CLAIM, ReviewState.PUBLISHED, "1", "ivy");
    assertThatThrownBy(() -> ReviewWorkflow.checkWithdraw(published, INVESTIGATOR))
        .isInstanceOf(ForbiddenException.class);
    assertThatCode(() -> ReviewWorkflow.checkWithdraw(published, ADVOCATE))
        .doesNotThrowAnyException();
  }
}
