package org.sightline.server.testing;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.auth.AuthConfiguration;
import org.sightline.server.auth.PasswordHasher;
import org.sightline.server.auth.Role;
import org.sightline.server.auth.StoredUser;
import org.sightline.server.auth.TokenIssuer;
import org.sightline.server.auth.UserAccounts;

/** Creates users and API tokens in a test database, through the same services the server uses. */
public final class TestUsers {
  public static final String PASSWORD = "correct horse battery staple";
  private final AttributedTransactions transactions;
  private final UserAccounts accounts;
  private final TokenIssuer issuer;

  public TestUsers(TestDatabase database, Clock clock) {
    this.transactions = new AttributedTransactions(database.appJdbi());
    this.accounts = new UserAccounts(transactions, new PasswordHasher(), clock);
    this.issuer = new TokenIssuer(clock, new AuthConfiguration());
  }

  public StoredUser create(String username, Role... roles) {
    return accounts.create(
        Actor.system("test"),
        username,
        null,
        PASSWORD,
        roles.length == 0 ? Set.of() : Set.of(roles));
  }

  /**
   * A new user with these roles, without a password (API tokens only), and an API token for them.
   */
  public String tokenFor(String username, Role... roles) {
    StoredUser user =
        accounts.create(
            Actor.system("test"),
            username,
            null,
            null,
            roles.length == 0 ? Set.of() : Set.of(roles));
    return transactions.inTransaction(
        Actor.system("test"),
        handle ->
            issuer.issueApi(handle, user.id(), "test", Duration.ofDays(30), "system:test").token());
  }

  public UserAccounts accounts() {
    return accounts;
  }
}
