package org.sightline.server.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.readme.ReadmeExamples.Command;
import org.sightline.server.readme.ReadmeExamples.Example;
import org.sightline.server.readme.ReadmeExamples.Examples;
import org.sightline.server.readme.ReadmeExamples.Expectation;
import org.sightline.server.testing.CommandLineConfig;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;

/**
 * Every shell example of {@code README.md} ({@link ReadmeExamples} says which blocks and how their
 * expected outputs are written) runs as written, in order, in one bash session, against a fresh
 * instance: the whole application with the sample data on a fresh PostGIS database, whose first
 * start created {@code admin} and printed its password. The examples get that password as the
 * README tells the user to keep it, in {@code ADMIN_PASSWORD}; {@code scripts/sightline} runs on
 * the same database ({@code SIGHTLINE_CONFIG}) from the test's classes ({@code
 * SIGHTLINE_CLASSPATH}) instead of the packaged jar. The only changes to the text: {@code
 * http://localhost:8080} becomes the instance's random port, and {@code curl} reports each
 * response's status on standard error for the expectations. The files the examples read as the
 * user's own ({@code interview-03.pdf}, {@code drawings.kml}) are given in the working directory.
 * Each command must exit 0 and meet its expectations.
 */
@Tag("postgis")
class ReadmeExamplesTest {
  private static final Pattern PASSWORD =
      Pattern.compile("^  password: (\\S+)$", Pattern.MULTILINE);
  private static final String STATUS_MARK = "readme-test-http-status ";
  private static final String README_URL = "http://localhost:8080";

  @Test
  void everyShellExampleOfTheReadmeWorksAsWrittenOnAFreshInstall() throws Exception {
    Path root = repositoryRoot();
    Examples examples =
        ReadmeExamples.parse(Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8));
    assertThat(examples.examples()).as("the README's sh blocks").isNotEmpty();

    TestDatabase database = TestPostgis.freshDatabase();
    DropwizardAppExtension<SightlineConfiguration> app =
        SightlineAppFactory.on(database, ConfigOverride.config("auth.createFirstAdmin", "true"));
    String console = startCapturingConsole(app);
    try {
      Matcher shown = PASSWORD.matcher(console);
      assertThat(shown.find()).as("the first admin's password in:%n%s", console).isTrue();
      Path work = Files.createTempDirectory("sightline-readme-");
      Files.createSymbolicLink(work.resolve("scripts"), root.resolve("scripts"));
      copyFixture("interview-03.pdf", work);
      copyFixture("drawings.kml", work);
      List<String> failures =
          runAll(
              examples,
              work,
              "http://127.0.0.1:" + app.getLocalPort(),
              Map.of(
                  "ADMIN_PASSWORD", shown.group(1),
                  "SIGHTLINE_CONFIG", CommandLineConfig.write(database).toString(),
                  "SIGHTLINE_CLASSPATH", testClasspath(),
                  // Each command is a short-lived JVM: start it fast (the JIT's first tier only,
                  // one
                  // GC thread). Behaviour is the same; only the suite's time changes.
                  "SIGHTLINE_JAVA_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"));
      System.out.printf(
          "README examples: %d blocks, %d commands run, %d failed; %d blocks skipped:%n",
          examples.examples().size(),
          examples.commandCount(),
          failures.size(),
          examples.skipped().size());
      examples
          .skipped()
          .forEach(
              s ->
                  System.out.printf(
                      "  README line %d (%s): %s%n", s.line(), s.section(), s.reason()));
      assertThat(failures).as("README examples that failed").isEmpty();
    } finally {
      app.after();
    }
  }

  /** Runs every command in one bash session; returns what failed, with what it printed. */
  private static List<String> runAll(
      Examples examples, Path work, String baseUrl, Map<String, String> environment)
      throws IOException, InterruptedException {
    Path results = Files.createTempDirectory("sightline-readme-results-");
    StringBuilder script = new StringBuilder();
    script.append("cd '").append(work).append("'\n");
    script.append(
        "curl() { command curl -w '%{stderr}\\n" + STATUS_MARK + "%{http_code}\\n' \"$@\"; }\n");
    List<Command> commands = new ArrayList<>();
    for (Example example : examples.examples()) {
      for (Command command : example.commands()) {
        int n = commands.size();
        commands.add(command);
        String prefix = results.resolve(Integer.toString(n)).toString();
        script
            .append("{\n")
            .append(command.text().replace(README_URL, baseUrl))
            .append("} < /dev/null > '")
            .append(prefix)
            .append(".out' 2> '")
            .append(prefix)
            .append(".err'\necho $? > '")
            .append(prefix)
            .append(".rc'\n");
      }
    }
    Path scriptFile = results.resolve("readme.sh");
    Files.writeString(scriptFile, script, StandardCharsets.UTF_8);
    ProcessBuilder bash =
        new ProcessBuilder("bash", scriptFile.toString())
            .redirectOutput(results.resolve("bash.out").toFile())
            .redirectError(results.resolve("bash.err").toFile());
    bash.environment().putAll(environment);
    bash.environment()
        .put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
    Process process = bash.start();
    process.getOutputStream().close();
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("the examples finished").isTrue();

    List<String> failures = new ArrayList<>();
    for (int n = 0; n < commands.size(); n++) {
      Command command = commands.get(n);
      Path rc = results.resolve(n + ".rc");
      String out = read(results.resolve(n + ".out"));
      String err = read(results.resolve(n + ".err"));
      List<String> problems = new ArrayList<>();
      String status = Files.exists(rc) ? Files.readString(rc).strip() : "(not run)";
      if (!status.equals("0")) {
        problems.add("exit status " + status);
      }
      Integer httpStatus = lastHttpStatus(err);
      for (Expectation expected : command.expectations()) {
        if (expected.httpStatus() != null && !expected.httpStatus().equals(httpStatus)) {
          problems.add("HTTP status " + httpStatus + ", expected " + expected.httpStatus());
        }
        if (!expected.outputMatches(out)) {
          problems.add("output does not show: " + expected.outputPattern());
        }
      }
      if (!problems.isEmpty()) {
        failures.add(
            "README line %d: %s%n%s%n  stdout: %s%n  stderr: %s"
                .formatted(
                    command.line(),
                    String.join("; ", problems),
                    command.text().strip(),
                    abbreviate(out),
                    abbreviate(err.replaceAll("(?m)^" + STATUS_MARK + ".*$", "").strip())));
      }
    }
    return failures;
  }

  private static Integer lastHttpStatus(String err) {
    Integer status = null;
    for (String line : err.lines().toList()) {
      if (line.startsWith(STATUS_MARK)) {
        status = Integer.valueOf(line.substring(STATUS_MARK.length()).strip());
      }
    }
    return status;
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  private static String abbreviate(String text) {
    return text.length() > 1500 ? text.substring(0, 1500) + "..." : text;
  }

  /** Starts the application; returns what it printed on the console meanwhile. */
  private static String startCapturingConsole(DropwizardAppExtension<SightlineConfiguration> app)
      throws Exception {
    PrintStream console = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(new Tee(console, captured), true, StandardCharsets.UTF_8));
    try {
      app.before();
    } finally {
      System.setOut(console);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static void copyFixture(String name, Path work) throws IOException {
    try (InputStream in = ReadmeExamplesTest.class.getResourceAsStream("/readme/" + name)) {
      assertThat(in).as("test resource readme/%s", name).isNotNull();
      Files.copy(in, work.resolve(name));
    }
  }

  private static String testClasspath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  /** The directory holding README.md and scripts/ (the tests run in the server module). */
  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("scripts/sightline"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("a parent directory with scripts/sightline").isNotNull();
    return dir;
  }

  /** Writes to the real console and to a buffer. */
  private static final class Tee extends OutputStream {
    private final OutputStream console;
    private final OutputStream copy;

    Tee(OutputStream console, OutputStream copy) {
      this.console = console;
      this.copy = copy;
    }

    @Override
    public void write(int b) throws IOException {
      console.write(b);
      copy.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      console.write(bytes, offset, length);
      copy.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
      console.flush();
      copy.flush();
    }
  }
}
