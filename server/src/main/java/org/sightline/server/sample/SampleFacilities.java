package org.sightline.server.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.facility.Facility;
import org.sightline.geodata.facility.FacilityStatus;
import org.sightline.geodata.facility.FacilityType;
import org.sightline.geodata.facility.SourcedLocation;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.geom.GeometryCheck;
import org.sightline.geodata.source.Source;

/**
 * The bundled sample dataset of real facility locations ({@code sample-data/facilities.geojson},
 * built by {@code scripts/build-sample-facilities.py} from the cited sources in {@code
 * sample-data/sources/}). Every geometry passes {@link GeometryCheck#forFacilities()}.
 *
 * @param sources the cited publishers
 * @param facilities one per facility, each with all its sourced locations
 */
public record SampleFacilities(List<Source> sources, List<Facility> facilities) {
  public static final String RESOURCE = "/sample-data/facilities.geojson";

  /** Reads the bundled file from the classpath. */
  public static SampleFacilities load(ObjectMapper mapper) {
    try (InputStream in = SampleFacilities.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the sample dataset " + RESOURCE + " is missing from the classpath");
      }
      return parse(mapper.readTree(in));
    } catch (IOException e) {
      throw new IllegalStateException(
          "the sample dataset " + RESOURCE + " is not readable JSON: " + e.getMessage(), e);
    }
  }

  static SampleFacilities parse(JsonNode root) {
    List<Source> sources = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : root.path("sources").properties()) {
      JsonNode s = entry.getValue();
      sources.add(
          new Source(
              entry.getKey(),
              s.path("publisher").asText(),
              s.path("title").asText(),
              text(s, "url"),
              s.path("licence").asText(),
              text(s, "via"),
              text(s, "retrieved") == null ? null : LocalDate.parse(text(s, "retrieved"))));
    }
    GeometryCheck check = GeometryCheck.forFacilities();
    List<Facility> facilities = new ArrayList<>();
    for (JsonNode feature : root.path("features")) {
      String id = feature.path("id").asText();
      try {
        JsonNode p = feature.path("properties");
        JsonNode coordinates = feature.path("geometry").path("coordinates");
        if (!"Point".equals(feature.path("geometry").path("type").asText())) {
          throw new IllegalArgumentException("sample geometries are points");
        }
        Geometry location =
            Geometries.point(coordinates.get(0).doubleValue(), coordinates.get(1).doubleValue());
        check.requireValid(location);
        List<String> aliases = new ArrayList<>();
        p.path("aliases").forEach(a -> aliases.add(a.asText()));
        List<SourcedLocation> locations = new ArrayList<>();
        for (JsonNode l : p.path("locations")) {
          var point = Geometries.point(l.path("lon").doubleValue(), l.path("lat").doubleValue());
          check.requireValid(point);
          locations.add(
              new SourcedLocation(
                  l.path("source").asText(),
                  l.path("recordId").asText(),
                  l.path("name").asText(),
                  point,
                  text(l, "url"),
                  l.path("primary").asBoolean(),
                  text(l, "note")));
        }
        String nameKo = text(p, "nameKo");
        facilities.add(
            new Facility(
                id,
                p.path("name").asText(),
                nameKo == null ? null : Normalizer.normalize(nameKo, Normalizer.Form.NFC),
                aliases,
                FacilityType.fromCode(p.path("type").asText()),
                FacilityStatus.fromCode(p.path("status").asText()),
                text(p, "province"),
                text(p, "controllingAgency"),
                location,
                locations));
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "sample facility '" + id + "' is invalid: " + e.getMessage(), e);
      }
    }
    return new SampleFacilities(List.copyOf(sources), List.copyOf(facilities));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
