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
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.sightline.server.db.Columns;

/** Bearer tokens in {@code auth_token}, stored as SHA-256 hashes only. Never deleted: revoked. */
@RegisterRowMapper(TokenDao.StoredTokenMapper.class)
public interface TokenDao {
  String COLUMNS =
      """
      t.id, t.user_id, u.username, t.kind, t.token_prefix, t.label, t.created_at, t.created_by, t.expires_at,
      t.revoked_at, t.revoked_by, t.revocation_reason""";

  /**
   * A token to store: only its SHA-256 hash and its first characters.
   *
   * @param kind {@code session} or {@code api}
   */
  record NewToken(
      long userId,
      String kind,
      String tokenSha256Hex,
      String shownPrefix,
      String label,
      OffsetDateTime createdAt,
      String createdBy,
      OffsetDateTime expiresAt) {}

  @SqlUpdate(
      """
      INSERT INTO auth_token (user_id, kind, token_hash, token_prefix, label, created_at, created_by, expires_at)
      VALUES (:userId, :kind, :tokenSha256Hex, :shownPrefix, :label, :createdAt, :createdBy, :expiresAt)""")
  @GetGeneratedKeys("id")
  long insert(@BindMethods NewToken token);

  /**
   * The active user a token hash belongs to, with the user's current roles: one indexed lookup
   * ({@code token_hash} is unique); none when the token is unknown, revoked or expired at {@code
   * now}, or its user is deactivated.
   */
  @SqlQuery(
      """
      SELECT t.id AS token_id, u.id, u.username, u.roles
        FROM auth_token t JOIN app_user u ON u.id = t.user_id
       WHERE t.token_hash = :tokenSha256Hex AND t.revoked_at IS NULL AND t.expires_at > :now
         AND u.deactivated_at IS NULL""")
  @RegisterRowMapper(AuthenticatedUserMapper.class)
  Optional<SightlineUser> findActiveUser(
      @Bind("tokenSha256Hex") String tokenSha256Hex, @Bind("now") OffsetDateTime now);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM auth_token t JOIN app_user u ON u.id = t.user_id WHERE t.id = :id")
  Optional<StoredToken> findById(@Bind("id") long id);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + """
       FROM auth_token t JOIN app_user u ON u.id = t.user_id
      WHERE t.user_id = :userId ORDER BY t.id""")
  List<StoredToken> listForUser(@Bind("userId") long userId);

  /** Returns 1, or 0 when already revoked. */
  @SqlUpdate(
      """
      UPDATE auth_token SET revoked_at = :at, revoked_by = :by, revocation_reason = :reason
       WHERE id = :id AND revoked_at IS NULL""")
  int revoke(
      @Bind("id") long id,
      @Bind("at") OffsetDateTime at,
      @Bind("by") String by,
      @Bind("reason") String reason);

  /** Revokes every unrevoked, unexpired token of a user (password reset, deactivation). */
  @SqlUpdate(
      """
      UPDATE auth_token SET revoked_at = :at, revoked_by = :by, revocation_reason = :reason
       WHERE user_id = :userId AND revoked_at IS NULL AND expires_at > :at""")
  int revokeAllForUser(
      @Bind("userId") long userId,
      @Bind("at") OffsetDateTime at,
      @Bind("by") String by,
      @Bind("reason") String reason);

  /** Maps {@link #findActiveUser}'s row to the request's {@link SightlineUser}. */
  final class AuthenticatedUserMapper implements RowMapper<SightlineUser> {
    @Override
    public SightlineUser map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new SightlineUser(
          rs.getLong("id"),
          rs.getString("username"),
          StoredUserMapper.roles(rs),
          rs.getLong("token_id"));
    }
  }

  /** Maps {@link #COLUMNS} to {@link StoredToken}. */
  final class StoredTokenMapper implements RowMapper<StoredToken> {
    @Override
    public StoredToken map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new StoredToken(
          rs.getLong("id"),
          rs.getLong("user_id"),
          rs.getString("username"),
          rs.getString("kind"),
          rs.getString("token_prefix"),
          rs.getString("label"),
          Columns.instant(rs, "created_at"),
          rs.getString("created_by"),
          Columns.instant(rs, "expires_at"),
          Columns.instant(rs, "revoked_at"),
          rs.getString("revoked_by"),
          rs.getString("revocation_reason"));
    }
  }
}
