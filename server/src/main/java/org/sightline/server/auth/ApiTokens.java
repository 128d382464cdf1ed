package org.sightline.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.errors.ConflictException;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.ForbiddenException;
import org.sightline.server.errors.InvalidInputException;

/**
 * Long-lived API tokens for scripts: created and revoked by their owner or an admin, listed without
 * their secrets. Who may act on whose tokens is decided here, not in the resource, so the command
 * line and the API follow the same rule. Thread-safe.
 */
public final class ApiTokens {
  private final AttributedTransactions transactions;
  private final TokenIssuer issuer;
  private final Clock clock;

  public ApiTokens(AttributedTransactions transactions, TokenIssuer issuer, Clock clock) {
    this.transactions = transactions;
    this.issuer = issuer;
    this.clock = clock;
  }

  /**
   * @param caller who asks (null: an operator on the command line, acting as admin)
   * @param username whose token; null for the caller's own
   */
  public IssuedToken create(
      SightlineUser caller, Actor actor, String username, String label, Duration ttl) {
    return transactions.inTransaction(
        actor,
        handle -> {
          StoredUser owner = target(handle.attach(UserDao.class), caller, username);
          if (!owner.active()) {
            throw new ConflictException("user '" + owner.username() + "' is deactivated");
          }
          try {
            return issuer.issueApi(handle, owner.id(), label, ttl, actor.name());
          } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
          }
        });
  }

  public List<StoredToken> list(SightlineUser caller, String username) {
    return transactions
        .jdbi()
        .withHandle(
            handle -> {
              StoredUser owner = target(handle.attach(UserDao.class), caller, username);
              return handle.attach(TokenDao.class).listForUser(owner.id());
            });
  }

  /** Revokes a token of the caller's (or any, for an admin or the command line). */
  public StoredToken revoke(SightlineUser caller, Actor actor, long tokenId, String reason) {
    String why = reason == null || reason.isBlank() ? "revoked by " + actor.name() : reason.strip();
    if (why.length() > 1000) {
      throw new InvalidInputException("reason must be at most 1000 characters");
    }
    return transactions.inTransaction(
        actor,
        handle -> {
          TokenDao tokens = handle.attach(TokenDao.class);
          StoredToken token =
              tokens
                  .findById(tokenId)
                  .filter(
                      t ->
                          caller == null || caller.hasRole(Role.ADMIN) || t.userId() == caller.id())
                  .orElseThrow(
                      () ->
                          new EntityNotFoundException("no token with id " + tokenId + " of yours"));
          if (token.revokedAt() != null) {
            throw new ConflictException(
                "token " + tokenId + " was already revoked at " + token.revokedAt());
          }
          tokens.revoke(tokenId, clock.instant().atOffset(ZoneOffset.UTC), actor.name(), why);
          return tokens.findById(tokenId).orElseThrow();
        });
  }

  private static StoredUser target(UserDao users, SightlineUser caller, String username) {
    if (username == null
        || username.isBlank()
        || (caller != null && username.strip().equalsIgnoreCase(caller.username()))) {
      if (caller == null) {
        throw new InvalidInputException("name the user whose tokens these are");
      }
      return users.findById(caller.id()).orElseThrow();
    }
    if (caller != null && !caller.hasRole(Role.ADMIN)) {
      throw new ForbiddenException("only an admin may manage another user's tokens");
    }
    String name = UserAccounts.requireUsername(username);
    return users
        .findByUsername(name)
        .orElseThrow(() -> new EntityNotFoundException("no user named '" + name + "'"));
  }
}
