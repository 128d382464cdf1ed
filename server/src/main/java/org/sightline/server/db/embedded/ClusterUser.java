package org.sightline.server.db.embedded;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The operating-system user the PostgreSQL cluster runs as, and how to run programs as that user.
 *
 * <p>PostgreSQL refuses to run as root. When this JVM runs as root, cluster programs are started
 * through {@code runuser -u <user> --} as an unprivileged user (by default {@code postgres}, which
 * Debian's PostgreSQL package creates, else {@code nobody}); otherwise they run as the current
 * user.
 *
 * @param name the user's name, or null to run as the current user
 */
public record ClusterUser(String name) {

  /** Chooses the user: the current one, unless it is root. */
  public static ClusterUser forCurrentProcess(String preferredUnprivilegedUser) {
    if (!isRoot()) {
      return new ClusterUser(null);
    }
    if (preferredUnprivilegedUser != null && !preferredUnprivilegedUser.isBlank()) {
      return new ClusterUser(preferredUnprivilegedUser);
    }
    return new ClusterUser(userExists("postgres") ? "postgres" : "nobody");
  }

  public static boolean isRoot() {
    return new UnixSystem().getUid() == 0;
  }

  public boolean isCurrentUser() {
    return name == null;
  }

  /** The command line that runs {@code command} as this user. */
  public List<String> wrap(List<String> command) {
    if (name == null) {
      return command;
    }
    List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", name, "--"));
    wrapped.addAll(command);
    return wrapped;
  }

  /** Gives this user ownership of {@code path} and everything under it (only needed as root). */
  public void takeOwnership(Path path) {
    if (name == null) {
      return;
    }
    Result result =
        runAsRoot(List.of("chown", "-R", name + ":", path.toString()), Duration.ofMinutes(2));
    if (result.exitCode() != 0) {
      throw new EmbeddedPostgisException(
          "could not give " + path + " to OS user '" + name + "': " + result.output());
    }
  }

  /** Whether this user can enter and write {@code directory}. */
  public boolean canWrite(Path directory) {
    if (name == null) {
      return true;
    }
    return run(
                List.of("test", "-w", directory.toString(), "-a", "-x", directory.toString()),
                Duration.ofSeconds(30))
            .exitCode()
        == 0;
  }

  /** Runs a command as this user, waiting at most {@code timeout}. */
  public Result run(List<String> command, Duration timeout) {
    return runAsRoot(wrap(command), timeout);
  }

  private static Result runAsRoot(List<String> command, Duration timeout) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().close();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        return new Result(
            -1, "timed out after " + timeout.toSeconds() + " s: " + String.join(" ", command));
      }
      return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8).trim());
    } catch (IOException e) {
      return new Result(-1, "could not run " + command.get(0) + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(-1, "interrupted");
    }
  }

  private static boolean userExists(String user) {
    return runAsRoot(List.of("id", "-u", user), Duration.ofSeconds(10)).exitCode() == 0;
  }

  /** A finished program: its exit code and its combined output. */
  public record Result(int exitCode, String output) {}
}
