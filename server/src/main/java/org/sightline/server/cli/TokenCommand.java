package org.sightline.server.cli;

import java.time.Duration;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.sightline.server.auth.ApiTokens;
import org.sightline.server.auth.IssuedToken;
import org.sightline.server.auth.StoredToken;
import org.sightline.server.auth.TokenIssuer;

/**
 * {@code token create|list|revoke <config.yml>}: API tokens for scripts, managed by an operator.
 */
public final class TokenCommand extends DatabaseCommand {
  public TokenCommand() {
    super("token", "Manage API tokens", "create", "list", "revoke");
  }

  @Override
  protected void configureOptions(Subparser subparser) {
    subparser.addArgument("--username").help("whose token (create, list)");
    subparser.addArgument("--label").help("what the token is for (create)");
    subparser
        .addArgument("--days")
        .type(Integer.class)
        .help("lifetime in days (create; default from auth.apiTokenDefaultTtl)");
    subparser.addArgument("--id").type(Long.class).help("the token's id (revoke)");
    subparser.addArgument("--reason").help("why (revoke)");
  }

  @Override
  protected void run(Context context, String action, Namespace namespace) {
    ApiTokens tokens =
        new ApiTokens(
            context.transactions(),
            new TokenIssuer(context.clock(), context.config().getAuth()),
            context.clock());
    switch (action) {
      case "create" -> {
        Integer days = namespace.getInt("days");
        if (days != null && days < 1) {
          throw new IllegalArgumentException("--days must be at least 1");
        }
        IssuedToken token =
            tokens.create(
                null,
                context.actor(),
                required(namespace, "username"),
                namespace.getString("label"),
                days == null ? null : Duration.ofDays(days));
        context
            .out()
            .println(
                "Token "
                    + token.id()
                    + " for '"
                    + namespace.getString("username")
                    + "', expires "
                    + token.expiresAt()
                    + ". Shown only now:");
        context.out().println(token.token());
      }
      case "list" -> {
        for (StoredToken token : tokens.list(null, required(namespace, "username"))) {
          context
              .out()
              .printf(
                  "%-5d %-8s %-12s %-30s expires %s%s%n",
                  token.id(),
                  token.kind(),
                  token.shownPrefix() + "…",
                  token.label() == null ? "" : token.label(),
                  token.expiresAt(),
                  token.revokedAt() == null ? "" : "  revoked " + token.revokedAt());
        }
      }
      case "revoke" -> {
        Long id = namespace.getLong("id");
        if (id == null) {
          throw new IllegalArgumentException("--id is required for 'revoke'");
        }
        StoredToken revoked =
            tokens.revoke(null, context.actor(), id, namespace.getString("reason"));
        context
            .out()
            .println("Token " + revoked.id() + " of '" + revoked.username() + "' revoked.");
      }
      default -> throw new IllegalArgumentException("unknown action " + action);
    }
  }

  private static String required(Namespace namespace, String option) {
    String value = namespace.getString(option);
    if (value == null) {
      throw new IllegalArgumentException("--" + option + " is required");
    }
    return value;
  }
}
