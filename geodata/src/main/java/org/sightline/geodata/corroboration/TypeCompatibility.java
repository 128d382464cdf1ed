package org.sightline.geodata.corroboration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.sightline.geodata.InvalidDataException;

/**
 * Which event types may describe one event: rules as data, read from a CSV file with the header
 * {@code type_a,type_b,compatible,note} ({@code compatible} is {@code true} or {@code false}, the
 * note says why). Rules are symmetric; a type is always compatible with itself; a pair no rule
 * lists is incompatible ({@code false} rows record deliberate refusals, for readers of the table).
 * The built-in table is {@code org/sightline/geodata/corroboration/type-compatibility.csv} ({@link
 * #defaults()}), documented in {@code docs/CORROBORATION.md}. Immutable and thread-safe.
 */
public final class TypeCompatibility {
  /** The built-in table's resource name, beside this class. */
  public static final String RESOURCE = "type-compatibility.csv";

  private static final List<String> HEADER = List.of("type_a", "type_b", "compatible", "note");

  private static final TypeCompatibility DEFAULTS = loadDefaults();

  private final List<TypeRule> rules;
  private final Map<EventType, Map<EventType, TypeRule>> byPair;

  private TypeCompatibility(List<TypeRule> rules) {
    this.rules = List.copyOf(rules);
    this.byPair = byPair(rules);
  }

  /** The rules by both of their types, in both orders. */
  private static Map<EventType, Map<EventType, TypeRule>> byPair(List<TypeRule> rules) {
    Map<EventType, Map<EventType, TypeRule>> byPair = new EnumMap<>(EventType.class);
    for (EventType t : EventType.values()) {
      byPair.put(t, new EnumMap<>(EventType.class));
    }
    for (TypeRule rule : rules) {
      byPair.get(rule.typeA()).put(rule.typeB(), rule);
      byPair.get(rule.typeB()).put(rule.typeA(), rule);
    }
    return byPair;
  }

  /** The built-in table. */
  public static TypeCompatibility defaults() {
    return DEFAULTS;
  }

  /**
   * Reads a table.
   *
   * @param name the file's name for messages, e.g. {@code type-compatibility.csv}
   * @throws InvalidDataException naming the file, the line and the field: a wrong header, an
   *     unknown type, a {@code compatible} other than true or false, a missing note, a type paired
   *     with itself, or a pair listed twice (in either order)
   */
  public static TypeCompatibility read(Reader csv, String name) {
    List<TypeRule> rules = new ArrayList<>();
    try {
      var parser =
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setTrim(true)
              .setIgnoreEmptyLines(true)
              .get()
              .parse(csv);
      if (!parser.getHeaderNames().equals(HEADER)) {
        throw new InvalidDataException(
            name
                + ": header must be "
                + String.join(",", HEADER)
                + ", not "
                + parser.getHeaderNames());
      }
      Map<EventType, Map<EventType, TypeRule>> seen = byPair(List.of());
      for (CSVRecord row : parser) {
        String at = name + " line " + row.getParser().getCurrentLineNumber();
        if (!row.isConsistent()) {
          throw new InvalidDataException(at + ": expected 4 fields, found " + row.size());
        }
        EventType a = type(at, "type_a", row.get("type_a"));
        EventType b = type(at, "type_b", row.get("type_b"));
        String compatible = row.get("compatible").toLowerCase(Locale.ROOT);
        if (!compatible.equals("true") && !compatible.equals("false")) {
          throw new InvalidDataException(
              at + ": compatible must be true or false, not '" + row.get("compatible") + "'");
        }
        String note = row.get("note");
        if (note.isBlank()) {
          throw new InvalidDataException(at + ": note is missing; say why");
        }
        if (a == b) {
          throw new InvalidDataException(
              at
                  + ": "
                  + a.code()
                  + " is paired with itself; a type is always compatible with itself");
        }
        if (seen.get(a).containsKey(b)) {
          throw new InvalidDataException(
              at + ": " + a.code() + " and " + b.code() + " are already listed (in either order)");
        }
        TypeRule rule = new TypeRule(a, b, compatible.equals("true"), note);
        seen.get(a).put(b, rule);
        seen.get(b).put(a, rule);
        rules.add(rule);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      if (e instanceof InvalidDataException) {
        throw e;
      }
      throw new InvalidDataException(name + ": not a readable CSV table: " + e.getMessage(), e);
    }
    return new TypeCompatibility(rules);
  }

  /** The rules as listed, {@code false} rows included. */
  public List<TypeRule> rules() {
    return rules;
  }

  /** Whether items of types {@code a} and {@code b} may describe one event; symmetric. */
  public boolean compatible(EventType a, EventType b) {
    if (a == b) {
      return true;
    }
    TypeRule rule = byPair.get(a).get(b);
    return rule != null && rule.compatible();
  }

  /**
   * The rule that decides {@code a} against {@code b}: the implicit same-type rule, the listed rule
   * (as listed), or an unlisted, incompatible rule.
   */
  public TypeRule rule(EventType a, EventType b) {
    if (a == b) {
      return new TypeRule(a, a, true, TypeRule.SAME_TYPE_NOTE);
    }
    TypeRule rule = byPair.get(a).get(b);
    return rule != null ? rule : new TypeRule(a, b, false, TypeRule.UNLISTED_NOTE);
  }

  /** The types compatible with {@code type}, itself included. */
  public Set<EventType> compatibleWith(EventType type) {
    Set<EventType> types = EnumSet.noneOf(EventType.class);
    for (EventType other : EventType.values()) {
      if (compatible(type, other)) {
        types.add(other);
      }
    }
    return types;
  }

  private static EventType type(String at, String field, String code) {
    try {
      return EventType.fromCode(code);
    } catch (InvalidDataException e) {
      throw new InvalidDataException(
          at + ": " + field + ": " + e.getMessage().replaceFirst("^eventType: ", ""), e);
    }
  }

  private static TypeCompatibility loadDefaults() {
    try (InputStream in = TypeCompatibility.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the built-in " + RESOURCE + " is missing");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
