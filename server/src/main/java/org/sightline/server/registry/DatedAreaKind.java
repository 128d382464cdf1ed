package org.sightline.server.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.SqlStatement;
import org.sightline.geodata.facility.AreaFields;
import org.sightline.geodata.facility.AreaLabel;
import org.sightline.geodata.facility.ZoneLabel;
import org.sightline.geodata.geom.GeometryCheck;
import org.sightline.geodata.text.FieldText;
import org.sightline.server.errors.InvalidInputException;

/**
 * The kinds of dated area and how each differs from the others: the one place each kind's rules are
 * stated. Everything else (checked geometry, validity, the no-overlap check, soft deletion, reads
 * as of a day, the OGC collections) is one code path, {@link DatedAreas} over {@link DatedAreaDao},
 * configured by a kind. A new kind (structures, the places of testimony claims) is a constant here,
 * a table (a migration), and a label record when it has fields of its own.
 *
 * <p>Every kind's table has the columns of {@link AreaFields} plus {@code id}, {@code facility_id},
 * {@code validity} (the generated {@code daterange}), creation and soft-deletion columns, and its
 * label's columns.
 */
// Its fields are List.of lists and stateless checks: immutable in fact, though not in type.
@SuppressWarnings("ImmutableEnumChecker")
public enum DatedAreaKind {
  /**
   * A facility's outline over time: no label; one series per facility, whose versions never overlap
   * in time (constraint {@code facility_boundary_no_overlap}), so the boundary as of a day is at
   * most one row.
   */
  BOUNDARY(
      "boundary",
      "facility_boundary",
      BoundaryEdit.class,
      List.of(),
      null,
      false,
      AreaFields.POLYGONS,
      "{\"geometry\": {...}, \"validFrom\": ..., \"basis\": ..., \"confidence\": ...}",
      List.of(Filter.FACILITY, Filter.BASIS, Filter.CONFIDENCE)) {
    @Override
    AreaLabel checkLabel(DatedAreaEdit edit) {
      return null;
    }

    @Override
    AreaLabel readLabel(ResultSet rs) {
      return null;
    }

    @Override
    String series(AreaLabel label) {
      return "the boundary";
    }
  },

  /**
   * A named analysis area inside a facility (housing, mine, ...): labelled by {@link ZoneLabel}
   * (zoneKey 1-64 of a-z, 0-9 and '-'; a name; a Hangul name or none; a kind); one series per zone
   * key, whose versions never overlap in time (constraint {@code zone_no_overlap}); versions of
   * different zones may.
   */
  ZONE(
      "zone",
      "zone",
      ZoneEdit.class,
      List.of(
          new LabelColumn("zone_key", "zoneKey"),
          new LabelColumn("name", "name"),
          new LabelColumn("name_ko", "nameKo"),
          new LabelColumn("kind", "kind")),
      "zone_key",
      false,
      AreaFields.POLYGONS,
      "{\"zoneKey\": ..., \"name\": ..., \"kind\": ..., \"geometry\": {...}, \"basis\": ..., \"confidence\": ...}",
      List.of(
          Filter.FACILITY,
          new Filter("kind", "kind", ZoneLabel.KINDS),
          Filter.BASIS,
          Filter.CONFIDENCE)) {
    @Override
    AreaLabel checkLabel(DatedAreaEdit edit) {
      ZoneEdit zone = (ZoneEdit) edit;
      String key = zone.zoneKey() == null ? "" : zone.zoneKey().strip();
      if (!key.matches("[a-z0-9][a-z0-9-]{0,63}")) {
        throw new InvalidInputException(
            "zoneKey must be 1-64 characters of lowercase letters, digits and '-', e.g."
                + " housing-east; it names the zone across its versions");
      }
      return new ZoneLabel(
          key,
          FieldText.required("name", zone.name(), FieldText.MAX_NAME),
          FieldText.hangul("nameKo", zone.nameKo()),
          AreaFields.oneOf("kind", zone.kind(), ZoneLabel.KINDS));
    }

    @Override
    AreaLabel readLabel(ResultSet rs) throws SQLException {
      return new ZoneLabel(
          rs.getString("zone_key"),
          rs.getString("name"),
          rs.getString("name_ko"),
          rs.getString("kind"));
    }

    @Override
    String series(AreaLabel label) {
      return "zone '" + ((ZoneLabel) label).zoneKey() + "'";
    }
  };

  /** A label column and the label accessor it is bound from. */
  record LabelColumn(String column, String property) {}

  /**
   * An OGC equality filter: the query parameter, the column it compares and its allowed values
   * (null: any text). Columns are fixed here, never taken from a request.
   */
  public record Filter(String parameter, String column, Set<String> allowed) {
    static final Filter FACILITY = new Filter("facility", "facility_id", null);
    static final Filter BASIS = new Filter("basis", "basis", AreaFields.BASES);
    static final Filter CONFIDENCE = new Filter("confidence", "confidence", AreaFields.CONFIDENCES);
  }

  /** The statement attribute under which the kind itself is defined, for the row mapper. */
  static final String ATTRIBUTE = "datedAreaKind";

  private final String noun;
  private final String table;
  private final Class<? extends DatedAreaEdit> editType;
  private final List<LabelColumn> labelColumns;
  private final String seriesColumn;
  private final boolean overlapsAllowed;
  private final GeometryCheck geometryCheck;
  private final String bodyExample;
  private final List<Filter> filters;

  DatedAreaKind(
      String noun,
      String table,
      Class<? extends DatedAreaEdit> editType,
      List<LabelColumn> labelColumns,
      String seriesColumn,
      boolean overlapsAllowed,
      GeometryCheck geometryCheck,
      String bodyExample,
      List<Filter> filters) {
    this.noun = noun;
    this.table = table;
    this.editType = editType;
    this.labelColumns = labelColumns;
    this.seriesColumn = seriesColumn;
    this.overlapsAllowed = overlapsAllowed;
    this.geometryCheck = geometryCheck;
    this.bodyExample = bodyExample;
    this.filters = filters;
  }

  /** The kind's checked label from an edit of its type; null for a kind without one. */
  abstract AreaLabel checkLabel(DatedAreaEdit edit);

  /** The label from a row of the kind's table. */
  abstract AreaLabel readLabel(ResultSet rs) throws SQLException;

  /** How messages name the series a version belongs to, e.g. {@code zone 'housing-east'}. */
  abstract String series(AreaLabel label);

  /** How messages and JSON name one version, e.g. {@code boundary}. */
  public String noun() {
    return noun;
  }

  /** Whether versions of one series may overlap in time; when not, an overlap is a 409. */
  public boolean overlapsAllowed() {
    return overlapsAllowed;
  }

  /** What geometry the kind takes: type (polygons only: stored as MultiPolygon), region, size. */
  public GeometryCheck geometryCheck() {
    return geometryCheck;
  }

  /** The OGC filters of the kind's collection, in the order they are documented. */
  public List<Filter> filters() {
    return filters;
  }

  Class<? extends DatedAreaEdit> editType() {
    return editType;
  }

  /** What a request body must look like, for the message when there is none. */
  String bodyExample() {
    return bodyExample;
  }

  /**
   * Defines the kind's fixed SQL fragments on a statement ({@link DatedAreaDao} templates): {@code
   * <table>}, {@code <visibleTable>} (the versions a caller reads: {@code
   * sightline_visible_<table>(:publishedOnly)}, V019; bind {@code :publishedOnly}), {@code
   * <labelColumns>} and {@code <labelValues>} (each with a leading comma, or empty), {@code
   * <sameSeries>} (the condition that a row is in the series of {@code :label}), {@code
   * <seriesOrder>} and {@code <filters>} (on {@code :filter.<column>}).
   */
  void define(SqlStatement<?> statement) {
    statement
        .define(ATTRIBUTE, this)
        .define("table", table)
        .define("visibleTable", "sightline_visible_" + table + "(:publishedOnly)")
        .define(
            "labelColumns",
            labelColumns.stream().map(c -> ", " + c.column()).collect(Collectors.joining()))
        .define(
            "labelValues",
            labelColumns.stream()
                .map(c -> ", :label." + c.property())
                .collect(Collectors.joining()))
        .define(
            "sameSeries",
            seriesColumn == null
                ? ""
                : " AND "
                    + seriesColumn
                    + " = :label."
                    + labelColumns.stream()
                        .filter(c -> c.column().equals(seriesColumn))
                        .findFirst()
                        .orElseThrow()
                        .property())
        .define("seriesOrder", seriesColumn == null ? "" : seriesColumn + ", ")
        .define(
            "filters",
            filters.stream()
                .map(
                    f ->
                        " AND (CAST(:filter."
                            + f.column()
                            + " AS text[]) IS NULL OR "
                            + f.column()
                            + " = ANY(:filter."
                            + f.column()
                            + "))")
                .collect(Collectors.joining()));
  }
}
