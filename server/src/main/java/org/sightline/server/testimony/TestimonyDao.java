package org.sightline.server.testimony;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.sightline.server.db.Columns;

/**
 * The DAO of the testimony aggregate ({@code testimony}, {@code testimony_evidence}). Never
 * deletes: testimonies are soft-deleted with a reason, evidence links unlinked with one. Every
 * write audited by the tables' triggers. Attach to a handle; as thread-safe as the handle.
 */
@RegisterRowMapper(TestimonyDao.TestimonyMapper.class)
public interface TestimonyDao {
  String VIEW =
      """
      SELECT t.id, w.code AS witness_code, t.organisation_id, t.sharing, t.interviewed_on, t.interviewer,
             t.language, t.consent, t.source_grade, t.summary, t.external_ref, t.synthetic, t.version,
             t.created_at, t.created_by, t.updated_at, t.updated_by,
             ARRAY(SELECT e.evidence_sha256 FROM testimony_evidence e
                    WHERE e.testimony_id = t.id AND e.unlinked_at IS NULL ORDER BY e.evidence_sha256) AS evidence,
             (SELECT count(*) FROM claim c WHERE c.testimony_id = t.id AND c.deleted_at IS NULL)::int AS claims
        FROM testimony t JOIN witness w ON w.id = t.witness_id
      """;

  /** The fields as stored. */
  record Fields(
      long witnessId,
      String organisation,
      String sharing,
      LocalDate interviewedOn,
      String interviewer,
      String language,
      String consent,
      String sourceGrade,
      String summary,
      String externalRef) {}

  @SqlUpdate(
      """
      INSERT INTO testimony (witness_id, organisation_id, sharing, interviewed_on, interviewer, language, consent,
                             source_grade, summary, external_ref, synthetic, created_at, created_by)
      VALUES (:f.witnessId, :f.organisation, :f.sharing, :f.interviewedOn, :f.interviewer, :f.language, :f.consent,
              :f.sourceGrade, :f.summary, :f.externalRef, :synthetic, now(), :by)""")
  @GetGeneratedKeys("id")
  long insert(
      @BindMethods("f") Fields fields, @Bind("synthetic") boolean synthetic, @Bind("by") String by);

  @SqlQuery(VIEW + " WHERE t.id = :id AND t.deleted_at IS NULL")
  Optional<TestimonyView> testimony(@Bind("id") long id);

  @SqlQuery(
      VIEW
          + " WHERE t.organisation_id = :organisation AND t.external_ref = :ref AND t.deleted_at IS NULL")
  Optional<TestimonyView> byExternalRef(
      @Bind("organisation") String organisation, @Bind("ref") String externalRef);

  /** Locks the live row until the transaction ends; returns its version. */
  @SqlQuery("SELECT version FROM testimony WHERE id = :id AND deleted_at IS NULL FOR UPDATE")
  Optional<Integer> lock(@Bind("id") long id);

  /** Live testimonies, optionally of one witness (by id), by id after {@code afterId}. */
  @SqlQuery(
      VIEW
          + """
       WHERE t.deleted_at IS NULL AND (CAST(:witnessId AS bigint) IS NULL OR t.witness_id = :witnessId)
         AND t.id > :afterId
       ORDER BY t.id LIMIT :limit""")
  List<TestimonyView> list(
      @Bind("witnessId") Long witnessId, @Bind("afterId") long afterId, @Bind("limit") int limit);

  @SqlUpdate(
      """
      UPDATE testimony SET witness_id = :f.witnessId, organisation_id = :f.organisation, sharing = :f.sharing,
             interviewed_on = :f.interviewedOn, interviewer = :f.interviewer, language = :f.language,
             consent = :f.consent, source_grade = :f.sourceGrade, summary = :f.summary,
             external_ref = :f.externalRef, version = version + 1, updated_at = now(), updated_by = :by
       WHERE id = :id AND deleted_at IS NULL""")
  int update(@Bind("id") long id, @BindMethods("f") Fields fields, @Bind("by") String by);

  @SqlUpdate(
      """
      UPDATE testimony SET deleted_at = now(), deleted_by = :by, deletion_reason = :reason, version = version + 1
       WHERE id = :id AND deleted_at IS NULL""")
  int softDelete(@Bind("id") long id, @Bind("by") String by, @Bind("reason") String reason);

  /** Whether the custody store holds this content (withdrawn evidence does not count). */
  @SqlQuery(
      "SELECT EXISTS (SELECT 1 FROM evidence_item WHERE sha256 = :sha256 AND withdrawn_at IS NULL)")
  boolean evidenceHeld(@Bind("sha256") String sha256);

  /**
   * Links an evidence file, or links it again after an unlink. {@code ON CONFLICT} because the
   * primary key keeps one row per pair: relinking clears the unlink and is audited as an update.
   */
  @SqlUpdate(
      """
      INSERT INTO testimony_evidence (testimony_id, evidence_sha256, linked_at, linked_by)
      VALUES (:testimonyId, :sha256, now(), :by)
      ON CONFLICT (testimony_id, evidence_sha256) DO UPDATE
         SET linked_at = now(), linked_by = :by, unlinked_at = NULL, unlinked_by = NULL, unlink_reason = NULL
       WHERE testimony_evidence.unlinked_at IS NOT NULL""")
  int link(
      @Bind("testimonyId") long testimonyId, @Bind("sha256") String sha256, @Bind("by") String by);

  @SqlUpdate(
      """
      UPDATE testimony_evidence SET unlinked_at = now(), unlinked_by = :by, unlink_reason = :reason
       WHERE testimony_id = :testimonyId AND evidence_sha256 = :sha256 AND unlinked_at IS NULL""")
  int unlink(
      @Bind("testimonyId") long testimonyId,
      @Bind("sha256") String sha256,
      @Bind("by") String by,
      @Bind("reason") String reason);

  /** Maps {@link #VIEW} rows. */
  final class TestimonyMapper implements RowMapper<TestimonyView> {
    @Override
    public TestimonyView map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new TestimonyView(
          rs.getLong("id"),
          rs.getString("witness_code"),
          rs.getString("organisation_id"),
          rs.getString("sharing"),
          rs.getObject("interviewed_on", LocalDate.class),
          rs.getString("interviewer"),
          rs.getString("language"),
          rs.getString("consent"),
          rs.getString("source_grade"),
          rs.getString("summary"),
          Arrays.asList((String[]) rs.getArray("evidence").getArray()),
          rs.getInt("claims"),
          rs.getString("external_ref"),
          rs.getBoolean("synthetic"),
          rs.getInt("version"),
          Columns.instant(rs, "created_at"),
          rs.getString("created_by"),
          Columns.instant(rs, "updated_at"),
          rs.getString("updated_by"));
    }
  }
}
