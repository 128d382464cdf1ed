package org.sightline.server.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.sightline.geodata.text.DisplayText;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.audit.AuditLog;
import org.sightline.server.audit.RecordHistory;
import org.sightline.server.audit.RecordVersion;
import org.sightline.server.errors.ConflictException;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.errors.StaleVersionException;

/**
 * Managing users: create, set roles, reset a password (changing one's own is {@link
 * LoginService#changeOwnPassword}), deactivate, read history. Used by the API and the {@code user}
 * command alike. Every change is one attributed transaction (audited and kept in history by the
 * database); role changes and deactivation name the version they were based on. The last active
 * admin cannot be demoted or deactivated, even by two admins demoting each other at the same
 * moment: such changes queue on one database lock. Thread-safe.
 */
public final class UserAccounts {
  public static final String FIRST_ADMIN = "admin";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final AttributedTransactions transactions;
  private final PasswordHasher hasher;
  private final Clock clock;

  public UserAccounts(AttributedTransactions transactions, PasswordHasher hasher, Clock clock) {
    this.transactions = transactions;
    this.hasher = hasher;
    this.clock = clock;
  }

  /**
   * @param password the first password, or null for a user that logs in with API tokens only
   */
  public StoredUser create(
      Actor actor, String username, String displayName, String password, Set<Role> roles) {
    String name = requireUsername(username);
    String display = displayName == null || displayName.isBlank() ? null : displayName.strip();
    if (display != null
        && (display.length() > 200 || DisplayText.firstRefused(display, false).isPresent())) {
      throw new InvalidInputException(
          DisplayText.problem("displayName", display, false)
              .orElse("displayName must be at most 200 characters"));
    }
    String hash = null;
    if (password != null) {
      checkPassword(name, password);
      hash = hasher.hash(password);
    }
    String passwordHash = hash;
    return transactions.inTransaction(
        actor,
        handle -> {
          UserDao users = handle.attach(UserDao.class);
          if (users.findByUsername(name).isPresent()) {
            throw new ConflictException(
                "username '"
                    + name
                    + "' is taken (users are never deleted, so names are never reused)");
          }
          long id =
              users.insert(
                  new UserDao.NewUser(
                      name, display, passwordHash, codes(roles), now(), actor.name()));
          return users.findById(id).orElseThrow();
        });
  }

  public StoredUser setRoles(Actor actor, long userId, Set<Role> roles, int expectedVersion) {
    return transactions.inTransaction(
        actor,
        handle -> {
          UserDao users = handle.attach(UserDao.class);
          // Taken before the user's row, in every such change, so they queue in one order; the
          // count below then sees every change committed before it (READ COMMITTED).
          users.lockAdminChanges();
          StoredUser user = lockedUser(handle, userId);
          requireVersion(user, expectedVersion);
          if (user.roles().contains(Role.ADMIN)
              && !roles.contains(Role.ADMIN)
              && user.active()
              && users.countActiveAdmins() <= 1) {
            throw new ConflictException(
                "user '" + user.username() + "' is the last active admin and must keep that role");
          }
          users.setRoles(userId, codes(roles), expectedVersion);
          return users.findById(userId).orElseThrow();
        });
  }

  /** Sets a new password and revokes every token of the user. */
  public void resetPassword(Actor actor, long userId, String newPassword) {
    transactions.useTransaction(
        actor,
        handle -> {
          StoredUser user = lockedUser(handle, userId);
          checkPassword(user.username(), newPassword);
          handle.attach(UserDao.class).setPassword(userId, hasher.hash(newPassword), now());
          handle
              .attach(TokenDao.class)
              .revokeAllForUser(userId, now(), actor.name(), "password reset");
        });
  }

  /**
   * Soft-deletes the user: kept with actor and reason, can no longer log in; all tokens revoked.
   */
  public StoredUser deactivate(Actor actor, long userId, String reason, int expectedVersion) {
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      throw new InvalidInputException("reason is required (1 to 1000 characters)");
    }
    return transactions.inTransaction(
        actor,
        handle -> {
          UserDao users = handle.attach(UserDao.class);
          // Taken before the user's row, in every such change, so they queue in one order; the
          // count below then sees every change committed before it (READ COMMITTED).
          users.lockAdminChanges();
          StoredUser user = lockedUser(handle, userId);
          requireVersion(user, expectedVersion);
          if (!user.active()) {
            throw new ConflictException("user '" + user.username() + "' is already deactivated");
          }
          if (user.roles().contains(Role.ADMIN) && users.countActiveAdmins() <= 1) {
            throw new ConflictException(
                "user '"
                    + user.username()
                    + "' is the last active admin and cannot be deactivated");
          }
          users.deactivate(userId, now(), actor.name(), reason.strip(), expectedVersion);
          handle
              .attach(TokenDao.class)
              .revokeAllForUser(userId, now(), actor.name(), "user deactivated");
          return users.findById(userId).orElseThrow();
        });
  }

  public StoredUser get(long userId) {
    return transactions
        .jdbi()
        .withHandle(handle -> handle.attach(UserDao.class).findById(userId))
        .orElseThrow(() -> new EntityNotFoundException("no user with id " + userId));
  }

  public Optional<StoredUser> findByUsername(String username) {
    return transactions
        .jdbi()
        .withHandle(
            handle ->
                handle
                    .attach(UserDao.class)
                    .findByUsername(username.strip().toLowerCase(Locale.ROOT)));
  }

  public List<StoredUser> list() {
    return transactions.jdbi().withHandle(handle -> handle.attach(UserDao.class).list());
  }

  /** All users, for an administrator; the read is audited. */
  public List<StoredUser> list(Actor reader) {
    return transactions.inTransaction(
        reader,
        handle -> {
          List<StoredUser> users = handle.attach(UserDao.class).list();
          AuditLog.record(handle, "list", "app_user", "all", Map.of("returned", users.size()));
          return users;
        });
  }

  /** One user, for an administrator; the read is audited. */
  public StoredUser describe(Actor reader, long userId) {
    return transactions.inTransaction(
        reader,
        handle -> {
          StoredUser user =
              handle
                  .attach(UserDao.class)
                  .findById(userId)
                  .orElseThrow(() -> new EntityNotFoundException("no user with id " + userId));
          AuditLog.record(handle, "read", "app_user", Long.toString(userId), null);
          return user;
        });
  }

  /** Every version of a user record, for an administrator; the read is audited. */
  public List<RecordVersion> history(Actor reader, long userId) {
    return transactions.inTransaction(
        reader,
        handle -> {
          if (handle.attach(UserDao.class).findById(userId).isEmpty()) {
            throw new EntityNotFoundException("no user with id " + userId);
          }
          AuditLog.record(handle, "read-history", "app_user", Long.toString(userId), null);
          return RecordHistory.of(handle, "app_user", Long.toString(userId));
        });
  }

  /**
   * On a database without users, creates {@value #FIRST_ADMIN} with a random password.
   *
   * @return the generated password (shown once, never stored in clear), or empty when users exist
   */
  public Optional<String> createFirstAdminIfNone() {
    return transactions.inTransaction(
        Actor.system("first-start"),
        handle -> {
          UserDao users = handle.attach(UserDao.class);
          users.lockFirstAdminCreation();
          if (users.count() > 0) {
            return Optional.<String>empty();
          }
          String password = randomPassword();
          users.insert(
              new UserDao.NewUser(
                  FIRST_ADMIN,
                  "First administrator",
                  hasher.hash(password),
                  new String[] {Role.ADMIN.code()},
                  now(),
                  "system:first-start"));
          return Optional.of(password);
        });
  }

  /** 20 characters from a 62-letter alphabet plus separators: about 119 bits. */
  public static String randomPassword() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    String base = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return base.substring(0, 6)
        + "-"
        + base.substring(6, 12)
        + "-"
        + base.substring(12, 18)
        + "-"
        + base.substring(18);
  }

  public static String requireUsername(String username) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    if (!name.matches("[a-z0-9][a-z0-9._-]{1,62}")) {
      throw new InvalidInputException(
          "username must be 2 to 63 characters: lowercase letters, digits, '.', '_' or '-',"
              + " starting with a letter or digit; got '"
              + (name.length() > 80 ? name.substring(0, 80) + "..." : name)
              + "'");
    }
    return name;
  }

  /** Role codes to roles; unknown codes are refused with the list of valid ones. */
  public static Set<Role> parseRoles(List<String> codes) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (codes == null) {
      return roles;
    }
    for (String code : codes) {
      try {
        roles.add(Role.fromCode(code == null ? "" : code.strip()));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(e.getMessage());
      }
    }
    return roles;
  }

  private static void checkPassword(String username, String password) {
    try {
      PasswordPolicy.check(username, password);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage());
    }
  }

  private static StoredUser lockedUser(Handle handle, long userId) {
    return handle
        .attach(UserDao.class)
        .lockById(userId)
        .orElseThrow(() -> new EntityNotFoundException("no user with id " + userId));
  }

  private static void requireVersion(StoredUser user, int expectedVersion) {
    if (user.version() != expectedVersion) {
      throw new StaleVersionException(
          "user '" + user.username() + "'", expectedVersion, user.version());
    }
  }

  private static String[] codes(Set<Role> roles) {
    return roles.stream().sorted().map(Role::code).toArray(String[]::new);
  }

  private OffsetDateTime now() {
    Instant now = clock.instant();
    return now.atOffset(ZoneOffset.UTC);
  }
}
