package org.sightline.server.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.sightline.geodata.source.Source;

/**
 * Editorial additions to the sample facilities ({@code sample-data/registry-additions.json}): names
 * in Hangul with both romanizations, and placeholder search areas for six kwanliso, recorded as
 * approximate, low-confidence boundaries. See the file's {@code about}.
 */
public record RegistryAdditions(Source source, List<Names> names, List<SearchArea> searchAreas) {
  public static final String RESOURCE = "/sample-data/registry-additions.json";

  public RegistryAdditions {
    names = List.copyOf(names);
    searchAreas = List.copyOf(searchAreas);
  }

  /** Hangul (NFC), McCune-Reischauer and Revised Romanization for one facility. */
  public record Names(String facilityId, String nameKo, String nameMr, String nameRr) {}

  /** A geodesic circle of {@code radiusKm} around the facility's primary location. */
  public record SearchArea(String facilityId, double radiusKm) {}

  public static RegistryAdditions load(ObjectMapper mapper) {
    try (InputStream in = RegistryAdditions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      JsonNode root = mapper.readTree(in);
      JsonNode s = root.get("source");
      Source source =
          new Source(
              s.get("id").asText(),
              s.get("publisher").asText(),
              s.get("title").asText(),
              s.get("url").isNull() ? null : s.get("url").asText(),
              s.get("licence").asText(),
              s.get("via").asText());
      List<Names> names = new ArrayList<>();
      root.get("names")
          .forEach(
              n ->
                  names.add(
                      new Names(
                          n.get("facilityId").asText(),
                          n.get("nameKo").asText(),
                          n.get("nameMr").asText(),
                          n.get("nameRr").asText())));
      List<SearchArea> areas = new ArrayList<>();
      root.get("approximateBoundaries")
          .forEach(
              b ->
                  areas.add(
                      new SearchArea(b.get("facilityId").asText(), b.get("radiusKm").asDouble())));
      return new RegistryAdditions(source, names, areas);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }
}
