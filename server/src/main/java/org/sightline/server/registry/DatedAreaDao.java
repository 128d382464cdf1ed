package org.sightline.server.registry;

import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMap;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.SqlStatementCustomizerFactory;
import org.jdbi.v3.sqlobject.customizer.SqlStatementCustomizingAnnotation;
import org.jdbi.v3.sqlobject.customizer.SqlStatementParameterCustomizer;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.facility.AreaFields;
import org.sightline.geodata.facility.AreaLabel;
import org.sightline.geodata.facility.DatedArea;
import org.sightline.server.db.Columns;
import org.sightline.server.db.LonLatExtent;
import org.sightline.server.db.geometry.PostgisGeometries;
import org.sightline.server.visibility.Visibility;

/**
 * The dated areas of every kind, in the kind's table: one set of statements, whose table, label
 * columns and series condition come from the kind's fixed configuration ({@link DefineKind}, {@link
 * DatedAreaKind#define}); every value is bound by name. Versions are never deleted: soft-deleted
 * with a reason. Reads for callers go through {@link Visibility}: only versions of facilities the
 * caller may see.
 */
@RegisterRowMapper(DatedAreaDao.AreaMapper.class)
public interface DatedAreaDao {
  String COLUMNS =
      """
      id, facility_id<labelColumns>, geometry, valid_from, valid_to, basis, confidence, scene_id, source_ids, note,
      area_sq_km, perimeter_km, created_at, created_by, deleted_at, deleted_by, deletion_reason, version""";

  /**
   * The row's facility is visible to the caller ({@link Visibility#AREA_PREDICATE}; bind the
   * visibility's methods).
   */
  String VISIBLE_FACILITY = Visibility.AREA_PREDICATE;

  /**
   * The live versions an OGC page selects: valid at some time in [:from, :to], meeting :bbox and
   * the filters.
   */
  String PAGE_WHERE =
      " WHERE deleted_at IS NULL AND "
          + VISIBLE_FACILITY
          + " AND validity && daterange(CAST(:from AS date), CAST(:to AS date), '[]')"
          + " AND (CAST(:bbox AS geometry) IS NULL OR (geometry && :bbox AND ST_Intersects(geometry, :bbox)))<filters>";

  /**
   * Defines a {@link DatedAreaKind} parameter's SQL fragments on the statement; the kind is not
   * bound as a value.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.PARAMETER)
  @SqlStatementCustomizingAnnotation(DefineKind.Factory.class)
  @interface DefineKind {
    final class Factory implements SqlStatementCustomizerFactory {
      @Override
      public SqlStatementParameterCustomizer createForParameter(
          Annotation annotation,
          Class<?> sqlObjectType,
          Method method,
          Parameter param,
          int index,
          Type paramType) {
        return (statement, kind) -> ((DatedAreaKind) kind).define(statement);
      }
    }
  }

  /**
   * @param label the kind's label; null for a kind without one
   */
  @SqlUpdate(
      """
      INSERT INTO <table> (facility_id<labelColumns>, geometry, valid_from, valid_to, basis, confidence, scene_id,
                           source_ids, note, area_sq_km, perimeter_km, created_at, created_by)
      VALUES (:facilityId<labelValues>, :area.geometry, :area.validFrom, :area.validTo, :area.basis, :area.confidence,
              :area.sceneId, :sourceIds, :area.note, :area.areaSqKm, :area.perimeterKm, now(), :by)""")
  @GetGeneratedKeys("id")
  long insert(
      @DefineKind DatedAreaKind kind,
      @Bind("facilityId") String facilityId,
      @BindMethods("label") AreaLabel label,
      @BindMethods("area") AreaFields area,
      @Bind("sourceIds") String[] sourceIds,
      @Bind("by") String by);

  /**
   * As {@link #insert(DatedAreaKind, String, AreaLabel, AreaFields, String[], String)}, with the
   * area's sources.
   */
  default long insert(
      DatedAreaKind kind, String facilityId, AreaLabel label, AreaFields area, String by) {
    return insert(kind, facilityId, label, area, area.sourceIds().toArray(String[]::new), by);
  }

  /** Any version, deleted ones included. */
  @SqlQuery("SELECT " + COLUMNS + " FROM <table> WHERE id = :id")
  Optional<DatedArea> find(@DefineKind DatedAreaKind kind, @Bind("id") long id);

  /** As {@link #find}, locking the row until the transaction ends (a deletion). */
  @SqlQuery("SELECT " + COLUMNS + " FROM <table> WHERE id = :id FOR UPDATE")
  Optional<DatedArea> lock(@DefineKind DatedAreaKind kind, @Bind("id") long id);

  /** A live version of a facility the caller may see. */
  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM <visibleTable> WHERE id = :id AND deleted_at IS NULL AND "
          + VISIBLE_FACILITY)
  Optional<DatedArea> visible(
      @DefineKind DatedAreaKind kind, @Bind("id") long id, @BindMethods Visibility visibility);

  /**
   * Live versions of one facility the caller may see, by series then validity (open starts first);
   * only those valid on {@code asOf} when it is given. An indexed containment query.
   */
  @SqlQuery(
      "SELECT "
          + COLUMNS
          + """
       FROM <visibleTable>
      WHERE facility_id = :facilityId AND deleted_at IS NULL AND\s"""
          + VISIBLE_FACILITY
          + """
        AND (CAST(:asOf AS date) IS NULL OR validity @> CAST(:asOf AS date))
      ORDER BY <seriesOrder>valid_from NULLS FIRST, id""")
  List<DatedArea> live(
      @DefineKind DatedAreaKind kind,
      @Bind("facilityId") String facilityId,
      @Bind("asOf") LocalDate asOf,
      @BindMethods Visibility visibility);

  /**
   * Live versions in the series of {@code label} whose validity overlaps [from, to), oldest first.
   */
  @SqlQuery(
      "SELECT "
          + COLUMNS
          + """
       FROM <table>
      WHERE facility_id = :facilityId<sameSeries> AND deleted_at IS NULL
        AND validity && daterange(CAST(:from AS date), CAST(:to AS date), '[)')
      ORDER BY valid_from NULLS FIRST, id""")
  List<DatedArea> overlapping(
      @DefineKind DatedAreaKind kind,
      @Bind("facilityId") String facilityId,
      @BindMethods("label") AreaLabel label,
      @Bind("from") LocalDate from,
      @Bind("to") LocalDate to);

  /** Returns 1, or 0 when the version was deleted already. */
  @SqlUpdate(
      """
      UPDATE <table> SET deleted_at = now(), deleted_by = :by, deletion_reason = :reason, version = version + 1
       WHERE id = :id AND deleted_at IS NULL""")
  int softDelete(
      @DefineKind DatedAreaKind kind,
      @Bind("id") long id,
      @Bind("by") String by,
      @Bind("reason") String reason);

  /**
   * Ends a live version on {@code validTo} (exclusive), one record version later. Returns 1, or 0
   * when it is deleted.
   */
  @SqlUpdate(
      """
      UPDATE <table> SET valid_to = :validTo, version = version + 1
       WHERE id = :id AND deleted_at IS NULL""")
  int end(@DefineKind DatedAreaKind kind, @Bind("id") long id, @Bind("validTo") LocalDate validTo);

  /**
   * One OGC page, by id after {@code afterId} (null: from the start).
   *
   * @param bbox EPSG:4326 (multi)polygon, or null for anywhere
   * @param filters every filter column of the kind to its allowed values (null: any)
   */
  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM <visibleTable>"
          + PAGE_WHERE
          + " AND (CAST(:afterId AS bigint) IS NULL OR id > :afterId) ORDER BY id LIMIT :limit")
  List<DatedArea> page(
      @DefineKind DatedAreaKind kind,
      @BindMethods Visibility visibility,
      @Bind("from") LocalDate from,
      @Bind("to") LocalDate to,
      @Bind("bbox") Geometry bbox,
      @BindMap("filter") Map<String, String[]> filters,
      @Bind("afterId") Long afterId,
      @Bind("limit") int limit);

  /** How many versions {@link #page} selects over all its pages. */
  @SqlQuery("SELECT count(*) FROM <visibleTable>" + PAGE_WHERE)
  long count(
      @DefineKind DatedAreaKind kind,
      @BindMethods Visibility visibility,
      @Bind("from") LocalDate from,
      @Bind("to") LocalDate to,
      @Bind("bbox") Geometry bbox,
      @BindMap("filter") Map<String, String[]> filters);

  /**
   * The extent of the live versions of facilities the caller may see, or empty when there are none:
   * their box, the earliest {@code valid_from} and the latest {@code valid_to}, each null when one
   * version is open at that end.
   */
  @SqlQuery(
      "SELECT ST_XMin(e) AS min_lon, ST_YMin(e) AS min_lat, ST_XMax(e) AS max_lon, ST_YMax(e) AS max_lat,"
          + " CASE WHEN open_start THEN NULL ELSE first_day END AS first_day,"
          + " CASE WHEN open_end THEN NULL ELSE end_day END AS end_day"
          + " FROM (SELECT ST_Extent(geometry) AS e, min(valid_from) AS first_day,"
          + " bool_or(valid_from IS NULL) AS open_start, max(valid_to) AS end_day,"
          + " bool_or(valid_to IS NULL) AS open_end"
          + " FROM <visibleTable> WHERE deleted_at IS NULL AND "
          + VISIBLE_FACILITY
          + ") s WHERE e IS NOT NULL")
  @RegisterRowMapper(ExtentMapper.class)
  Optional<DatedExtent> extent(@DefineKind DatedAreaKind kind, @BindMethods Visibility visibility);

  /** Maps the row of {@link #extent}. */
  final class ExtentMapper implements RowMapper<DatedExtent> {
    @Override
    public DatedExtent map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new DatedExtent(
          new LonLatExtent(
              rs.getDouble("min_lon"),
              rs.getDouble("min_lat"),
              rs.getDouble("max_lon"),
              rs.getDouble("max_lat")),
          rs.getObject("first_day", LocalDate.class),
          rs.getObject("end_day", LocalDate.class));
    }
  }

  /** Maps a row of any kind's table; the kind comes from the statement ({@link DefineKind}). */
  final class AreaMapper implements RowMapper<DatedArea> {
    @Override
    public DatedArea map(ResultSet rs, StatementContext ctx) throws SQLException {
      DatedAreaKind kind = (DatedAreaKind) ctx.getAttribute(DatedAreaKind.ATTRIBUTE);
      Array sources = rs.getArray("source_ids");
      return new DatedArea(
          rs.getLong("id"),
          rs.getString("facility_id"),
          kind.readLabel(rs),
          PostgisGeometries.fromPostgis(rs.getString("geometry")),
          rs.getObject("valid_from", LocalDate.class),
          rs.getObject("valid_to", LocalDate.class),
          rs.getString("basis"),
          rs.getString("confidence"),
          rs.getString("scene_id"),
          sources == null ? List.of() : List.of((String[]) sources.getArray()),
          rs.getString("note"),
          rs.getDouble("area_sq_km"),
          rs.getDouble("perimeter_km"),
          Columns.instant(rs, "created_at"),
          rs.getString("created_by"),
          Columns.instant(rs, "deleted_at"),
          rs.getString("deleted_by"),
          rs.getString("deletion_reason"),
          rs.getInt("version"));
    }
  }
}
