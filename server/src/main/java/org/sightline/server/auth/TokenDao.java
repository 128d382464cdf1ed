package org.sightline.server.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.sightline.server.db.Columns;

/** Bearer tokens in {@code auth_token}, stored as SHA-256 hashes only. Never deleted: revoked. */
@RegisterRowMapper(TokenDao.StoredTokenMapper.class)
public interface TokenDao {
  String COLUMNS = """
      t.id, t.user_id, u.username, t.kind, t.token_prefix, t.label, t.created_at, t.created_by, t.expires_at,
      t.revoked_at, t.revoked_by, t.revocation_reason""";

  @SqlUpdate("""
      INSERT INTO auth_token (user_id, kind, token_hash, token_prefix, label, created_at, created_by, expires_at)
      VALUES (:userId, :kind, :hash, :prefix, :label, :at, :by, :expiresAt)""")
  @GetGeneratedKeys("id")
  long insert(@Bind("userId") long userId, @Bind("kind") String kind, @Bind("hash") String tokenSha256Hex,
      @Bind("prefix") String shownPrefix, @Bind("label") String label, @Bind("at") OffsetDateTime createdAt,
      @Bind("by") String createdBy, @Bind("expiresAt") OffsetDateTime expiresAt);

  @SqlQuery("SELECT " + COLUMNS + " FROM auth_token t JOIN app_user u ON u.id = t.user_id WHERE t.id = :id")
  Optional<StoredToken> findById(@Bind("id") long id);

  @SqlQuery("SELECT " + COLUMNS + """
       FROM auth_token t JOIN app_user u ON u.id = t.user_id
      WHERE t.user_id = :userId ORDER BY t.id""")
  List<StoredToken> listForUser(@Bind("userId") long userId);

  /** @return 1, or 0 when already revoked */
  @SqlUpdate("""
      UPDATE auth_token SET revoked_at = :at, revoked_by = :by, revocation_reason = :reason
       WHERE id = :id AND revoked_at IS NULL""")
  int revoke(@Bind("id") long id, @Bind("at") OffsetDateTime at, @Bind("by") String by, @Bind("reason") String reason);

  /** Revokes every unrevoked, unexpired token of a user (password reset, deactivation). */
  @SqlUpdate("""
      UPDATE auth_token SET revoked_at = :at, revoked_by = :by, revocation_reason = :reason
       WHERE user_id = :userId AND revoked_at IS NULL AND expires_at > :at""")
  int revokeAllForUser(@Bind("userId") long userId, @Bind("at") OffsetDateTime at, @Bind("by") String by,
      @Bind("reason") String reason);

  final class StoredTokenMapper implements RowMapper<StoredToken> {
    @Override
    public StoredToken map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new StoredToken(rs.getLong("id"), rs.getLong("user_id"), rs.getString("username"), rs.getString("kind"),
          rs.getString("token_prefix"), rs.getString("label"), Columns.instant(rs, "created_at"),
          rs.getString("created_by"), Columns.instant(rs, "expires_at"),
          Columns.instant(rs, "revoked_at"), rs.getString("revoked_by"), rs.getString("revocation_reason"));
    }
  }
}
