package org.sightline.server.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.facility.FacilityStatus;
import org.sightline.geodata.facility.FacilityType;
import org.sightline.geodata.geom.BoundingBox;
import org.sightline.geodata.text.FieldText;
import org.sightline.geodata.time.TimeInterval;
import org.sightline.geodata.time.TimeParser;
import org.sightline.server.errors.InvalidInputException;

/**
 * A checked request for a public export: its title, formats and filters, each refused with a
 * message that names the field ({@code formats: unknown format 'shp'; ...}). Layers and formats are
 * kept in their canonical order, so that two requests asking for the same thing are the same
 * request. Immutable.
 *
 * @param layers facilities, claims, events, structures (canonical order)
 * @param formats geojson, kml, csv, gpkg (canonical order)
 * @param bbox the area (minLon,minLat,maxLon,maxLat) or null
 * @param datetime the RFC 3339 instant or interval as given, or null
 * @param facilityTypes facility types kept (empty: all)
 * @param facilityStatuses facility statuses kept ({@code unknown} for none; empty: all)
 */
public record PublicExportRequest(
    String title,
    List<String> layers,
    List<String> formats,
    BoundingBox bbox,
    String bboxText,
    String datetime,
    LocalDate from,
    LocalDate to,
    List<String> facilityTypes,
    List<String> facilityStatuses,
    String note) {
  public static final List<String> LAYERS = List.of("facilities", "claims", "events", "structures");
  public static final List<String> FORMATS = List.of("geojson", "kml", "csv", "gpkg");
  static final List<String> FILTERS =
      List.of("layers", "bbox", "datetime", "facilityTypes", "facilityStatuses");
  private static final Set<String> FIELDS = Set.of("title", "formats", "filters", "note");
  private static final int MAX_TITLE = 200;
  private static final int MAX_NOTE = 2000;

  public PublicExportRequest {
    layers = List.copyOf(layers);
    formats = List.copyOf(formats);
    facilityTypes = List.copyOf(facilityTypes);
    facilityStatuses = List.copyOf(facilityStatuses);
  }

  /**
   * Reads a request body: {@code {title, formats, filters: {layers, bbox?, datetime?,
   * facilityTypes?, facilityStatuses?}, note?}}.
   *
   * @throws InvalidInputException naming the field that is wrong
   */
  public static PublicExportRequest parse(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new InvalidInputException(
          "body: expected a JSON object {\"title\", \"formats\", \"filters\"}");
    }
    unknownKeys(body, FIELDS, "body", "fields");
    String title = text(body, "title", MAX_TITLE);
    if (title == null) {
      throw new InvalidInputException("title: must not be empty");
    }
    String note = text(body, "note", MAX_NOTE);
    List<String> formats = codes(body.get("formats"), "formats", FORMATS, "format");
    if (formats.isEmpty()) {
      throw new InvalidInputException(
          "formats: name at least one of " + String.join(", ", FORMATS));
    }
    return parseFilters(body.get("filters"), title, formats, note);
  }

  /** Reads the stored, normalised filters of an export back. */
  public static PublicExportRequest stored(String title, List<String> formats, JsonNode filters) {
    return parseFilters(filters, title, formats, null);
  }

  private static PublicExportRequest parseFilters(
      JsonNode filters, String title, List<String> formats, String note) {
    if (filters == null || filters.isNull()) {
      throw new InvalidInputException(
          "filters: required, with at least \"layers\" (" + String.join(", ", LAYERS) + ")");
    }
    if (!filters.isObject()) {
      throw new InvalidInputException("filters: expected a JSON object");
    }
    unknownKeys(filters, Set.copyOf(FILTERS), "filters", "filters");
    List<String> layers = codes(filters.get("layers"), "filters.layers", LAYERS, "layer");
    if (layers.isEmpty()) {
      throw new InvalidInputException(
          "filters.layers: name at least one of " + String.join(", ", LAYERS));
    }
    BoundingBox bbox = null;
    String bboxText = null;
    JsonNode box = filters.get("bbox");
    if (box != null && !box.isNull()) {
      if (box.isArray()) {
        List<String> parts = new ArrayList<>();
        box.forEach(
            n -> {
              if (!n.isNumber()) {
                throw new InvalidInputException("filters.bbox: every value must be a number");
              }
              parts.add(n.asText());
            });
        bboxText = String.join(",", parts);
      } else if (box.isTextual()) {
        bboxText = box.asText();
      } else {
        throw new InvalidInputException(
            "filters.bbox: expected [minLon, minLat, maxLon, maxLat] or \"minLon,minLat,maxLon,maxLat\"");
      }
      try {
        bbox = BoundingBox.parse(bboxText);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("filters.bbox: " + e.getMessage());
      }
    }
    String datetime = null;
    LocalDate from = null;
    LocalDate to = null;
    JsonNode time = filters.get("datetime");
    if (time != null && !time.isNull()) {
      if (!time.isTextual()) {
        throw new InvalidInputException(
            "filters.datetime: expected an RFC 3339 instant or interval as text");
      }
      datetime = time.asText();
      try {
        TimeInterval interval = TimeParser.interval("filters.datetime", datetime);
        from = interval.startDay();
        to = interval.endDay();
      } catch (InvalidDataException e) {
        throw new InvalidInputException(
            e.getMessage().startsWith("filters.datetime")
                ? e.getMessage()
                : "filters.datetime: " + e.getMessage());
      }
    }
    List<String> types =
        codes(
            filters.get("facilityTypes"),
            "filters.facilityTypes",
            Arrays.stream(FacilityType.values()).map(FacilityType::code).toList(),
            "facility type");
    List<String> statusCodes = new ArrayList<>();
    for (FacilityStatus status : FacilityStatus.values()) {
      statusCodes.add(status.code());
    }
    statusCodes.add("unknown");
    List<String> statuses =
        codes(
            filters.get("facilityStatuses"),
            "filters.facilityStatuses",
            statusCodes,
            "facility status");
    return new PublicExportRequest(
        title, layers, formats, bbox, bboxText, datetime, from, to, types, statuses, note);
  }

  /** The filters as stored and shown in the manifest: every filter, null when not used. */
  public ObjectNode filtersJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    ArrayNode layerArray = json.putArray("layers");
    layers.forEach(layerArray::add);
    if (bbox == null) {
      json.putNull("bbox");
    } else {
      ArrayNode box = json.putArray("bbox");
      box.add(bbox.minLonDeg()).add(bbox.minLatDeg()).add(bbox.maxLonDeg()).add(bbox.maxLatDeg());
    }
    json.put("datetime", datetime);
    ArrayNode typeArray = json.putArray("facilityTypes");
    facilityTypes.forEach(typeArray::add);
    ArrayNode statusArray = json.putArray("facilityStatuses");
    facilityStatuses.forEach(statusArray::add);
    return json;
  }

  private static void unknownKeys(JsonNode object, Set<String> known, String field, String what) {
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new InvalidInputException(
            (field.equals("body") ? name : field + "." + name)
                + ": unknown "
                + (field.equals("body") ? "field" : "filter")
                + "; the "
                + what
                + " are "
                + String.join(", ", known.stream().sorted().toList()));
      }
    }
  }

  private static String text(JsonNode body, String field, int max) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new InvalidInputException(field + ": expected text");
    }
    try {
      return FieldText.optional(field, value.asText(), max);
    } catch (InvalidDataException e) {
      throw new InvalidInputException(
          e.getMessage().startsWith(field) ? e.getMessage() : field + ": " + e.getMessage());
    }
  }

  /** A list of codes from {@code allowed}, without repeats, in {@code allowed}'s order. */
  private static List<String> codes(
      JsonNode value, String field, List<String> allowed, String what) {
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new InvalidInputException(field + ": expected an array of " + what + " names");
    }
    Set<String> given = new LinkedHashSet<>();
    for (JsonNode item : value) {
      String code = item.isTextual() ? item.asText() : item.toString();
      if (!item.isTextual() || !allowed.contains(code)) {
        throw new InvalidInputException(
            field
                + ": unknown "
                + what
                + " '"
                + code
                + "'; expected one of "
                + String.join(", ", allowed));
      }
      given.add(code);
    }
    return allowed.stream().filter(given::contains).toList();
  }
}
