package org.sightline.server.testing;

import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.auth.Role;
import org.sightline.server.auth.SightlineUser;
import org.sightline.server.publication.PublicationKind;
import org.sightline.server.publication.Publications;
import org.sightline.server.publication.Review;

/**
 * Publishes records the way the review workflow does, for tests that need public data: one made-up
 * user submits the record's current version and a second, an advocate, publishes it.
 */
public final class TestPublishing {
  /** Holds every role that submits some kind; never publishes. */
  public static final SightlineUser SUBMITTER =
      new SightlineUser(
          -1, "test-submitter", Set.of(Role.ANALYST, Role.INVESTIGATOR, Role.ADVOCATE), -1);

  /** The second person. */
  public static final SightlineUser PUBLISHER =
      new SightlineUser(-2, "test-publisher", Set.of(Role.ADVOCATE), -2);

  private TestPublishing() {}

  /** Submits and publishes the record's current version; returns the published review. */
  public static Review publish(Jdbi jdbi, PublicationKind kind, String recordId) {
    return publish(jdbi, kind, recordId, List.of());
  }

  /** As {@link #publish(Jdbi, PublicationKind, String)}, marking free text publishable. */
  public static Review publish(
      Jdbi jdbi, PublicationKind kind, String recordId, List<String> publishableText) {
    Publications publications = new Publications(new AttributedTransactions(jdbi));
    Review ready =
        publications.submit(
            SUBMITTER,
            new Publications.Submission(kind, recordId, publishableText, "test publication"));
    return publications.publish(PUBLISHER, ready.id(), ready.version(), null);
  }
}
