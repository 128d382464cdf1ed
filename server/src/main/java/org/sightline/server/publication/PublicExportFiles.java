package org.sightline.server.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.geom.BoundingBox;
import org.sightline.geodata.io.ExportRow;
import org.sightline.geodata.json.JsonMapping;
import org.sightline.server.db.SourceDao;
import org.sightline.server.export.PublicLayerFiles;
import org.sightline.server.export.PublicTable;
import org.sightline.server.registry.FacilityDao;
import org.sightline.server.visibility.Visibility;

/**
 * Generates the files of a public export, only from what anonymous callers see: the published
 * facilities ({@link FacilityDao#exportRows} with {@link Visibility#PUBLIC}) and the public claims,
 * events and structures ({@link PublicFeatures#current(Handle)}: the reviewed snapshots under the
 * active redaction policy). Nothing is read from the clock, the request or the caller: the same
 * data and policy give byte-identical files. Filters are the map's: the area (a feature meets it
 * when its geometry intersects it), the time (claims, events and structures whose [earliest,
 * latest] meets it) and the facility types and statuses (facilities).
 *
 * <p>The files: {@code <layer>.geojson} and {@code <layer>.csv} per layer, {@code
 * public-export.kml} and {@code public-export.gpkg} with every layer, {@code manifest.json}, and
 * {@code public-export.zip} with all of them. Stateless and thread-safe.
 */
public final class PublicExportFiles {
  public static final String MANIFEST = "manifest.json";
  public static final String BUNDLE = "public-export.zip";
  static final String STEM = "public-export";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectWriter MANIFEST_WRITER =
      JsonMapping.newMapper()
          .writer(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private PublicExportFiles() {}

  /** One generated file. Immutable. */
  public static final class Generated {
    private final String name;
    private final String mediaType;
    private final byte[] bytes;
    private final String sha256;

    Generated(String name, String mediaType, byte[] bytes) {
      this.name = name;
      this.mediaType = mediaType;
      this.bytes = bytes.clone();
      this.sha256 = PublicExportFiles.sha256(bytes);
    }

    public String name() {
      return name;
    }

    public String mediaType() {
      return mediaType;
    }

    /** A copy of the content. */
    public byte[] bytes() {
      return bytes.clone();
    }

    public String sha256() {
      return sha256;
    }

    public long size() {
      return bytes.length;
    }
  }

  /**
   * Everything an approval stores.
   *
   * @param files the data files, the manifest, then the bundle
   */
  public record Result(RedactionPolicy policy, ObjectNode manifest, List<Generated> files) {
    public Result {
      files = List.copyOf(files);
    }
  }

  /** Which properties of a public feature become which columns of its layer, in order. */
  private record Spec(String name, PublicTable.Type type, String pointer) {}

  private static final Map<String, List<Spec>> SPECS =
      Map.of(
          "claims",
          List.of(
              new Spec("type", PublicTable.Type.TEXT, "/type"),
              new Spec("time_edtf", PublicTable.Type.TEXT, "/time/edtf"),
              new Spec("time_earliest", PublicTable.Type.TEXT, "/time/earliest"),
              new Spec("time_latest", PublicTable.Type.TEXT, "/time/latest"),
              new Spec("place_generalised_to", PublicTable.Type.TEXT, "/place/generalisedTo"),
              new Spec("grid_size_m", PublicTable.Type.INTEGER, "/place/gridSizeM"),
              new Spec("facility_id", PublicTable.Type.TEXT, "/facilityId"),
              new Spec("victims_min", PublicTable.Type.INTEGER, "/victimsMin"),
              new Spec("victims_max", PublicTable.Type.INTEGER, "/victimsMax"),
              new Spec("description", PublicTable.Type.TEXT, "/description"),
              new Spec("published_on", PublicTable.Type.TEXT, "/publishedOn"),
              new Spec("policy_version", PublicTable.Type.INTEGER, "/policyVersion")),
          "events",
          List.of(
              new Spec("types", PublicTable.Type.TEXT, "/types"),
              new Spec("level", PublicTable.Type.TEXT, "/level"),
              new Spec("independent_sources", PublicTable.Type.INTEGER, "/independentSources"),
              new Spec("source_kinds", PublicTable.Type.TEXT, "/sourceKinds"),
              new Spec("time_edtf", PublicTable.Type.TEXT, "/time/edtf"),
              new Spec("time_earliest", PublicTable.Type.TEXT, "/time/earliest"),
              new Spec("time_latest", PublicTable.Type.TEXT, "/time/latest"),
              new Spec("place_generalised_to", PublicTable.Type.TEXT, "/place/generalisedTo"),
              new Spec("grid_size_m", PublicTable.Type.INTEGER, "/place/gridSizeM"),
              new Spec("facility_ids", PublicTable.Type.TEXT, "/facilityIds"),
              new Spec("published_on", PublicTable.Type.TEXT, "/publishedOn"),
              new Spec("policy_version", PublicTable.Type.INTEGER, "/policyVersion")),
          "structures",
          List.of(
              new Spec("class", PublicTable.Type.TEXT, "/class"),
              new Spec("condition", PublicTable.Type.TEXT, "/condition"),
              new Spec("area_sqm", PublicTable.Type.INTEGER, "/areaSqm"),
              new Spec("length_m", PublicTable.Type.INTEGER, "/lengthM"),
              new Spec("facility_id", PublicTable.Type.TEXT, "/facilityId"),
              new Spec("scene_id", PublicTable.Type.TEXT, "/sceneId"),
              new Spec("acquired_on", PublicTable.Type.TEXT, "/acquiredOn"),
              new Spec("confidence", PublicTable.Type.TEXT, "/confidence"),
              new Spec("observation", PublicTable.Type.TEXT, "/observation"),
              new Spec("notes", PublicTable.Type.TEXT, "/notes"),
              new Spec("observation_notes", PublicTable.Type.TEXT, "/observationNotes"),
              new Spec("published_on", PublicTable.Type.TEXT, "/publishedOn"),
              new Spec("policy_version", PublicTable.Type.INTEGER, "/policyVersion")));

  private static final Map<String, String> KINDS =
      Map.of(
          "facilities",
          "facility",
          "claims",
          "claim",
          "events",
          "event",
          "structures",
          "observation");

  /**
   * Generates an export's files inside the caller's transaction.
   *
   * @param exportId written into the manifest only (the data files do not depend on it)
   */
  public static Result generate(Handle handle, long exportId, PublicExportRequest request) {
    PublicFeatures.PublicLayers layers = PublicFeatures.current(handle);
    RedactionPolicy policy = layers.policy();
    List<String> facilityIds = new ArrayList<>();
    List<Long> reviewIds = new ArrayList<>();
    if (request.layers().contains("facilities")) {
      handle
          .attach(FacilityDao.class)
          .exportRows(LocalDate.EPOCH, Visibility.PUBLIC)
          .forEach(
              row -> {
                if (keepsFacility(request, row)) {
                  facilityIds.add(row.id());
                }
              });
    }
    List<PublicFeature> features = new ArrayList<>();
    for (PublicFeature feature : layers.features()) {
      if (request.layers().contains(feature.layer())
          && intersects(request.bbox(), feature.geometry())
          && meets(request, feature)) {
        features.add(feature);
        String id = feature.id();
        int dot = id.indexOf('.');
        reviewIds.add(
            Long.parseLong(id.substring(id.indexOf('-') + 1, dot < 0 ? id.length() : dot)));
      }
    }
    Instant dataAsOf =
        handle
            .attach(PublicExportDao.class)
            .dataAsOf(
                reviewIds.stream().mapToLong(Long::longValue).distinct().toArray(),
                facilityIds.toArray(String[]::new),
                request.layers().stream().map(KINDS::get).toArray(String[]::new));

    List<PublicTable> tables = new ArrayList<>();
    for (String layer : request.layers()) {
      if (layer.equals("facilities")) {
        tables.add(facilities(handle, request, dataAsOf));
      } else {
        tables.add(featureTable(layer, features));
      }
    }
    String attribution = handle.attach(SourceDao.class).exportAttribution();
    Map<String, Generated> files = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (String format : request.formats()) {
      switch (format) {
        case "geojson" -> {
          for (PublicTable table : tables) {
            String name = table.layer() + ".geojson";
            files.put(
                name,
                file(
                    name,
                    "application/geo+json",
                    PublicLayerFiles.geoJson(table, request.title(), attribution)));
            counts.put(name, Map.of(table.layer(), table.rows().size()));
          }
        }
        case "kml" -> {
          String name = STEM + ".kml";
          files.put(
              name,
              file(
                  name,
                  "application/vnd.google-earth.kml+xml",
                  PublicLayerFiles.kml(
                      tables,
                      request.title(),
                      attribution + " Redacted under policy version " + policy.version() + ".")));
          counts.put(name, allCounts(tables));
        }
        case "csv" -> {
          for (PublicTable table : tables) {
            String name = table.layer() + ".csv";
            files.put(name, file(name, "text/csv; charset=utf-8", PublicLayerFiles.csv(table)));
            counts.put(name, Map.of(table.layer(), table.rows().size()));
          }
        }
        default -> {
          String name = STEM + ".gpkg";
          files.put(
              name,
              file(
                  name,
                  "application/geopackage+sqlite3",
                  PublicLayerFiles.geoPackage(tables, request.title(), dataAsOf)));
          counts.put(name, allCounts(tables));
        }
      }
    }

    ObjectNode manifest = JSON.objectNode();
    manifest.put("manifestVersion", 1);
    manifest.put("exportId", exportId);
    manifest.put("title", request.title());
    manifest.put("dataAsOf", dataAsOf.toString());
    ObjectNode policyNode = manifest.putObject("policy");
    policyNode.put("version", policy.version());
    policyNode.set("rules", policy.rules().toJson());
    manifest.set("filters", request.filtersJson());
    ArrayNode formatArray = manifest.putArray("formats");
    request.formats().forEach(formatArray::add);
    manifest.put("attribution", attribution);
    ObjectNode layerCounts = manifest.putObject("counts");
    tables.forEach(t -> layerCounts.put(t.layer(), t.rows().size()));
    ArrayNode fileArray = manifest.putArray("files");
    for (Generated file : files.values()) {
      ObjectNode entry = fileArray.addObject();
      entry.put("name", file.name());
      entry.put("mediaType", file.mediaType());
      ObjectNode perLayer = entry.putObject("counts");
      counts.get(file.name()).entrySet().stream()
          .sorted(Map.Entry.comparingByKey(PublicExportFiles::layerOrder))
          .forEach(e -> perLayer.put(e.getKey(), e.getValue()));
      entry.put("sizeBytes", file.size());
      entry.put("sha256", file.sha256());
    }
    byte[] manifestBytes = manifestBytes(manifest);
    files.put(MANIFEST, file(MANIFEST, "application/json", manifestBytes));
    Map<String, byte[]> bundled = new LinkedHashMap<>();
    files.values().forEach(f -> bundled.put(f.name(), f.bytes()));
    files.put(BUNDLE, file(BUNDLE, "application/zip", PublicLayerFiles.zip(bundled, dataAsOf)));
    return new Result(policy, manifest, List.copyOf(files.values()));
  }

  private static int layerOrder(String a, String b) {
    return Integer.compare(
        PublicExportRequest.LAYERS.indexOf(a), PublicExportRequest.LAYERS.indexOf(b));
  }

  private static Map<String, Integer> allCounts(List<PublicTable> tables) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    tables.forEach(t -> counts.put(t.layer(), t.rows().size()));
    return counts;
  }

  private static byte[] manifestBytes(ObjectNode manifest) {
    try {
      return (MANIFEST_WRITER.writeValueAsString(manifest) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write the manifest", e);
    }
  }

  private static Generated file(String name, String mediaType, byte[] bytes) {
    return new Generated(name, mediaType, bytes);
  }

  /** The lower-case hex SHA-256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  /** The facilities layer: each with its boundary valid on the data's day, else its location. */
  private static PublicTable facilities(
      Handle handle, PublicExportRequest request, Instant dataAsOf) {
    List<PublicTable.Column> columns = new ArrayList<>();
    for (String column : ExportRow.COLUMNS) {
      columns.add(
          new PublicTable.Column(
              column, column.equals("area_sq_km") ? PublicTable.Type.REAL : PublicTable.Type.TEXT));
    }
    List<PublicTable.Row> rows = new ArrayList<>();
    LocalDate day = dataAsOf.atZone(ZoneOffset.UTC).toLocalDate();
    for (ExportRow row : handle.attach(FacilityDao.class).exportRows(day, Visibility.PUBLIC)) {
      if (!keepsFacility(request, row) || !intersects(request.bbox(), row.geometry())) {
        continue;
      }
      List<Object> values = new ArrayList<>(row.values());
      values.set(ExportRow.COLUMNS.indexOf("area_sq_km"), row.areaSqKm());
      rows.add(new PublicTable.Row(row.id(), row.geometry(), values));
    }
    return new PublicTable("facilities", columns, rows);
  }

  private static boolean keepsFacility(PublicExportRequest request, ExportRow row) {
    return (request.facilityTypes().isEmpty() || request.facilityTypes().contains(row.type()))
        && (request.facilityStatuses().isEmpty()
            || request
                .facilityStatuses()
                .contains(row.status() == null ? "unknown" : row.status()));
  }

  private static PublicTable featureTable(String layer, List<PublicFeature> features) {
    List<Spec> specs = SPECS.get(layer);
    List<PublicTable.Column> columns = new ArrayList<>();
    columns.add(new PublicTable.Column("id", PublicTable.Type.TEXT));
    specs.forEach(s -> columns.add(new PublicTable.Column(s.name(), s.type())));
    List<PublicTable.Row> rows = new ArrayList<>();
    for (PublicFeature feature : features) {
      if (!feature.layer().equals(layer)) {
        continue;
      }
      List<Object> values = new ArrayList<>();
      values.add(feature.id());
      for (Spec spec : specs) {
        values.add(value(feature.properties().at(spec.pointer()), spec.type()));
      }
      rows.add(new PublicTable.Row(feature.id(), feature.geometry(), values));
    }
    return new PublicTable(layer, columns, rows);
  }

  private static Object value(JsonNode node, PublicTable.Type type) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(n -> items.add(n.asText()));
      return String.join("; ", items);
    }
    return switch (type) {
      case INTEGER -> node.asLong();
      case REAL -> node.asDouble();
      case TEXT -> node.asText();
    };
  }

  private static boolean intersects(BoundingBox box, Geometry geometry) {
    if (box == null) {
      return true;
    }
    Envelope envelope = geometry.getEnvelopeInternal();
    return box.toPolygons().stream()
        .anyMatch(p -> p.getEnvelopeInternal().intersects(envelope) && p.intersects(geometry));
  }

  /** Whether [earliest, latest] (null ends open) meets the asked span (null ends open). */
  private static boolean meets(PublicExportRequest request, PublicFeature feature) {
    return (request.to() == null
            || feature.earliest() == null
            || !feature.earliest().isAfter(request.to()))
        && (request.from() == null
            || feature.latest() == null
            || !feature.latest().isBefore(request.from()));
  }
}
