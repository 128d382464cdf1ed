package org.sightline.server.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.sourceforge.argparse4j.helper.HelpScreenException;
import net.sourceforge.argparse4j.inf.ArgumentParserException;
import org.sightline.server.errors.FirstLine;

/**
 * The command line's standard error as an operator reads it. Dropwizard's {@code Cli} answers a
 * usage error (unknown command, action or option, a missing argument) with the reason and then the
 * whole usage text; this keeps the reason alone, on one line, with where to find the usage. What
 * the commands themselves print ({@link CommandFailure}'s one line) passes unchanged. Holds what
 * the {@code Cli} writes until it has finished.
 */
public final class CommandLineErrors {
  private final ByteArrayOutputStream held = new ByteArrayOutputStream();
  private final PrintStream stderr;

  /**
   * @param stderr where the errors finally go
   */
  public CommandLineErrors(PrintStream stderr) {
    this.stderr = stderr;
  }

  /** The stream to give the {@code Cli} as its standard error. */
  public OutputStream stream() {
    return held;
  }

  /** Writes what the {@code Cli} wrote, a usage error reduced to its reason; after it finished. */
  public void finish(Optional<Throwable> failure) {
    String text = held.toString(StandardCharsets.UTF_8);
    if (failure.isPresent()
        && failure.get() instanceof ArgumentParserException usage
        && !(usage instanceof HelpScreenException)) {
      stderr.println(oneLine(usage));
    } else {
      stderr.print(text);
    }
    stderr.flush();
  }

  static String oneLine(ArgumentParserException usage) {
    return "sightline: " + FirstLine.of(usage.getMessage()) + " (see scripts/sightline --help)";
  }
}
