package org.sightline.server.registry;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.locationtech.jts.geom.Geometry;
import org.sightline.server.db.Columns;
import org.sightline.server.db.geometry.PostgisGeometries;
import org.sightline.server.visibility.Visibility;

/**
 * Registry reads and writes on {@code facility}. Never deletes (soft delete with reason); every
 * edit names the version it was based on and bumps it.
 */
@RegisterRowMapper(RegistryDao.EntryMapper.class)
public interface RegistryDao {
  String COLUMNS = """
      id, name, name_ko, name_mr, name_rr, aliases, facility_type, status, status_since, controlling_agency, province,
      description, location, published, version, created_at, updated_at, updated_by, deleted_at, deleted_by,
      deletion_reason""";

  @SqlQuery("SELECT " + COLUMNS + " FROM facility WHERE id = :id")
  Optional<RegistryEntry> find(@Bind("id") String id);

  @SqlQuery("SELECT " + COLUMNS + " FROM facility WHERE id = :id FOR UPDATE")
  Optional<RegistryEntry> lock(@Bind("id") String id);

  @SqlUpdate("""
      INSERT INTO facility (id, name, name_ko, name_mr, name_rr, aliases, facility_type, status, status_since,
                            controlling_agency, province, description, location, published, updated_by)
      VALUES (:id, :name, :nameKo, :nameMr, :nameRr, :aliases, :type, :status, :statusSince, :agency, :province,
              :description, :location, false, :by)""")
  void insert(@Bind("id") String id, @Bind("name") String name, @Bind("nameKo") String nameKo,
      @Bind("nameMr") String nameMr, @Bind("nameRr") String nameRr, @Bind("aliases") String[] aliases,
      @Bind("type") String type, @Bind("status") String status, @Bind("statusSince") LocalDate statusSince,
      @Bind("agency") String controllingAgency, @Bind("province") String province,
      @Bind("description") String description, @Bind("location") Geometry location, @Bind("by") String by);

  /** A facility, when {@code visibility} lets the caller see it. */
  @SqlQuery("SELECT " + COLUMNS + " FROM facility f WHERE f.id = :id AND " + Visibility.FACILITY_PREDICATE)
  Optional<RegistryEntry> findVisible(@Bind("id") String id, @BindMethods Visibility visibility);

  /** @return 1, or 0 when the version moved on or the facility is deleted */
  @SqlUpdate("""
      UPDATE facility SET name = :name, name_ko = :nameKo, name_mr = :nameMr, name_rr = :nameRr, aliases = :aliases,
             facility_type = :type, status = :status, status_since = :statusSince, controlling_agency = :agency,
             province = :province, description = :description, location = :location, version = version + 1,
             updated_at = now(), updated_by = :by
       WHERE id = :id AND version = :expectedVersion AND deleted_at IS NULL""")
  int update(@Bind("id") String id, @Bind("expectedVersion") int expectedVersion, @Bind("name") String name,
      @Bind("nameKo") String nameKo, @Bind("nameMr") String nameMr, @Bind("nameRr") String nameRr,
      @Bind("aliases") String[] aliases, @Bind("type") String type, @Bind("status") String status,
      @Bind("statusSince") LocalDate statusSince, @Bind("agency") String controllingAgency,
      @Bind("province") String province, @Bind("description") String description,
      @Bind("location") Geometry location, @Bind("by") String by);

  @SqlUpdate("""
      UPDATE facility SET deleted_at = now(), deleted_by = :by, deletion_reason = :reason, version = version + 1,
             updated_at = now(), updated_by = :by
       WHERE id = :id AND version = :expectedVersion AND deleted_at IS NULL""")
  int softDelete(@Bind("id") String id, @Bind("expectedVersion") int expectedVersion, @Bind("by") String by,
      @Bind("reason") String reason);

  /**
   * Facilities whose names (primary, Hangul, either romanization, aliases; folded) contain the
   * folded query, or are similar to it by trigram word similarity, best first.
   */
  @SqlQuery("SELECT " + COLUMNS
      + " FROM (SELECT f.*, facility_search_text(f.name, f.name_ko, f.name_mr, f.name_rr, f.aliases) AS search,"
      + "              sightline_fold(:query) AS q"
      + "         FROM facility f WHERE " + Visibility.FACILITY_PREDICATE + ") s"
      + " WHERE s.q <> '' AND (strpos(s.search, s.q) > 0 OR word_similarity(s.q, s.search) >= :minSimilarity)"
      + " ORDER BY (strpos(s.search, s.q) > 0) DESC, word_similarity(s.q, s.search) DESC, s.id"
      + " LIMIT :limit")
  List<RegistryEntry> search(@Bind("query") String query, @BindMethods Visibility visibility,
      @Bind("minSimilarity") double minSimilarity, @Bind("limit") int limit);

  /** The sources cited by a facility's live sourced locations and live boundary versions. */
  @SqlQuery("""
      SELECT s.id, s.publisher, s.title, s.url, s.licence, s.via, s.retrieved_on FROM source s
       WHERE s.id IN (SELECT source_id FROM facility_sourced_location WHERE facility_id = :id AND deleted_at IS NULL
                      UNION SELECT unnest(source_ids) FROM facility_boundary WHERE facility_id = :id AND deleted_at IS NULL)
       ORDER BY s.id""")
  @RegisterRowMapper(org.sightline.server.db.SourceDao.SourceMapper.class)
  List<org.sightline.geodata.source.Source> sources(@Bind("id") String facilityId);

  final class EntryMapper implements RowMapper<RegistryEntry> {
    @Override
    public RegistryEntry map(ResultSet rs, StatementContext ctx) throws SQLException {
      Array aliases = rs.getArray("aliases");
      return new RegistryEntry(rs.getString("id"), rs.getString("name"), rs.getString("name_ko"), rs.getString("name_mr"),
          rs.getString("name_rr"), aliases == null ? List.of() : List.of((String[]) aliases.getArray()),
          rs.getString("facility_type"), rs.getString("status"), rs.getObject("status_since", LocalDate.class),
          rs.getString("controlling_agency"), rs.getString("province"), rs.getString("description"),
          PostgisGeometries.fromPostgis(rs.getString("location")), rs.getBoolean("published"), rs.getInt("version"),
          Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"), rs.getString("updated_by"), Columns.instant(rs, "deleted_at"),
          rs.getString("deleted_by"), rs.getString("deletion_reason"));
    }

  }
}
