package org.sightline.server.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell examples of a README, by its convention:
 *
 * <ul>
 *   <li>an example is a fenced block opened with {@code ```sh}; other fences ({@code ```json},
 *       plain {@code ```}) are illustrations and are not run;
 *   <li>an example that cannot run in a test ({@code scripts/run} itself, an external database) is
 *       marked by the comment {@code <!-- readme-test: skip REASON -->} on a line of its own right
 *       before the fence; it is skipped and counted, with its reason;
 *   <li>a command is a line and its continuation lines (ending in {@code \}, or inside a quoted
 *       string that goes on to the next line, or a here-document up to its end word); comment lines
 *       between commands are ignored, except expectations;
 *   <li>an expectation is a comment {@code # → ...}, at the end of a command's last line or on a
 *       line of its own after it: {@code # → 200} (the HTTP status of the command's last {@code
 *       curl} response), {@code # → 200 TEXT} (that status, and TEXT in the standard output) or
 *       {@code # → TEXT} (TEXT in the standard output). In TEXT, {@code ...} stands for anything.
 * </ul>
 */
public final class ReadmeExamples {
  /** The expectation marker in a comment. */
  public static final String EXPECT = "# \u2192";

  private static final Pattern SKIP =
      Pattern.compile("^<!--\\s*readme-test:\\s*skip\\s+(.+?)\\s*-->$");
  private static final Pattern HEREDOC = Pattern.compile("<<-?\\s*['\"]?(\\w+)['\"]?");
  private static final Pattern STATUS = Pattern.compile("^([1-5][0-9]{2})(?:\\s+(.*))?$");

  private ReadmeExamples() {}

  /** What a command must do besides exiting 0. */
  public record Expectation(Integer httpStatus, String outputPattern) {
    /** Whether {@code output} shows the pattern (with {@code ...} standing for anything). */
    public boolean outputMatches(String output) {
      if (outputPattern == null) {
        return true;
      }
      StringBuilder regex = new StringBuilder();
      for (String literal : outputPattern.split("\\.\\.\\.", -1)) {
        if (regex.length() > 0) {
          regex.append("[\\s\\S]*?");
        }
        regex.append(Pattern.quote(literal));
      }
      return Pattern.compile(regex.toString()).matcher(output).find();
    }

    static Expectation parse(String text) {
      Matcher status = STATUS.matcher(text.strip());
      if (status.matches()) {
        String rest = status.group(2);
        return new Expectation(
            Integer.parseInt(status.group(1)), rest == null || rest.isBlank() ? null : rest);
      }
      return new Expectation(null, text.strip());
    }
  }

  /** One command as written (continuation lines included) and what it must do. */
  public record Command(int line, String text, List<Expectation> expectations) {}

  /** One fenced {@code sh} block. */
  public record Example(int line, String section, List<Command> commands) {}

  /** A block marked as not runnable in a test. */
  public record Skipped(int line, String section, String reason) {}

  /** The runnable examples in order, and the skipped ones. */
  public record Examples(List<Example> examples, List<Skipped> skipped) {
    public int commandCount() {
      return examples.stream().mapToInt(e -> e.commands().size()).sum();
    }
  }

  public static Examples parse(String readme) {
    List<Example> examples = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    String[] lines = readme.split("\n", -1);
    String section = "";
    String skipReason = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("#")) {
        section = line.replaceFirst("^#+\\s*", "");
      }
      Matcher skip = SKIP.matcher(line.strip());
      if (skip.matches()) {
        skipReason = skip.group(1);
        continue;
      }
      if (line.startsWith("```")) {
        int open = i;
        List<String> body = new ArrayList<>();
        for (i++; i < lines.length && !lines[i].startsWith("```"); i++) {
          body.add(lines[i]);
        }
        if (line.strip().equals("```sh")) {
          if (skipReason != null) {
            skipped.add(new Skipped(open + 1, section, skipReason));
          } else {
            examples.add(new Example(open + 1, section, commands(open + 2, body)));
          }
        }
        skipReason = null;
        continue;
      }
      if (!line.isBlank()) {
        skipReason = null;
      }
    }
    return new Examples(List.copyOf(examples), List.copyOf(skipped));
  }

  /** Whether the text ends inside a single- or double-quoted shell string. */
  static boolean insideQuotes(CharSequence text) {
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote == '\'') {
        if (c == '\'') {
          quote = 0;
        }
      } else if (c == '\\') {
        i++;
      } else if (quote == '"') {
        if (c == '"') {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
      }
    }
    return quote != 0;
  }

  private static List<Command> commands(int firstLine, List<String> body) {
    List<Command> commands = new ArrayList<>();
    StringBuilder text = null;
    int start = 0;
    List<Expectation> expectations = null;
    String heredocEnd = null;
    for (int n = 0; n < body.size(); n++) {
      String line = body.get(n);
      String stripped = line.strip();
      if (heredocEnd != null) {
        text.append(line).append('\n');
        if (stripped.equals(heredocEnd)) {
          heredocEnd = null;
          expectations = new ArrayList<>();
          commands.add(new Command(start, text.toString(), expectations));
          text = null;
        }
        continue;
      }
      if (text == null) {
        if (stripped.startsWith(EXPECT)) {
          if (expectations == null) {
            throw new IllegalArgumentException(
                "README line " + (firstLine + n) + ": an expectation before any command");
          }
          expectations.add(Expectation.parse(stripped.substring(EXPECT.length())));
          continue;
        }
        if (stripped.isEmpty() || stripped.startsWith("#")) {
          continue;
        }
        text = new StringBuilder();
        start = firstLine + n;
      }
      text.append(line).append('\n');
      if (!line.endsWith("\\") && !insideQuotes(text)) {
        Matcher heredoc = HEREDOC.matcher(line);
        if (heredoc.find()) {
          heredocEnd = heredoc.group(1);
          continue;
        }
        expectations = new ArrayList<>();
        int marker = line.indexOf(" " + EXPECT);
        if (marker >= 0) {
          expectations.add(Expectation.parse(line.substring(marker + 1 + EXPECT.length())));
        }
        commands.add(new Command(start, text.toString(), expectations));
        text = null;
      }
    }
    if (text != null || heredocEnd != null) {
      throw new IllegalArgumentException(
          "README line " + start + ": a command continued past the end of its block");
    }
    return commands;
  }
}
