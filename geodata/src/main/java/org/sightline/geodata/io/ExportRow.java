package org.sightline.geodata.io;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Geometry;

/**
 * One facility as exported: its boundary valid on the export date when it has one, else its
 * location. Geometry is EPSG:4326, longitude/latitude.
 *
 * @param geometrySource {@code boundary} or {@code location}
 * @param boundaryBasis digitized, published or approximate (null without a boundary); an
 *     approximate boundary is labelled as such in every format
 * @param possibleDuplicateOf the id of the facility this record is a candidate duplicate of (the
 *     nearest such namesake the caller may see), or null
 */
public record ExportRow(
    String id,
    String name,
    String nameKo,
    String nameMr,
    String nameRr,
    List<String> aliases,
    String type,
    String status,
    LocalDate statusSince,
    String province,
    String controllingAgency,
    Geometry geometry,
    String geometrySource,
    String boundaryBasis,
    String boundaryConfidence,
    LocalDate boundaryValidFrom,
    LocalDate boundaryValidTo,
    Double areaSqKm,
    String possibleDuplicateOf) {

  public ExportRow {
    aliases = List.copyOf(aliases);
  }

  /** The column names every tabular format uses, in order (geometry aside). */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "name",
          "name_ko",
          "name_mr",
          "name_rr",
          "aliases",
          "type",
          "status",
          "status_since",
          "province",
          "controlling_agency",
          "geometry_source",
          "boundary_basis",
          "boundary_confidence",
          "boundary_valid_from",
          "boundary_valid_to",
          "area_sq_km",
          "possible_duplicate_of");

  /** The values of {@link #COLUMNS}, as text (null when absent); aliases joined with "; ". */
  public List<String> values() {
    return Arrays.asList(
        id,
        name,
        nameKo,
        nameMr,
        nameRr,
        aliases.isEmpty() ? null : String.join("; ", aliases),
        type,
        status,
        text(statusSince),
        province,
        controllingAgency,
        geometrySource,
        boundaryBasis,
        boundaryConfidence,
        text(boundaryValidFrom),
        text(boundaryValidTo),
        areaSqKm == null ? null : String.format(Locale.ROOT, "%.4f", areaSqKm),
        possibleDuplicateOf);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
