package org.sightline.server.auth;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Login attempts in {@code login_attempt}, for {@link LoginThrottle} and {@link LoginService}. */
public interface LoginAttemptDao {
  /**
   * Serialises the login attempts for one (normalised) username until the transaction ends, so that
   * concurrent guesses are counted one after the other.
   */
  @SqlQuery("SELECT true FROM pg_advisory_xact_lock(hashtext('sightline.login:' || :username))")
  boolean lockUsername(@Bind("username") String username);

  /**
   * Serialises the attempts from one client address until the transaction ends, so that parallel
   * guesses from one address are counted one after the other (the per-address limit). Taken after
   * {@link #lockUsername}, always; in the two-key advisory space, so it never meets a username's.
   */
  @SqlQuery(
      "SELECT true FROM pg_advisory_xact_lock(hashtext('sightline.login-address'),"
          + " hashtext(:remote))")
  boolean lockAddress(@Bind("remote") String remoteAddress);

  @SqlUpdate(
      """
      INSERT INTO login_attempt (username, remote_address, attempted_at, succeeded)
      VALUES (:username, :remote, :at, :succeeded)""")
  void record(
      @Bind("username") String username,
      @Bind("remote") String remoteAddress,
      @Bind("at") OffsetDateTime at,
      @Bind("succeeded") boolean succeeded);

  /**
   * The time of the {@code nth} most recent failure for {@code username} after {@code since} and
   * after its last success (1 = the latest), if there were that many.
   */
  @SqlQuery(
      """
      SELECT attempted_at FROM login_attempt
       WHERE username = :username AND NOT succeeded AND attempted_at > :since
         AND attempted_at > coalesce((SELECT max(attempted_at) FROM login_attempt
                                       WHERE username = :username AND succeeded), '-infinity')
       ORDER BY attempted_at DESC OFFSET :nth - 1 LIMIT 1""")
  Optional<OffsetDateTime> nthRecentFailureForUsername(
      @Bind("username") String username, @Bind("since") OffsetDateTime since, @Bind("nth") int nth);

  /**
   * The time of the {@code nth} most recent failure from {@code remoteAddress} after {@code since}.
   */
  @SqlQuery(
      """
      SELECT attempted_at FROM login_attempt
       WHERE remote_address = :remote AND NOT succeeded AND attempted_at > :since
       ORDER BY attempted_at DESC OFFSET :nth - 1 LIMIT 1""")
  Optional<OffsetDateTime> nthRecentFailureFromAddress(
      @Bind("remote") String remoteAddress,
      @Bind("since") OffsetDateTime since,
      @Bind("nth") int nth);
}
