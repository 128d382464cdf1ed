package org.sightline.server.publication;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The reviews ({@code publication}): the only SQL on that table. Rows are never deleted; a state
 * change names the review's version and bumps it. Attach to a handle; as thread-safe as it.
 */
@RegisterRowMapper(ReviewMapper.class)
public interface PublicationDao {
  String COLUMNS =
      """
      id, kind, record_id, record_version, state, content::text AS content, publishable_text, authors,
      submitted_by, submitted_at, submission_note, decided_by, decided_at, decision_note, published_at,
      withdrawn_at, withdrawn_by, withdrawal_reason, version""";

  /** Serialises the reviews of one record, so two submissions or publications never race. */
  @SqlQuery(
      "SELECT pg_advisory_xact_lock(hashtextextended(:kind || '/' || :recordId, 15)) IS NOT NULL")
  boolean lockRecord(@Bind("kind") String kind, @Bind("recordId") String recordId);

  @SqlUpdate(
      """
      INSERT INTO publication (kind, record_id, record_version, state, content, publishable_text, authors,
                               submitted_by, submitted_at, submission_note)
      VALUES (:kind, :recordId, :recordVersion, 'ready', CAST(:content AS jsonb), CAST(:publishableText AS text[]),
              CAST(:authors AS text[]), :by, now(), :note)""")
  @GetGeneratedKeys("id")
  long submit(
      @Bind("kind") String kind,
      @Bind("recordId") String recordId,
      @Bind("recordVersion") String recordVersion,
      @Bind("content") String contentJson,
      @Bind("publishableText") String[] publishableText,
      @Bind("authors") String[] authors,
      @Bind("by") String by,
      @Bind("note") String note);

  @SqlQuery("SELECT " + COLUMNS + " FROM publication WHERE id = :id")
  Optional<Review> find(@Bind("id") long id);

  @SqlQuery("SELECT " + COLUMNS + " FROM publication WHERE id = :id FOR UPDATE")
  Optional<Review> lock(@Bind("id") long id);

  /** The record's review in this state (ready and published are unique per record). */
  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM publication WHERE kind = :kind AND record_id = :recordId AND state = :state")
  Optional<Review> inState(
      @Bind("kind") String kind, @Bind("recordId") String recordId, @Bind("state") String state);

  /** Every review of a record, newest first. */
  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM publication WHERE kind = :kind AND record_id = :recordId ORDER BY id DESC")
  List<Review> history(@Bind("kind") String kind, @Bind("recordId") String recordId);

  /** Reviews by state and kind (either null for any), oldest first, after {@code afterId}. */
  @SqlQuery(
      """
      SELECT\s"""
          + COLUMNS
          + """
       FROM publication
      WHERE (CAST(:state AS text) IS NULL OR state = :state)
        AND (CAST(:kind AS text) IS NULL OR kind = :kind)
        AND id > :afterId
      ORDER BY id LIMIT :limit""")
  List<Review> list(
      @Bind("state") String state,
      @Bind("kind") String kind,
      @Bind("afterId") long afterId,
      @Bind("limit") int limit);

  /** Every published review of a kind, by id. */
  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM publication WHERE kind = :kind AND state = 'published' ORDER BY id")
  List<Review> published(@Bind("kind") String kind);

  @SqlUpdate(
      """
      UPDATE publication SET state = 'published', decided_by = :by, decided_at = now(), decision_note = :note,
             published_at = now(), version = version + 1
       WHERE id = :id AND version = :expectedVersion AND state = 'ready'""")
  int publish(
      @Bind("id") long id,
      @Bind("expectedVersion") int expectedVersion,
      @Bind("by") String by,
      @Bind("note") String note);

  @SqlUpdate(
      """
      UPDATE publication SET state = 'rejected', decided_by = :by, decided_at = now(), decision_note = :note,
             version = version + 1
       WHERE id = :id AND version = :expectedVersion AND state = 'ready'""")
  int reject(
      @Bind("id") long id,
      @Bind("expectedVersion") int expectedVersion,
      @Bind("by") String by,
      @Bind("note") String note);

  /** The published review a newer one replaces. */
  @SqlUpdate(
      "UPDATE publication SET state = 'superseded', version = version + 1 WHERE id = :id AND state = 'published'")
  int supersede(@Bind("id") long id);

  @SqlUpdate(
      """
      UPDATE publication SET state = 'withdrawn', withdrawn_at = now(), withdrawn_by = :by,
             withdrawal_reason = :reason, version = version + 1
       WHERE id = :id AND version = :expectedVersion AND state = 'published'""")
  int withdraw(
      @Bind("id") long id,
      @Bind("expectedVersion") int expectedVersion,
      @Bind("by") String by,
      @Bind("reason") String reason);
}
