package org.sightline.server.testimony;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.sightline.server.db.Columns;

/**
 * The DAO of witness merge proposals ({@code witness_merge_proposal}): proposed when two witnesses
 * share a strong fingerprint, decided by an investigator. Never deleted; audited by the table's
 * trigger. Attach to a handle; as thread-safe as the handle.
 */
@RegisterRowMapper(WitnessMergeDao.ProposalMapper.class)
public interface WitnessMergeDao {
  String VIEW =
      """
      SELECT p.id, a.code AS code_a, a.organisation_id AS org_a, b.code AS code_b, b.organisation_id AS org_b,
             p.matched_kinds, p.status, p.proposed_at, p.decided_at, p.decided_by, p.decision_reason, p.version
        FROM witness_merge_proposal p JOIN witness a ON a.id = p.witness_a JOIN witness b ON b.id = p.witness_b
      """;

  /**
   * Proposes a merge, or refreshes the kinds of an undecided proposal. {@code ON CONFLICT}: a pair
   * is proposed once; a decided proposal is left as decided.
   */
  @SqlUpdate(
      """
      INSERT INTO witness_merge_proposal (witness_a, witness_b, matched_kinds, proposed_at)
      VALUES (:a, :b, :kinds, now())
      ON CONFLICT (witness_a, witness_b) DO UPDATE SET matched_kinds = EXCLUDED.matched_kinds,
             version = witness_merge_proposal.version + 1
       WHERE witness_merge_proposal.status = 'proposed'
         AND witness_merge_proposal.matched_kinds IS DISTINCT FROM EXCLUDED.matched_kinds""")
  int propose(@Bind("a") long witnessA, @Bind("b") long witnessB, @Bind("kinds") String[] kinds);

  @SqlQuery(VIEW + " WHERE (CAST(:status AS text) IS NULL OR p.status = :status) ORDER BY p.id")
  List<MergeProposalView> list(@Bind("status") String status);

  @SqlQuery(VIEW + " WHERE p.id = :id")
  Optional<MergeProposalView> proposal(@Bind("id") long id);

  /** The two witness ids and the version of a proposal, locking it. */
  record Pair(long witnessA, long witnessB, String status, int version) {}

  @SqlQuery(
      "SELECT witness_a, witness_b, status, version FROM witness_merge_proposal WHERE id = :id FOR UPDATE")
  @RegisterConstructorMapper(Pair.class)
  Optional<Pair> lock(@Bind("id") long id);

  @SqlUpdate(
      """
      UPDATE witness_merge_proposal SET status = :status, decided_at = now(), decided_by = :by,
             decision_reason = :reason, version = version + 1
       WHERE id = :id AND status = 'proposed'""")
  int decide(
      @Bind("id") long id,
      @Bind("status") String status,
      @Bind("by") String by,
      @Bind("reason") String reason);

  /** Maps {@link #VIEW} rows. */
  final class ProposalMapper implements RowMapper<MergeProposalView> {
    @Override
    public MergeProposalView map(ResultSet rs, StatementContext ctx) throws SQLException {
      String orgA = rs.getString("org_a");
      String orgB = rs.getString("org_b");
      return new MergeProposalView(
          rs.getLong("id"),
          rs.getString("code_a"),
          orgA,
          rs.getString("code_b"),
          orgB,
          !orgA.equals(orgB),
          Arrays.asList((String[]) rs.getArray("matched_kinds").getArray()),
          rs.getString("status"),
          Columns.instant(rs, "proposed_at"),
          Columns.instant(rs, "decided_at"),
          rs.getString("decided_by"),
          rs.getString("decision_reason"),
          rs.getInt("version"));
    }
  }
}
