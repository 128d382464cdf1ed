package org.sightline.server.auth;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Users in {@code app_user}. Never deletes: users are deactivated with a reason. Updates that a
 * person makes name the {@code version} they saw and change nothing when it moved on (optimistic
 * concurrency); each bumps it. Every write is audited and kept in history by the database (V003
 * triggers), so callers run these inside {@code AttributedTransactions}.
 */
@RegisterRowMapper(StoredUserMapper.class)
public interface UserDao {
  String COLUMNS =
      """
      id, username, display_name, password_hash, roles, created_at, created_by, password_changed_at,
      version, deactivated_at, deactivated_by, deactivation_reason""";

  /**
   * A user to create.
   *
   * @param passwordHash Argon2id hash, or null for a user who must be given a password first
   * @param roleCodes {@link Role#code()}s
   */
  @SuppressWarnings("ArrayRecordComponent") // arrays bind as SQL arrays; never compared or hashed
  record NewUser(
      String username,
      String displayName,
      String passwordHash,
      String[] roleCodes,
      OffsetDateTime at,
      String createdBy) {}

  @SqlUpdate(
      """
      INSERT INTO app_user (username, display_name, password_hash, roles, created_at, created_by, password_changed_at)
      VALUES (:username, :displayName, :passwordHash, :roleCodes, :at, :createdBy,
              CASE WHEN :passwordHash IS NULL THEN NULL ELSE CAST(:at AS timestamptz) END)""")
  @GetGeneratedKeys("id")
  long insert(@BindMethods NewUser user);

  /** The user, its row locked until the transaction ends (edits check versions under this lock). */
  @SqlQuery("SELECT " + COLUMNS + " FROM app_user WHERE id = :id FOR UPDATE")
  Optional<StoredUser> lockById(@Bind("id") long id);

  /**
   * Serialises every change that can take the admin role away (role changes, deactivation) across
   * servers sharing one database, until commit: the last-admin guard counts the active admins only
   * after taking it, so two admins demoting each other at once cannot both succeed.
   */
  @SqlQuery("SELECT true FROM pg_advisory_xact_lock(hashtext('sightline.admin-set'))")
  boolean lockAdminChanges();

  /** Serialises first-start admin creation across servers sharing one database, until commit. */
  @SqlQuery("SELECT true FROM pg_advisory_xact_lock(hashtext('sightline.first-admin'))")
  boolean lockFirstAdminCreation();

  @SqlQuery("SELECT " + COLUMNS + " FROM app_user WHERE id = :id")
  Optional<StoredUser> findById(@Bind("id") long id);

  @SqlQuery("SELECT " + COLUMNS + " FROM app_user WHERE username = :username")
  Optional<StoredUser> findByUsername(@Bind("username") String username);

  @SqlQuery("SELECT " + COLUMNS + " FROM app_user ORDER BY id")
  List<StoredUser> list();

  @SqlQuery("SELECT count(*) FROM app_user")
  long count();

  @SqlQuery("SELECT count(*) FROM app_user WHERE deactivated_at IS NULL AND 'admin' = ANY (roles)")
  long countActiveAdmins();

  /** Returns 1, or 0 when the user is gone or {@code expectedVersion} is stale. */
  @SqlUpdate(
      """
      UPDATE app_user SET roles = :roles, version = version + 1
       WHERE id = :id AND version = :expectedVersion""")
  int setRoles(
      @Bind("id") long id,
      @Bind("roles") String[] roleCodes,
      @Bind("expectedVersion") int expectedVersion);

  @SqlUpdate(
      """
      UPDATE app_user SET password_hash = :passwordHash, password_changed_at = :at, version = version + 1
       WHERE id = :id""")
  int setPassword(
      @Bind("id") long id,
      @Bind("passwordHash") String passwordHash,
      @Bind("at") OffsetDateTime at);

  /** Returns 1, or 0 when the user is already deactivated or {@code expectedVersion} is stale. */
  @SqlUpdate(
      """
      UPDATE app_user SET deactivated_at = :at, deactivated_by = :by, deactivation_reason = :reason,
             version = version + 1
       WHERE id = :id AND version = :expectedVersion AND deactivated_at IS NULL""")
  int deactivate(
      @Bind("id") long id,
      @Bind("at") OffsetDateTime at,
      @Bind("by") String by,
      @Bind("reason") String reason,
      @Bind("expectedVersion") int expectedVersion);
}
