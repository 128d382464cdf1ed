package org.sightline.server.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.sightline.geodata.json.JsonMapping;
import org.sightline.geodata.publication.RedactionRules;

/**
 * The redaction policy's versions ({@code redaction_policy}, insert only) and which one is active
 * ({@code redaction_policy_active}, one row). Attach to a handle; as thread-safe as it.
 */
@RegisterRowMapper(RedactionPolicyDao.PolicyMapper.class)
public interface RedactionPolicyDao {
  String COLUMNS =
      """
      p.version, p.rules::text AS rules, p.reason, p.created_at, p.created_by, (a.policy = p.version) AS active,
      CASE WHEN a.policy = p.version THEN a.activated_at END AS activated_at,
      CASE WHEN a.policy = p.version THEN a.activated_by END AS activated_by, a.version AS active_row_version""";

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM redaction_policy p JOIN redaction_policy_active a ON a.policy = p.version")
  Optional<RedactionPolicy> active();

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM redaction_policy p CROSS JOIN redaction_policy_active a ORDER BY p.version DESC")
  List<RedactionPolicy> all();

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM redaction_policy p CROSS JOIN redaction_policy_active a WHERE p.version = :version")
  Optional<RedactionPolicy> find(@Bind("version") int version);

  /** Locks the active-policy row until the transaction ends. */
  @SqlQuery("SELECT version FROM redaction_policy_active WHERE id = 1 FOR UPDATE")
  int lockActive();

  @SqlUpdate(
      """
      INSERT INTO redaction_policy (version, rules, reason, created_at, created_by)
      SELECT coalesce(max(version), 0) + 1, CAST(:rules AS jsonb), :reason, now(), :by FROM redaction_policy""")
  void insert(
      @Bind("rules") String rulesJson, @Bind("reason") String reason, @Bind("by") String by);

  @SqlQuery("SELECT max(version) FROM redaction_policy")
  int latestVersion();

  @SqlUpdate(
      """
      UPDATE redaction_policy_active SET policy = :policy, activated_at = now(), activated_by = :by,
             version = version + 1
       WHERE id = 1 AND version = :expectedVersion""")
  int activate(
      @Bind("policy") int policy,
      @Bind("expectedVersion") int expectedVersion,
      @Bind("by") String by);

  /** Maps {@link #COLUMNS}. */
  final class PolicyMapper implements RowMapper<RedactionPolicy> {
    @Override
    public RedactionPolicy map(ResultSet rs, StatementContext ctx) throws SQLException {
      RedactionRules rules;
      try {
        rules = RedactionRules.fromJson(JsonMapping.reader().readTree(rs.getString("rules")));
      } catch (JsonProcessingException e) {
        throw new SQLException("redaction policy " + rs.getInt("version") + " is not JSON", e);
      }
      Timestamp activatedAt = rs.getTimestamp("activated_at");
      return new RedactionPolicy(
          rs.getInt("version"),
          rules,
          rs.getString("reason"),
          rs.getTimestamp("created_at").toInstant(),
          rs.getString("created_by"),
          rs.getBoolean("active"),
          activatedAt == null ? null : activatedAt.toInstant(),
          rs.getString("activated_by"),
          rs.getInt("active_row_version"));
    }
  }
}
