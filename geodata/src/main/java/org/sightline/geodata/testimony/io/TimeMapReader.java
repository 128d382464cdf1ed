package org.sightline.geodata.testimony.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.json.JsonMapping;
import org.sightline.geodata.testimony.ClaimType;
import org.sightline.geodata.testimony.DocumentKind;
import org.sightline.geodata.testimony.Sharing;
import org.sightline.geodata.text.FieldText;

/**
 * Reads the data of a Forensic Architecture TimeMap, as its datasheet-server serves it ({@code
 * docs/IMPORT-CLAIMS.md}): events, sources and associations. Each event makes one claim per source
 * (its document), with external reference {@code timemap:<eventId>:<sourceId>}, or {@code
 * timemap:<eventId>} when it has no source. The claim type comes from the event's associations,
 * category or type through the caller's mapping; the time is the event's date ({@code MM/DD/YYYY})
 * as an EDTF day; the place, the event's latitude and longitude (strings, as timemap sends them)
 * with the caller's radius. Every problem of every event, source and association is collected; a
 * file that is not JSON of this shape is refused with one message. Immutable and thread-safe.
 */
public final class TimeMapReader {
  /** The most events one file may have. */
  public static final int MAX_EVENTS = 50_000;

  /** The longest document title, in characters. */
  static final int MAX_TITLE = 500;

  /** The longest path or url, in characters. */
  static final int MAX_URL = 2_000;

  private static final Pattern US_DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern US_MONTH = Pattern.compile("(\\d{1,2})/(\\d{4})");
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern WEB_ADDRESS = Pattern.compile("https?://\\S+");
  private static final PointFields POINT = new PointFields("longitude", "latitude");

  /** Source types (lower case) and the kind of document each is; others are OTHER. */
  private static final Map<String, DocumentKind> SOURCE_TYPES = sourceTypes();

  private final TimeMapOptions options;

  public TimeMapReader(TimeMapOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * A TimeMap in one JSON object: {@code {"events": [...], "sources": {...}, "associations":
   * [...]}}, each as timemap's endpoint serves it (sources keyed by id, or an array); sources and
   * associations may be missing. Other keys (sites, shapes) are not read.
   *
   * @throws InvalidDataException when the bytes are not JSON of this shape, saying where
   */
  public TimeMapImport read(byte[] json) {
    JsonNode root = parse("the TimeMap file", json);
    if (!root.isObject() || !root.path("events").isArray()) {
      throw new InvalidDataException(
          "the TimeMap file must be a JSON object with an \"events\" array, and \"sources\" and"
              + " \"associations\" as timemap's datasheet-server serves them");
    }
    return read(root.get("events"), root.get("sources"), root.get("associations"));
  }

  /**
   * A TimeMap as the responses of timemap's three endpoints: events (an array), sources (an object
   * keyed by id, or an array; or null) and associations (an array, or null).
   *
   * @throws InvalidDataException when one is not JSON of its shape, saying where
   */
  public TimeMapImport read(byte[] events, byte[] sources, byte[] associations) {
    JsonNode eventArray = parse("the TimeMap events", events);
    if (!eventArray.isArray()) {
      throw new InvalidDataException("the TimeMap events must be a JSON array");
    }
    return read(
        eventArray,
        sources == null ? null : parse("the TimeMap sources", sources),
        associations == null ? null : parse("the TimeMap associations", associations));
  }

  private static JsonNode parse(String what, byte[] bytes) {
    try {
      JsonNode node = JsonMapping.reader().readTree(bytes);
      if (node == null || node.isMissingNode()) {
        throw new InvalidDataException(what + " is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new InvalidDataException(
          what
              + " is not valid JSON: "
              + e.getOriginalMessage()
              + (e.getLocation() == null
                  ? ""
                  : " [line "
                      + e.getLocation().getLineNr()
                      + ", column "
                      + e.getLocation().getColumnNr()
                      + "]"),
          e);
    } catch (IOException e) {
      throw new InvalidDataException(what + " cannot be read: " + e.getMessage(), e);
    }
  }

  private TimeMapImport read(JsonNode events, JsonNode sources, JsonNode associations) {
    if (events.size() > MAX_EVENTS) {
      throw new InvalidDataException(
          String.format(
              Locale.ROOT,
              "the TimeMap has %,d events; at most %,d are read at once",
              events.size(),
              MAX_EVENTS));
    }
    List<TimeMapProblem> problems = new ArrayList<>();
    Map<String, TimeMapAssociation> associationsById = associations(associations, problems);
    Set<String> failedSources = new LinkedHashSet<>();
    Map<String, TimeMapSource> sourcesById = sources(sources, problems, failedSources);
    List<TimeMapClaim> claims = new ArrayList<>();
    Map<String, Integer> eventIds = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      Findings findings = new Findings();
      JsonNode event = events.get(i);
      int index = i + 1;
      String id = id(event, "event", eventIds, index, findings);
      if (event.isObject()) {
        List<TimeMapClaim> made =
            event(index, id, event, associationsById, sourcesById, failedSources, findings);
        if (!findings.failed()) {
          claims.addAll(made);
        }
      }
      findings
          .errors()
          .forEach(
              e -> problems.add(new TimeMapProblem("event", index, id, e.field(), e.message())));
    }
    return new TimeMapImport(
        events.size(),
        claims,
        List.copyOf(sourcesById.values()),
        List.copyOf(associationsById.values()),
        problems);
  }

  // ---------------------------------------------------------------- associations

  private static Map<String, TimeMapAssociation> associations(
      JsonNode associations, List<TimeMapProblem> problems) {
    Map<String, TimeMapAssociation> byId = new LinkedHashMap<>();
    if (associations == null || associations.isNull()) {
      return byId;
    }
    if (!associations.isArray()) {
      throw new InvalidDataException("the TimeMap associations must be a JSON array");
    }
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < associations.size(); i++) {
      int index = i + 1;
      JsonNode node = associations.get(i);
      Findings findings = new Findings();
      String id = id(node, "association", ids, index, findings);
      if (node.isObject()) {
        String title = text(node, "title", FieldText.MAX_NAME, findings);
        String mode = text(node, "mode", FieldText.MAX_NAME, findings);
        List<String> filterPaths = texts(node, "filter_paths", FieldText.MAX_NAME, findings);
        if (!findings.failed()) {
          byId.put(
              id,
              new TimeMapAssociation(
                  index,
                  id,
                  title,
                  mode == null ? null : mode.toUpperCase(Locale.ROOT),
                  filterPaths));
        }
      }
      findings
          .errors()
          .forEach(
              e ->
                  problems.add(
                      new TimeMapProblem("association", index, id, e.field(), e.message())));
    }
    return byId;
  }

  // ---------------------------------------------------------------- sources

  private Map<String, TimeMapSource> sources(
      JsonNode sources, List<TimeMapProblem> problems, Set<String> failed) {
    Map<String, TimeMapSource> byId = new LinkedHashMap<>();
    if (sources == null || sources.isNull()) {
      return byId;
    }
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    boolean keyed = sources.isObject();
    if (keyed) {
      sources.properties().forEach(entries::add);
    } else if (sources.isArray()) {
      sources.forEach(node -> entries.add(Map.entry("", node)));
    } else {
      throw new InvalidDataException(
          "the TimeMap sources must be a JSON object keyed by source id (as datasheet-server's"
              + " deepids serves them) or an array");
    }
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      int index = i + 1;
      String key = entries.get(i).getKey();
      JsonNode node = entries.get(i).getValue();
      Findings findings = new Findings();
      String id;
      if (!keyed) {
        id = id(node, "source", ids, index, findings);
      } else {
        id = findings.attempt("id", () -> FieldText.required("id", key, FieldText.MAX_NAME));
        String inner = node.isObject() ? scalar(node, "id", findings) : null;
        if (id != null && inner != null && !inner.strip().equals(id)) {
          findings.error(
              "id",
              "id: "
                  + Findings.quoted(inner)
                  + " differs from the key "
                  + Findings.quoted(key)
                  + " the source is filed under");
        }
        if (!node.isObject()) {
          findings.error("source", "the source is not a JSON object");
        }
      }
      TimeMapSource source =
          node.isObject() && id != null ? source(index, id, node, findings) : null;
      if (source != null && !findings.failed()) {
        byId.put(id, source);
      } else if (id != null) {
        failed.add(id);
      }
      findings
          .errors()
          .forEach(
              e -> problems.add(new TimeMapProblem("source", index, id, e.field(), e.message())));
    }
    return byId;
  }

  private TimeMapSource source(int index, String id, JsonNode node, Findings findings) {
    String title = text(node, "title", MAX_TITLE, findings);
    if (title == null) {
      if (!findings.failed("title")) {
        findings.warn("title: not given; the source's id " + Findings.quoted(id) + " is its title");
      }
      // A title that failed has its error recorded, and the source is not kept; the id stands in
      // so that the record can be built (a null title threw NullPointerException: found by
      // fuzzing).
      title = id;
    }
    DocumentKind kind = kind(text(node, "type", FieldText.MAX_NAME, findings), findings);
    List<String> paths = texts(node, "paths", MAX_URL, findings);
    String url = text(node, "url", MAX_URL, findings);
    if (url != null && !WEB_ADDRESS.matcher(url).matches()) {
      findings.error("url", "url: " + Findings.quoted(url) + " is not an http or https address");
    }
    if (url == null) {
      url = paths.stream().filter(p -> WEB_ADDRESS.matcher(p).matches()).findFirst().orElse(null);
    }
    String dateText = text(node, "date", FieldText.MAX_NAME, findings);
    String date = null;
    if (dateText != null) {
      try {
        date = edtf("date", dateText);
      } catch (InvalidDataException e) {
        findings.warn(e.getMessage() + "; not recorded");
      }
    }
    String descriptionText = scalar(node, "description", findings);
    String description =
        findings.attempt(
            "description", () -> FieldText.description("description", descriptionText));
    boolean hidden = hidden(node, findings);
    return new TimeMapSource(
        index,
        id,
        title,
        kind == null ? DocumentKind.OTHER : kind,
        url,
        paths,
        date,
        description,
        hidden,
        hidden ? Sharing.CORROBORATION_ONLY : options.sharing(),
        findings.warnings());
  }

  private static DocumentKind kind(String type, Findings findings) {
    if (type == null) {
      if (!findings.failed("type")) {
        findings.warn("type: not given; recorded as '" + DocumentKind.OTHER.code() + "'");
      }
      return DocumentKind.OTHER;
    }
    DocumentKind kind = SOURCE_TYPES.get(type.toLowerCase(Locale.ROOT));
    if (kind == null) {
      findings.warn(
          "type: "
              + Findings.quoted(type)
              + " is not a known kind of source; recorded as '"
              + DocumentKind.OTHER.code()
              + "'");
      return DocumentKind.OTHER;
    }
    return kind;
  }

  /** {@code hidden} TRUE (or true, yes, 1), or timemap's {@code display} FALSE. */
  private static boolean hidden(JsonNode node, Findings findings) {
    boolean hidden = false;
    String flag = scalar(node, "hidden", findings);
    if (flag != null) {
      switch (flag.strip().toLowerCase(Locale.ROOT)) {
        case "true", "yes", "1" -> hidden = true;
        case "false", "no", "0" -> hidden = false;
        default ->
            findings.error("hidden", "hidden: " + Findings.quoted(flag) + " is not TRUE or FALSE");
      }
    }
    String display = scalar(node, "display", findings);
    if (display != null && display.strip().equalsIgnoreCase("false")) {
      hidden = true;
    }
    return hidden;
  }

  // ---------------------------------------------------------------- events

  /** The event's claims (empty when it has errors, which go to {@code findings}). */
  private List<TimeMapClaim> event(
      int index,
      String id,
      JsonNode event,
      Map<String, TimeMapAssociation> associations,
      Map<String, TimeMapSource> sources,
      Set<String> failedSources,
      Findings findings) {
    String descriptionText = scalar(event, "description", findings);
    String description =
        findings.attempt(
            "description", () -> FieldText.description("description", descriptionText));
    if (description == null && !findings.failed("description")) {
      findings.error("description", "description is empty: a claim needs a description");
    }
    String dateText = text(event, "date", FieldText.MAX_NAME, findings);
    String timeText = text(event, "time", FieldText.MAX_NAME, findings);
    String time = null;
    if (dateText == null) {
      if (!findings.failed("date")) {
        findings.error("date", "date is empty: a claim needs a time");
      }
    } else {
      time = findings.attempt("date", () -> edtf("date", dateText));
    }
    String location = text(event, "location", FieldText.MAX_NAME, findings);
    String lon = scalar(event, "longitude", findings);
    String lat = scalar(event, "latitude", findings);
    ClaimPlace.AtPoint place = POINT.read(lon, lat, options.radiusM(), location, findings);
    if (place == null && isBlank(lon) && isBlank(lat)) {
      findings.error("latitude", "latitude and longitude are empty: a claim needs a place");
    }
    List<String> eventAssociations = texts(event, "associations", FieldText.MAX_NAME, findings);
    for (String association : eventAssociations) {
      if (!associations.containsKey(association)) {
        findings.error(
            "associations",
            "associations: "
                + Findings.quoted(association)
                + " is not an association of the file"
                + known(associations.keySet()));
      }
    }
    ClaimType type = claimType(event, eventAssociations, associations, findings);
    List<String> sourceIds = eventSources(event, sources, failedSources, findings);
    if (findings.failed()) {
      return List.of();
    }
    String stated = timeText == null ? dateText.strip() : dateText.strip() + " " + timeText;
    List<TimeMapClaim> claims = new ArrayList<>();
    if (sourceIds.isEmpty()) {
      claims.add(
          claim(
              index,
              id,
              null,
              "timemap:" + id,
              type,
              description,
              time,
              stated,
              place,
              null,
              eventAssociations,
              findings));
    }
    for (String sourceId : sourceIds) {
      claims.add(
          claim(
              index,
              id,
              sourceId,
              "timemap:" + id + ":" + sourceId,
              type,
              description,
              time,
              stated,
              place,
              sources.get(sourceId),
              eventAssociations,
              findings));
    }
    return claims;
  }

  private TimeMapClaim claim(
      int index,
      String id,
      String sourceId,
      String ref,
      ClaimType type,
      String description,
      String time,
      String stated,
      ClaimPlace.AtPoint place,
      TimeMapSource source,
      List<String> associations,
      Findings findings) {
    return new TimeMapClaim(
        index,
        id,
        sourceId,
        ref,
        type,
        description,
        time,
        stated,
        place,
        options.informationGrade(),
        source == null ? options.sharing() : source.sharing(),
        associations,
        findings.warnings());
  }

  /** The event's source ids, each once, in order; each must be a source of the file. */
  private static List<String> eventSources(
      JsonNode event,
      Map<String, TimeMapSource> sources,
      Set<String> failedSources,
      Findings findings) {
    List<String> ids = new ArrayList<>();
    for (String id : texts(event, "sources", FieldText.MAX_NAME, findings)) {
      if (ids.contains(id)) {
        findings.warn("sources: " + Findings.quoted(id) + " is listed twice; read once");
      } else if (failedSources.contains(id)) {
        findings.error(
            "sources",
            "sources: "
                + Findings.quoted(id)
                + " has errors (see source "
                + Findings.quoted(id)
                + ")");
      } else if (!sources.containsKey(id)) {
        findings.error(
            "sources",
            "sources: "
                + Findings.quoted(id)
                + " is not a source of the file"
                + known(sources.keySet()));
      } else {
        ids.add(id);
      }
    }
    return ids;
  }

  /**
   * The claim type that the event's associations (by id, else title), category and type map to; the
   * default type (with a warning) when none maps; null with an error when none maps and there is no
   * default, or when they map to different types.
   */
  private ClaimType claimType(
      JsonNode event,
      List<String> eventAssociations,
      Map<String, TimeMapAssociation> associations,
      Findings findings) {
    Map<String, ClaimType> mapped = new LinkedHashMap<>();
    List<String> words = new ArrayList<>();
    for (String id : eventAssociations) {
      words.add(Findings.quoted(id));
      ClaimType type = options.claimType(id);
      TimeMapAssociation association = associations.get(id);
      if (type == null && association != null) {
        type = options.claimType(association.title());
      }
      if (type != null) {
        mapped.put(id, type);
      }
    }
    List<String> described = new ArrayList<>();
    if (!words.isEmpty()) {
      described.add(
          (words.size() == 1 ? "association " : "associations ") + String.join(", ", words));
    }
    for (String key : List.of("category", "type")) {
      String value = text(event, key, FieldText.MAX_NAME, findings);
      if (value != null) {
        described.add(key + " " + Findings.quoted(value));
        ClaimType type = options.claimType(value);
        if (type != null) {
          mapped.put(value, type);
        }
      }
    }
    Set<ClaimType> types = new LinkedHashSet<>(mapped.values());
    if (types.size() == 1) {
      return types.iterator().next();
    }
    if (types.size() > 1) {
      findings.error(
          "associations",
          "type: the event maps to more than one claim type: "
              + mapped.entrySet().stream()
                  .map(e -> Findings.quoted(e.getKey()) + " → " + e.getValue().code())
                  .collect(Collectors.joining(", "))
              + "; one event is one claim type");
      return null;
    }
    String none =
        described.isEmpty()
            ? "the event has no association, category or type to map to a claim type"
            : "none of " + String.join(" and ", described) + " is in the claim type mapping";
    if (options.defaultType() != null) {
      findings.warn("type: " + none + "; recorded as '" + options.defaultType().code() + "'");
      return options.defaultType();
    }
    findings.error(
        "associations", "type: " + none + (described.isEmpty() ? "" : " (" + options.keys() + ")"));
    return null;
  }

  // ---------------------------------------------------------------- dates

  /**
   * A timemap date as EDTF: {@code MM/DD/YYYY} (or {@code M/D/YYYY}) and ISO {@code YYYY-MM-DD} as
   * a day; {@code MM/YYYY} and {@code YYYY-MM} as a month; {@code YYYY} as a year.
   *
   * @throws InvalidDataException naming {@code field} and saying what is wrong
   */
  static String edtf(String field, String text) {
    String date = text.strip();
    Matcher m = US_DAY.matcher(date);
    if (m.matches()) {
      return day(field, date, m.group(3), m.group(1), m.group(2));
    }
    m = ISO_DAY.matcher(date);
    if (m.matches()) {
      return day(field, date, m.group(1), m.group(2), m.group(3));
    }
    m = US_MONTH.matcher(date);
    if (m.matches()) {
      return month(field, date, m.group(2), m.group(1));
    }
    m = ISO_MONTH.matcher(date);
    if (m.matches()) {
      return month(field, date, m.group(1), m.group(2));
    }
    if (YEAR.matcher(date).matches()) {
      return date;
    }
    throw new InvalidDataException(
        field
            + ": "
            + Findings.quoted(date)
            + " is not a date in MM/DD/YYYY (or MM/YYYY, YYYY, YYYY-MM-DD)");
  }

  private static String month(String field, String text, String year, String month) {
    int m = Integer.parseInt(month);
    if (m < 1 || m > 12) {
      throw new InvalidDataException(
          field
              + ": "
              + Findings.quoted(text)
              + " is not a date: month "
              + m
              + " is not 1 to 12 (timemap reads dates as MM/DD/YYYY)");
    }
    return String.format(Locale.ROOT, "%s-%02d", year, m);
  }

  private static String day(String field, String text, String year, String month, String day) {
    String yearMonth = month(field, text, year, month);
    YearMonth calendarMonth = YearMonth.parse(yearMonth);
    int d = Integer.parseInt(day);
    if (d < 1 || d > calendarMonth.lengthOfMonth()) {
      throw new InvalidDataException(
          field
              + ": "
              + Findings.quoted(text)
              + " is not a date: "
              + Month.of(calendarMonth.getMonthValue())
                  .getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + " "
              + year
              + " has no day "
              + d);
    }
    return String.format(Locale.ROOT, "%s-%02d", yearMonth, d);
  }

  // ---------------------------------------------------------------- fields

  /**
   * The {@code id} of an event, source or association: required, one line, unique among its kind;
   * an event's id also without ':' (it is part of the claims' external references).
   */
  private static String id(
      JsonNode node, String kind, Map<String, Integer> ids, int index, Findings findings) {
    if (!node.isObject()) {
      findings.error(kind, "the " + kind + " is not a JSON object");
      return null;
    }
    String id = text(node, "id", FieldText.MAX_NAME, findings);
    if (id == null) {
      if (!findings.failed("id")) {
        findings.error(
            "id",
            "id is missing"
                + (kind.equals("event")
                    ? ": the claims' external references are made from it (timemap:<id>:<source>)"
                    : ""));
      }
      return null;
    }
    if (kind.equals("event") && id.contains(":")) {
      findings.error(
          "id",
          "id: "
              + Findings.quoted(id)
              + " must not contain ':', which separates the parts of the claims' external"
              + " references");
    }
    Integer first = ids.putIfAbsent(id, index);
    if (first != null) {
      findings.error(
          "id",
          "id: "
              + Findings.quoted(id)
              + " is also the id of "
              + kind
              + " "
              + first
              + "; each "
              + kind
              + " needs its own id");
    }
    return id;
  }

  /** A one-line text field by {@link FieldText#optional}, or null when missing or blank. */
  private static String text(JsonNode node, String key, int max, Findings findings) {
    String value = scalar(node, key, findings);
    return value == null ? null : findings.attempt(key, () -> FieldText.optional(key, value, max));
  }

  /** A list of one-line texts; a missing key is an empty list. */
  private static List<String> texts(JsonNode node, String key, int max, Findings findings) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      findings.error(key, key + ": must be an array, got " + jsonKind(value));
      return List.of();
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      String field = key + "[" + i + "]";
      if (!item.isValueNode() || item.isNull()) {
        findings.error(key, field + ": must be a text, got " + jsonKind(item));
        continue;
      }
      String text = findings.attempt(key, () -> FieldText.optional(field, item.asText(), max));
      if (text != null) {
        texts.add(text);
      }
    }
    return texts;
  }

  /**
   * A scalar as text: timemap sends strings; a number or boolean is read as its text. Null when
   * missing or null; an error when an object or array.
   */
  private static String scalar(JsonNode node, String key, Findings findings) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      findings.error(key, key + ": must be a text, got " + jsonKind(value));
      return null;
    }
    return value.asText();
  }

  private static String jsonKind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case NULL, MISSING -> "nothing";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      default -> "a text";
    };
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /** " (it has a, b)" for a short list of known ids, " (it has none)", else "". */
  private static String known(Set<String> ids) {
    if (ids.isEmpty()) {
      return " (it has none)";
    }
    if (ids.size() > 20) {
      return "";
    }
    return " (it has " + String.join(", ", ids) + ")";
  }

  private static Map<String, DocumentKind> sourceTypes() {
    Map<String, DocumentKind> types = new HashMap<>();
    for (String media :
        List.of(
            "video",
            "image",
            "photo",
            "photograph",
            "photobook",
            "audio",
            "media",
            "twitter",
            "tweet",
            "telegram",
            "satellite image",
            "satellite imagery")) {
      types.put(media, DocumentKind.MEDIA);
    }
    for (String report : List.of("report", "document", "pdf")) {
      types.put(report, DocumentKind.REPORT);
    }
    for (String article : List.of("article", "news", "news article", "press")) {
      types.put(article, DocumentKind.ARTICLE);
    }
    for (String dataset : List.of("dataset", "data")) {
      types.put(dataset, DocumentKind.DATASET);
    }
    for (String other : List.of("other", "text", "unknown", "testimony", "eyewitness testimony")) {
      types.put(other, DocumentKind.OTHER);
    }
    for (DocumentKind kind : DocumentKind.values()) {
      types.put(kind.code(), kind);
      types.put(kind.labelEn(), kind);
    }
    return Map.copyOf(types);
  }
}
