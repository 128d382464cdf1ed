package org.sightline.geodata.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.corroboration.CorroborationLevel;
import org.sightline.geodata.vocabulary.Coded;

/**
 * The rules of one redaction policy version: what public outputs may hold. Rules that are not
 * configurable (never witness codes, sealed fields, interviewer names or evidence file names;
 * claims only where the organisation's sharing is {@code shareable}) hold whatever these say.
 *
 * @param minimumEventLevel corroborated events below it are never public
 * @param placeGeneralisation where public places are put
 * @param gridSizeM the grid's cell size in metres (about; 100 to 100,000)
 * @param minimumDistanceM no public coordinate derived from a claim is nearer than this to the
 *     claim's true place (0 to half the cell size)
 * @param datePrecision the finest public date (never finer than stated)
 * @param requireConsent claims from testimony only where the witness consented to public use
 *     ({@code anonymised} or {@code attributable})
 * @param freeText whether descriptions and notes may be public
 */
public record RedactionRules(
    CorroborationLevel minimumEventLevel,
    PlaceGeneralisation placeGeneralisation,
    int gridSizeM,
    int minimumDistanceM,
    DatePrecision datePrecision,
    boolean requireConsent,
    FreeTextRule freeText) {
  public static final int MIN_GRID_M = 100;
  public static final int MAX_GRID_M = 100_000;

  /** The defaults of the first policy. */
  public static final RedactionRules DEFAULTS =
      new RedactionRules(
          CorroborationLevel.CORROBORATED,
          PlaceGeneralisation.GRID,
          2000,
          500,
          DatePrecision.MONTH,
          true,
          FreeTextRule.MARKED_ONLY);

  private static final Set<String> FIELDS =
      Set.of(
          "minimumEventLevel",
          "placeGeneralisation",
          "gridSizeM",
          "minimumDistanceM",
          "datePrecision",
          "requireConsent",
          "freeText");

  /**
   * @throws InvalidDataException when a value is out of range
   */
  public RedactionRules {
    if (minimumEventLevel == null
        || placeGeneralisation == null
        || datePrecision == null
        || freeText == null) {
      throw new InvalidDataException("a redaction rule is missing");
    }
    if (gridSizeM < MIN_GRID_M || gridSizeM > MAX_GRID_M) {
      throw new InvalidDataException(
          "gridSizeM: must be " + MIN_GRID_M + " to " + MAX_GRID_M + " metres, got " + gridSizeM);
    }
    if (minimumDistanceM < 0 || minimumDistanceM > gridSizeM / 2) {
      throw new InvalidDataException(
          "minimumDistanceM: must be 0 to half of gridSizeM ("
              + gridSizeM / 2
              + " m), so that every cell has a place far enough; got "
              + minimumDistanceM);
    }
  }

  /**
   * Reads rules from their JSON object; a missing field takes its default, an unknown one is
   * refused.
   *
   * @throws InvalidDataException naming the field and what is wrong
   */
  public static RedactionRules fromJson(JsonNode json) {
    if (json == null || !json.isObject()) {
      throw new InvalidDataException("rules: must be a JSON object");
    }
    List<String> unknown = new ArrayList<>();
    for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidDataException(
          unknown.get(0)
              + ": unknown rule; the rules are "
              + String.join(", ", FIELDS.stream().sorted().toList()));
    }
    RedactionRules d = DEFAULTS;
    return new RedactionRules(
        json.has("minimumEventLevel")
            ? Coded.fromCode(
                CorroborationLevel.class, "minimumEventLevel", text(json, "minimumEventLevel"))
            : d.minimumEventLevel(),
        json.has("placeGeneralisation")
            ? PlaceGeneralisation.fromCode(text(json, "placeGeneralisation"))
            : d.placeGeneralisation(),
        json.has("gridSizeM") ? integer(json, "gridSizeM") : d.gridSizeM(),
        json.has("minimumDistanceM") ? integer(json, "minimumDistanceM") : d.minimumDistanceM(),
        json.has("datePrecision")
            ? DatePrecision.fromCode(text(json, "datePrecision"))
            : d.datePrecision(),
        json.has("requireConsent") ? bool(json, "requireConsent") : d.requireConsent(),
        json.has("freeText") ? FreeTextRule.fromCode(text(json, "freeText")) : d.freeText());
  }

  /** The rules as their JSON object (every field). */
  public ObjectNode toJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("minimumEventLevel", minimumEventLevel.code());
    json.put("placeGeneralisation", placeGeneralisation.code());
    json.put("gridSizeM", gridSizeM);
    json.put("minimumDistanceM", minimumDistanceM);
    json.put("datePrecision", datePrecision.code());
    json.put("requireConsent", requireConsent);
    json.put("freeText", freeText.code());
    return json;
  }

  /** Whether an event of this level may be public. */
  public boolean allowsLevel(CorroborationLevel level) {
    return level.compareTo(minimumEventLevel) >= 0;
  }

  private static String text(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (!value.isTextual()) {
      throw new InvalidDataException(field + ": must be a string, got " + value);
    }
    return value.asText();
  }

  private static int integer(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new InvalidDataException(field + ": must be a whole number of metres, got " + value);
    }
    return value.intValue();
  }

  private static boolean bool(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (!value.isBoolean()) {
      throw new InvalidDataException(field + ": must be true or false, got " + value);
    }
    return value.booleanValue();
  }
}
