package org.sightline.server.corroboration;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.sightline.geodata.json.JsonMapping;
import org.sightline.server.db.Columns;

/**
 * The DAO of likely duplicate claims ({@code claim_duplicate}): proposed by corroboration, decided
 * by an investigator, audited by the table's trigger; undecided proposals no longer derived are
 * superseded, never deleted. Attach to a handle; as thread-safe as the handle.
 */
@RegisterRowMapper(DuplicateDao.DuplicateMapper.class)
public interface DuplicateDao {
  String COLUMNS =
      """
      id, claim_a, claim_b, similarity, reasons::text AS reasons, status, proposed_at, decided_at, decided_by,
      decision_reason, version""";

  /**
   * Proposes a pair. {@code ON CONFLICT}: a pair is proposed once; a proposal superseded earlier
   * and derived again is live again, and a decided one keeps its decision.
   */
  @SqlUpdate(
      """
      INSERT INTO claim_duplicate (claim_a, claim_b, similarity, reasons, proposed_at)
      VALUES (:a, :b, :similarity, CAST(:reasons AS jsonb), now())
      ON CONFLICT (claim_a, claim_b) DO UPDATE
         SET similarity = EXCLUDED.similarity, reasons = EXCLUDED.reasons, superseded_at = NULL,
             version = claim_duplicate.version + 1
       WHERE claim_duplicate.status = 'proposed'
         AND (claim_duplicate.superseded_at IS NOT NULL
              OR claim_duplicate.similarity <> EXCLUDED.similarity)""")
  int propose(
      @Bind("a") long claimA,
      @Bind("b") long claimB,
      @Bind("similarity") double similarity,
      @Bind("reasons") String reasonsJson);

  /** Undecided live proposals touching these claims, as (id, a, b). */
  @SqlQuery(
      "SELECT "
          + COLUMNS
          + """
       FROM claim_duplicate
      WHERE status = 'proposed' AND superseded_at IS NULL AND (claim_a IN (<ids>) OR claim_b IN (<ids>))""")
  List<DuplicateView> undecidedTouching(@BindList("ids") Collection<Long> claimIds);

  @SqlUpdate(
      "UPDATE claim_duplicate SET superseded_at = now() WHERE id = :id AND status = 'proposed' AND superseded_at IS NULL")
  int supersede(@Bind("id") long id);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + """
       FROM claim_duplicate
      WHERE superseded_at IS NULL AND (CAST(:status AS text) IS NULL OR status = :status) ORDER BY id""")
  List<DuplicateView> list(@Bind("status") String status);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM claim_duplicate WHERE id = :id AND superseded_at IS NULL FOR UPDATE")
  Optional<DuplicateView> lock(@Bind("id") long id);

  @SqlUpdate(
      """
      UPDATE claim_duplicate SET status = :status, decided_at = now(), decided_by = :by, decision_reason = :reason,
             version = version + 1
       WHERE id = :id AND status = 'proposed'""")
  int decide(
      @Bind("id") long id,
      @Bind("status") String status,
      @Bind("by") String by,
      @Bind("reason") String reason);

  /** Maps rows. */
  final class DuplicateMapper implements RowMapper<DuplicateView> {
    @Override
    public DuplicateView map(ResultSet rs, StatementContext ctx) throws SQLException {
      List<String> reasons = new ArrayList<>();
      try {
        JsonMapping.reader()
            .readTree(rs.getString("reasons"))
            .forEach(r -> reasons.add(r.asText()));
      } catch (JsonProcessingException e) {
        throw new SQLException("claim_duplicate " + rs.getLong("id") + ": unreadable reasons", e);
      }
      return new DuplicateView(
          rs.getLong("id"),
          rs.getLong("claim_a"),
          rs.getLong("claim_b"),
          rs.getDouble("similarity"),
          reasons,
          rs.getString("status"),
          Columns.instant(rs, "proposed_at"),
          Columns.instant(rs, "decided_at"),
          rs.getString("decided_by"),
          rs.getString("decision_reason"),
          rs.getInt("version"));
    }
  }
}
