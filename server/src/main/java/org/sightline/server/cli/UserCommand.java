package org.sightline.server.cli;

import java.io.IOException;
import java.util.List;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.sightline.server.auth.PasswordHasher;
import org.sightline.server.auth.Role;
import org.sightline.server.auth.StoredUser;
import org.sightline.server.auth.UserAccounts;
import org.sightline.server.errors.EntityNotFoundException;

/**
 * {@code user create|roles|reset-password|deactivate|list <config.yml>}: user management for
 * operators. A generated password is printed once; {@code --password-stdin} reads one instead.
 */
public final class UserCommand extends DatabaseCommand {
  public UserCommand() {
    super(
        "user",
        "Manage Sightline users",
        "create",
        "roles",
        "reset-password",
        "deactivate",
        "list");
  }

  @Override
  protected void configureOptions(Subparser subparser) {
    subparser.addArgument("--username").help("the user's login name");
    subparser
        .addArgument("--display-name")
        .dest("displayName")
        .help("a human-readable name (create)");
    subparser
        .addArgument("--role")
        .dest("roles")
        .action(Arguments.append())
        .help("a role to hold (repeat for several): " + Role.allCodes());
    subparser
        .addArgument("--password-stdin")
        .dest("passwordStdin")
        .action(Arguments.storeTrue())
        .help("read the password from standard input instead of generating one");
    subparser.addArgument("--reason").help("why (deactivate)");
  }

  @Override
  protected void run(Context context, String action, Namespace namespace) throws Exception {
    UserAccounts accounts =
        new UserAccounts(context.transactions(), new PasswordHasher(), context.clock());
    if (action.equals("list")) {
      for (StoredUser user : accounts.list()) {
        context
            .out()
            .printf(
                "%-5d %-24s %-32s %s v%d%n",
                user.id(),
                user.username(),
                String.join(",", user.roles().stream().sorted().map(Role::code).toList()),
                user.active() ? "active" : "deactivated " + user.deactivatedAt(),
                user.version());
      }
      return;
    }
    String username = namespace.getString("username");
    if (username == null) {
      throw new IllegalArgumentException("--username is required for '" + action + "'");
    }
    List<String> roleCodes = namespace.getList("roles");
    switch (action) {
      case "create" -> {
        String given = password(namespace);
        String password = given == null ? UserAccounts.randomPassword() : given;
        StoredUser user =
            accounts.create(
                context.actor(),
                username,
                namespace.getString("displayName"),
                password,
                UserAccounts.parseRoles(roleCodes));
        context
            .out()
            .println(
                "Created user '"
                    + user.username()
                    + "' (id "
                    + user.id()
                    + ") with roles "
                    + user.roles().stream().sorted().map(Role::code).toList());
        if (given == null) {
          context.out().println("Password (shown only now): " + password);
        }
      }
      case "roles" -> {
        StoredUser user = find(accounts, username);
        StoredUser changed =
            accounts.setRoles(
                context.actor(), user.id(), UserAccounts.parseRoles(roleCodes), user.version());
        context
            .out()
            .println(
                "User '"
                    + changed.username()
                    + "' now holds "
                    + changed.roles().stream().sorted().map(Role::code).toList());
      }
      case "reset-password" -> {
        StoredUser user = find(accounts, username);
        String password = password(namespace);
        String newPassword = password == null ? UserAccounts.randomPassword() : password;
        accounts.resetPassword(context.actor(), user.id(), newPassword);
        context
            .out()
            .println(
                "Password of '" + user.username() + "' reset; all of their tokens are revoked.");
        if (password == null) {
          context.out().println("New password (shown only now): " + newPassword);
        }
      }
      case "deactivate" -> {
        StoredUser user = find(accounts, username);
        accounts.deactivate(
            context.actor(), user.id(), namespace.getString("reason"), user.version());
        context
            .out()
            .println(
                "User '" + user.username() + "' deactivated; all of their tokens are revoked.");
      }
      default -> throw new IllegalArgumentException("unknown action " + action);
    }
  }

  private static String password(Namespace namespace) throws IOException {
    return Boolean.TRUE.equals(namespace.getBoolean("passwordStdin")) ? readLineFromStdin() : null;
  }

  private static StoredUser find(UserAccounts accounts, String username) {
    return accounts
        .findByUsername(username)
        .orElseThrow(() -> new EntityNotFoundException("no user named '" + username + "'"));
  }
}
