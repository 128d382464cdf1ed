package org.sightline.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.audit.AuditLog;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;

/**
 * Password login, logout, and changing one's own password. Each checks a password in one
 * transaction that holds an advisory lock on the username and one on the client's address, so
 * parallel guesses are counted one after the other and cannot slip past the {@link LoginThrottle}
 * (per username or per address). Every check is recorded as a login attempt (and so audited); a
 * refused one is audited as {@code login-throttled} (or {@code password-change-throttled}), a wrong
 * current password as {@code password-change-refused}. Passwords never leave this class except into
 * {@link PasswordHasher}. Every password check first passes the server-wide {@link LoginGate},
 * before it takes a database connection. Thread-safe.
 */
public final class LoginService {
  /** Longest username kept from a failed attempt (attempts may carry any text). */
  private static final int MAX_RECORDED_USERNAME = 64;

  private final AttributedTransactions transactions;
  private final PasswordHasher hasher;
  private final LoginThrottle throttle;
  private final LoginGate gate;
  private final TokenIssuer issuer;
  private final Clock clock;

  public LoginService(
      AttributedTransactions transactions,
      PasswordHasher hasher,
      LoginThrottle throttle,
      LoginGate gate,
      TokenIssuer issuer,
      Clock clock) {
    this.transactions = transactions;
    this.hasher = hasher;
    this.throttle = throttle;
    this.gate = gate;
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
    Outcome outcome = gate.admit(() -> checkPassword(name, password, remoteAddress));
    if (outcome.retryAfter() != null) {
      throw LoginRefusedException.throttled(outcome.retryAfter());
    }
    if (outcome.token() == null) {
      throw LoginRefusedException.invalidCredentials();
    }
    return outcome.token();
  }

  /** The login's transaction, once the {@link LoginGate} has let it in. */
  private Outcome checkPassword(String name, String password, String remoteAddress) {
    Instant now = clock.instant();
    return transactions.inTransaction(
        Actor.ANONYMOUS,
        handle -> {
          lockAttempts(handle, name, remoteAddress);
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
            AttributedTransactions.attribute(handle, new Actor("user:" + user.get().username()));
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
  }

  private record Outcome(Duration retryAfter, IssuedToken token) {}

  /**
   * The user's own password change: needs the current password, which is checked like a login (the
   * same throttle and counts, so a stolen session cannot be used to guess it); revokes their other
   * tokens.
   *
   * @param remoteAddress the client's address, for per-address throttling (may be null)
   * @throws LoginRefusedException when throttled, even with the right current password, or busy
   * @throws InvalidInputException when the current password is wrong (recorded as a failed attempt,
   *     which is kept) or the new one breaks the {@link PasswordPolicy}
   */
  public void changeOwnPassword(
      SightlineUser self, String currentPassword, String newPassword, String remoteAddress)
      throws LoginRefusedException {
    PasswordCheck check =
        gate.admit(() -> checkAndChange(self, currentPassword, newPassword, remoteAddress));
    if (check.retryAfter() != null) {
      throw LoginRefusedException.throttled(check.retryAfter());
    }
    if (!check.changed()) {
      throw new InvalidInputException("currentPassword is wrong");
    }
  }

  /** The password change's transaction, once the {@link LoginGate} has let it in. */
  private PasswordCheck checkAndChange(
      SightlineUser self, String currentPassword, String newPassword, String remoteAddress) {
    Actor actor = Actor.of(self);
    Instant now = clock.instant();
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    return transactions.inTransaction(
        actor,
        handle -> {
          StoredUser user =
              handle
                  .attach(UserDao.class)
                  .findById(self.id())
                  .orElseThrow(() -> new EntityNotFoundException("no user " + self.id()));
          String name = normalise(user.username());
          lockAttempts(handle, name, remoteAddress);
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("userId", self.id());
          if (remoteAddress != null) {
            detail.put("remoteAddress", remoteAddress);
          }
          Optional<Duration> throttled =
              throttle.waitBeforeAttempt(handle, name, remoteAddress, now);
          if (throttled.isPresent()) {
            AuditLog.record(handle, "password-change-throttled", "login", name, detail);
            return new PasswordCheck(throttled.get(), false);
          }
          user = handle.attach(UserDao.class).lockById(self.id()).orElseThrow();
          boolean ok =
              currentPassword != null
                  && user.passwordHash() != null
                  && hasher.matches(currentPassword, user.passwordHash());
          if (!ok) {
            if (user.passwordHash() == null) {
              hasher.spendCheckTime(currentPassword == null ? "" : currentPassword);
            }
            handle.attach(LoginAttemptDao.class).record(name, remoteAddress, at, false);
            AuditLog.record(handle, "password-change-refused", "login", name, detail);
            return new PasswordCheck(null, false);
          }
          try {
            PasswordPolicy.check(user.username(), newPassword);
          } catch (IllegalArgumentException weak) {
            throw new InvalidInputException(weak.getMessage());
          }
          handle.attach(LoginAttemptDao.class).record(name, remoteAddress, at, true);
          handle.attach(UserDao.class).setPassword(self.id(), hasher.hash(newPassword), at);
          TokenDao tokens = handle.attach(TokenDao.class);
          for (StoredToken token : tokens.listForUser(self.id())) {
            if (token.id() != self.tokenId() && token.activeAt(now)) {
              tokens.revoke(token.id(), at, actor.name(), "password changed");
            }
          }
          return new PasswordCheck(null, true);
        });
  }

  private record PasswordCheck(Duration retryAfter, boolean changed) {}

  /** Username first, then address: one order everywhere, so two attempts never deadlock. */
  private static void lockAttempts(Handle handle, String username, String remoteAddress) {
    LoginAttemptDao attempts = handle.attach(LoginAttemptDao.class);
    attempts.lockUsername(username);
    if (remoteAddress != null) {
      attempts.lockAddress(remoteAddress);
    }
  }

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
