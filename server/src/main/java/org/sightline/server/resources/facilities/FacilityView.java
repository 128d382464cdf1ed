package org.sightline.server.resources.facilities;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.sightline.server.api.FacilityProperties;
import org.sightline.server.api.GeoJsonGeometrySerializer;
import org.sightline.server.registry.NameMatch;
import org.sightline.server.registry.RegistryEntry;

/** A facility as the registry API shows it; {@code location} is GeoJSON. */
public record FacilityView(
    String id,
    String name,
    String nameKo,
    String nameMr,
    String nameRr,
    List<String> aliases,
    String type,
    String status,
    LocalDate statusSince,
    String controllingAgency,
    String province,
    String description,
    @JsonSerialize(using = GeoJsonGeometrySerializer.class) Geometry location,
    boolean published,
    int version,
    Instant createdAt,
    Instant updatedAt,
    String updatedBy,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<FacilityProperties.SourceJson> sources,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        FacilityProperties.PossibleDuplicate possibleDuplicateOf,
    @JsonInclude(JsonInclude.Include.NON_NULL) Match match) {

  /**
   * How a name search result matched ({@code registry.NameMatch}); only on search results.
   *
   * @param score 5 the whole name, 4 an exact phrase, 3 every word, 2 every word or a prefix, 1 a
   *     similar spelling
   * @param similarity trigram word similarity of the query to its best name, 0..1
   */
  public record Match(int score, double similarity) {}

  /** A name search result, with its match. */
  public static FacilityView of(NameMatch found) {
    FacilityView view = of(found.entry());
    return new FacilityView(
        view.id,
        view.name,
        view.nameKo,
        view.nameMr,
        view.nameRr,
        view.aliases,
        view.type,
        view.status,
        view.statusSince,
        view.controllingAgency,
        view.province,
        view.description,
        view.location,
        view.published,
        view.version,
        view.createdAt,
        view.updatedAt,
        view.updatedBy,
        null,
        null,
        new Match(found.score(), Math.round(found.similarity() * 1000) / 1000.0));
  }

  /** Without its citations (lists, write answers). */
  public static FacilityView of(RegistryEntry e) {
    return of(e, null, null);
  }

  /**
   * With its citations (the sources of its locations and boundaries, each with its retrieval date)
   * and, when it is a candidate duplicate, its namesake (else null, and not shown).
   */
  public static FacilityView of(
      RegistryEntry e,
      List<FacilityProperties.SourceJson> sources,
      FacilityProperties.PossibleDuplicate possibleDuplicateOf) {
    return new FacilityView(
        e.id(),
        e.name(),
        e.nameKo(),
        e.nameMr(),
        e.nameRr(),
        e.aliases(),
        e.type(),
        e.status(),
        e.statusSince(),
        e.controllingAgency(),
        e.province(),
        e.description(),
        e.location(),
        e.published(),
        e.version(),
        e.createdAt(),
        e.updatedAt(),
        e.updatedBy(),
        sources,
        possibleDuplicateOf,
        null);
  }
}
