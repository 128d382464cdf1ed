package org.sightline.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.audit.AuditLog;

/**
 * Password login and logout. A login runs in one transaction that holds a per-username advisory
 * lock, so concurrent guesses cannot slip past the {@link LoginThrottle}; every attempt is recorded
 * (and so audited), and a refused one is audited as {@code login-throttled}. Passwords never leave
 * this class except into {@link PasswordHasher}. Thread-safe.
 */
public final class LoginService {
  /** Longest username kept from a failed attempt (attempts may carry any text). */
  private static final int MAX_RECORDED_USERNAME = 64;

  private final AttributedTransactions transactions;
  private final PasswordHasher hasher;
  private final LoginThrottle throttle;
  private final TokenIssuer issuer;
  private final Clock clock;

  public LoginService(
      AttributedTransactions transactions,
      PasswordHasher hasher,
      LoginThrottle throttle,
      TokenIssuer issuer,
      Clock clock) {
    this.transactions = transactions;
    this.hasher = hasher;
    this.throttle = throttle;
    this.issuer = issuer;
    this.clock = clock;
  }

  /**
   * Returns a new session token.
   *
   * @param remoteAddress the client's address, for per-address throttling (may be null)
   */
  public IssuedToken login(String username, String password, String remoteAddress)
      throws LoginRefusedException {
    String name = normalise(username);
    Instant now = clock.instant();
    Outcome outcome =
        transactions.inTransaction(
            Actor.ANONYMOUS,
            handle -> {
              handle.attach(LoginAttemptDao.class).lockUsername(name);
              Optional<Duration> throttled =
                  throttle.waitBeforeAttempt(handle, name, remoteAddress, now);
              if (throttled.isPresent()) {
                AuditLog.record(
                    handle,
                    "login-throttled",
                    "login",
                    name,
                    remoteAddress == null ? null : Map.of("remoteAddress", remoteAddress));
                return new Outcome(throttled.get(), null);
              }
              Optional<StoredUser> user =
                  handle.attach(UserDao.class).findByUsername(name).filter(StoredUser::active);
              boolean ok;
              if (user.isEmpty()) {
                hasher.spendCheckTime(password == null ? "" : password);
                ok = false;
              } else {
                ok = password != null && hasher.matches(password, user.get().passwordHash());
              }
              if (ok) {
                AttributedTransactions.attribute(
                    handle, new Actor("user:" + user.get().username()));
              }
              handle
                  .attach(LoginAttemptDao.class)
                  .record(name, remoteAddress, now.atOffset(ZoneOffset.UTC), ok);
              return ok
                  ? new Outcome(
                      null,
                      issuer.issueSession(handle, user.get().id(), "user:" + user.get().username()))
                  : new Outcome(null, null);
            });
    if (outcome.retryAfter() != null) {
      throw LoginRefusedException.throttled(outcome.retryAfter());
    }
    if (outcome.token() == null) {
      throw LoginRefusedException.invalidCredentials();
    }
    return outcome.token();
  }

  private record Outcome(Duration retryAfter, IssuedToken token) {}

  /** Revokes the session or API token {@code user} authenticated with. */
  public void logout(SightlineUser user) {
    transactions.useTransaction(
        Actor.of(user),
        handle ->
            handle
                .attach(TokenDao.class)
                .revoke(
                    user.tokenId(),
                    clock.instant().atOffset(ZoneOffset.UTC),
                    Actor.of(user).name(),
                    "logout"));
  }

  static String normalise(String username) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    if (name.isEmpty()) {
      name = "(empty)";
    }
    if (name.length() > MAX_RECORDED_USERNAME) {
      name = name.substring(0, MAX_RECORDED_USERNAME);
    }
    return name.replaceAll("\\p{Cntrl}", "?");
  }
}
