package org.sightline.server.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.sightline.geodata.facility.Facility;
import org.sightline.geodata.facility.SourcedLocation;
import org.sightline.geodata.io.ExportRow;
import org.sightline.geodata.source.Source;
import org.sightline.server.db.LonLatExtent;
import org.sightline.server.db.SourceDao;
import org.sightline.server.visibility.Visibility;

/**
 * The facility aggregate in PostGIS: {@code facility} and its {@code facility_sourced_location}s,
 * read as the registry holds them ({@link RegistryEntry}), as map features ({@link Facility}) and
 * as export rows ({@link ExportRow}). The only SQL on these tables.
 *
 * <p>Never deletes (soft delete with a reason); every edit names the version it was based on and
 * bumps it. Every read that a caller makes takes a {@link Visibility} and filters with its one
 * predicate. Geometries are EPSG:4326 (longitude, latitude). Spatial filters use {@code &&} so the
 * GiST index on {@code facility.location} narrows candidates, then {@code ST_Intersects} refines.
 * Paging is keyset paging on {@code id}, so rows inserted or removed meanwhile never make a page
 * skip or repeat an item.
 */
@RegisterRowMapper(RegistryEntryMapper.class)
@RegisterRowMapper(FacilityRowMapper.class)
@RegisterRowMapper(SourcedLocationRowMapper.class)
@RegisterRowMapper(ExportRowMapper.class)
@RegisterRowMapper(SourceDao.SourceMapper.class)
public interface FacilityDao {
  /** The columns {@link RegistryEntryMapper} reads. */
  String ENTRY_COLUMNS =
      """
      id, name, name_ko, name_mr, name_rr, aliases, facility_type, status, status_since, controlling_agency, province,
      description, location, published, version, created_at, updated_at, updated_by, deleted_at, deleted_by,
      deletion_reason""";

  /** The columns {@link FacilityRowMapper} reads, of {@code facility f}. */
  String FEATURE_COLUMNS =
      "f.id, f.name, f.name_ko, f.aliases, f.facility_type, f.status, f.province, f.controlling_agency, f.location";

  /**
   * The spatial, type and status filters of {@link #page} and {@link #count} (each null for any).
   */
  String FEATURE_FILTERS =
      """
       AND (CAST(:types AS text[]) IS NULL OR f.facility_type = ANY(:types))
       AND (CAST(:statuses AS text[]) IS NULL OR f.status = ANY(:statuses))
       AND (CAST(:area AS geometry) IS NULL OR (f.location && :area AND ST_Intersects(f.location, :area)))
      """;

  /**
   * The lowest {@code sightline_name_match} score of a word-for-word match (every query word a word
   * or the prefix of a word of one name); below it, only similar spellings.
   */
  int WORD_MATCH = 2;

  // Writes

  /** Inserts a facility; {@code updated_by} is {@code by}. */
  @SqlUpdate(
      """
      INSERT INTO facility (id, name, name_ko, name_mr, name_rr, aliases, facility_type, status, status_since,
                            controlling_agency, province, description, location, published, updated_by)
      VALUES (:f.id, :f.name, :f.nameKo, :f.nameMr, :f.nameRr, :f.aliasArray, :f.type, :f.status, :f.statusSince,
              :f.controllingAgency, :f.province, :f.description, :f.location, :f.published, :by)""")
  void insert(@BindMethods("f") FacilityFields facility, @Bind("by") String by);

  /**
   * Inserts a facility unless one with its id exists. Why DO NOTHING: sample data must never
   * overwrite a record that users may since have edited.
   *
   * @return 1 when inserted, 0 when the id already existed
   */
  @SqlUpdate(
      """
      INSERT INTO facility (id, name, name_ko, name_mr, name_rr, aliases, facility_type, status, status_since,
                            controlling_agency, province, description, location, published)
      VALUES (:f.id, :f.name, :f.nameKo, :f.nameMr, :f.nameRr, :f.aliasArray, :f.type, :f.status, :f.statusSince,
              :f.controllingAgency, :f.province, :f.description, :f.location, :f.published)
      ON CONFLICT (id) DO NOTHING""")
  int insertIfAbsent(@BindMethods("f") FacilityFields facility);

  /**
   * Replaces the editable fields (not {@code id}, not {@code published}) of the live facility at
   * {@code expectedVersion}, and bumps its version.
   *
   * @return 1, or 0 when the version moved on or the facility is deleted
   */
  @SqlUpdate(
      """
      UPDATE facility SET name = :f.name, name_ko = :f.nameKo, name_mr = :f.nameMr, name_rr = :f.nameRr,
             aliases = :f.aliasArray, facility_type = :f.type, status = :f.status, status_since = :f.statusSince,
             controlling_agency = :f.controllingAgency, province = :f.province, description = :f.description,
             location = :f.location, version = version + 1, updated_at = now(), updated_by = :by
       WHERE id = :f.id AND version = :expectedVersion AND deleted_at IS NULL""")
  int update(
      @BindMethods("f") FacilityFields facility,
      @Bind("expectedVersion") int expectedVersion,
      @Bind("by") String by);

  /** Returns 1, or 0 when the version moved on or the facility is already deleted. */
  @SqlUpdate(
      """
      UPDATE facility SET deleted_at = now(), deleted_by = :by, deletion_reason = :reason, version = version + 1,
             updated_at = now(), updated_by = :by
       WHERE id = :id AND version = :expectedVersion AND deleted_at IS NULL""")
  int softDelete(
      @Bind("id") String id,
      @Bind("expectedVersion") int expectedVersion,
      @Bind("by") String by,
      @Bind("reason") String reason);

  /**
   * Publishes or withdraws a facility from the public map. @return 1, or 0 when absent or deleted
   */
  @SqlUpdate(
      "UPDATE facility SET published = :published, updated_at = now() WHERE id = :id AND deleted_at IS NULL")
  int setPublished(@Bind("id") String id, @Bind("published") boolean published);

  /**
   * Fills in the controlling agency of a facility that has none (sample data added after the
   * facility was loaded); never overwrites one that is set.
   *
   * @return 1 when filled in, else 0
   */
  @SqlUpdate(
      "UPDATE facility SET controlling_agency = :agency WHERE id = :id AND controlling_agency IS NULL"
          + " AND deleted_at IS NULL")
  int fillControllingAgency(@Bind("id") String id, @Bind("agency") String controllingAgency);

  /**
   * Gives a live facility that has no names in Hangul or romanization these ones (sample data added
   * after the facility was loaded); never overwrites a name that is set.
   *
   * @return 1 when named, else 0
   */
  @SqlUpdate(
      """
      UPDATE facility SET name_ko = :ko, name_mr = :mr, name_rr = :rr, version = version + 1,
             updated_at = now(), updated_by = :by
       WHERE id = :id AND deleted_at IS NULL AND name_ko IS NULL AND name_mr IS NULL AND name_rr IS NULL""")
  int fillNames(
      @Bind("id") String id,
      @Bind("ko") String nameKo,
      @Bind("mr") String nameMr,
      @Bind("rr") String nameRr,
      @Bind("by") String by);

  /** Inserts one sourced location unless that (facility, source, record) exists. @return 1 or 0 */
  @SqlUpdate(
      """
      INSERT INTO facility_sourced_location
        (facility_id, source_id, record_id, name_as_published, location, url, is_primary, note)
      VALUES (:facilityId, :l.sourceId, :l.recordId, :l.nameAsPublished, :l.point, :l.url, :l.primary, :l.note)
      ON CONFLICT (facility_id, source_id, record_id) DO NOTHING""")
  int insertSourcedLocationIfAbsent(
      @Bind("facilityId") String facilityId, @BindMethods("l") SourcedLocation location);

  // The registry's reads

  /** Any facility with this id, soft-deleted ones included (ids are never reused). */
  @SqlQuery("SELECT " + ENTRY_COLUMNS + " FROM facility WHERE id = :id")
  Optional<RegistryEntry> find(@Bind("id") String id);

  /**
   * As {@link #find}, locking the row until the transaction ends, so that edits of it serialise.
   */
  @SqlQuery("SELECT " + ENTRY_COLUMNS + " FROM facility WHERE id = :id FOR UPDATE")
  Optional<RegistryEntry> lock(@Bind("id") String id);

  /** A facility, when {@code visibility} lets the caller see it. */
  @SqlQuery(
      "SELECT "
          + ENTRY_COLUMNS
          + " FROM "
          + Visibility.FACILITIES
          + " f WHERE f.id = :id AND "
          + Visibility.FACILITY_PREDICATE)
  Optional<RegistryEntry> findVisible(@Bind("id") String id, @BindMethods Visibility visibility);

  /**
   * The least trigram word similarity ({@code word_similarity} of the query's key to a name key,
   * 0..1) of a similar-spelling match: below it, a name within one edit of a query word is not
   * offered ("yotk" ~ "yotok" is 0.6 and "yotuk" ~ "yotok" 0.5, kept; two short words sharing only
   * their first letters fall below).
   */
  double MIN_SIMILAR_SPELLING = 0.5;

  /**
   * Visible facilities with a name (primary, Hangul, either romanization, an alias) that matches
   * the query or its Revised Romanization ({@code romanized}, null when the query has no Hangul),
   * compared as romanization-blind keys ({@code sightline_name_key}, V011) word by word: every
   * query word must match a word of one name. Best first: the whole name, an exact phrase, every
   * word exact in any order, every word exact or a prefix, then similar spellings (within one edit,
   * two from eight letters, same first letter; {@code sightline_word_match}), which are offered
   * only when no name matches word for word ("yoduk" finds Yodok; "pukchang" does not add Pukchung)
   * and only when the trigram word similarity is at least {@link #MIN_SIMILAR_SPELLING}; ties by
   * trigram similarity of the keys, then id. Each with its score and word similarity.
   */
  @SqlQuery(
      "SELECT "
          + ENTRY_COLUMNS
          + ", score AS match_score, likeness AS match_similarity"
          + " FROM (SELECT s.*, max(s.score) OVER () AS best"
          + "         FROM (SELECT f.*, m.score, m.closeness, m.likeness FROM "
          + Visibility.FACILITIES
          + " f"
          + "                 CROSS JOIN LATERAL ("
          + "                   SELECT max(sightline_name_match(q.key, n)) AS score,"
          + "                          max(similarity(q.key, n)) AS closeness,"
          + "                          max(word_similarity(q.key, n)) AS likeness"
          + "                     FROM (SELECT DISTINCT sightline_name_key(x) AS key"
          + "                             FROM unnest(ARRAY[:query, :romanized]) AS x WHERE x IS NOT NULL) q,"
          + "                          unnest(facility_name_keys(f.name, f.name_ko, f.name_mr, f.name_rr, f.aliases)) AS n"
          + "                 ) m"
          + "                WHERE "
          + Visibility.FACILITY_PREDICATE
          + "                  AND m.score IS NOT NULL) s) t"
          + " WHERE t.score >= "
          + WORD_MATCH
          + " OR (t.best < "
          + WORD_MATCH
          + " AND t.likeness >= "
          + MIN_SIMILAR_SPELLING
          + ")"
          + " ORDER BY t.score DESC, t.closeness DESC, t.id"
          + " LIMIT :limit")
  @RegisterRowMapper(NameMatch.Mapper.class)
  List<NameMatch> search(
      @Bind("query") String query,
      @Bind("romanized") String romanized,
      @BindMethods Visibility visibility,
      @Bind("limit") int limit);

  // Candidate duplicates (V012: the rule is the view facility_candidate_duplicate)

  /**
   * The current candidate duplicates among these facilities, each with its namesake, where the
   * caller may see both; nearest namesake first.
   */
  @SqlQuery(
      "SELECT c.facility_id, c.duplicate_of, k.name AS duplicate_of_name, c.distance_m"
          + " FROM facility_candidate_duplicate c"
          + " JOIN "
          + Visibility.FACILITIES
          + " f ON f.id = c.facility_id"
          + " JOIN "
          + Visibility.FACILITIES
          + " k ON k.id = c.duplicate_of"
          + " WHERE c.facility_id = ANY(:ids) AND "
          + Visibility.FACILITY_PREDICATE
          + " AND "
          + Visibility.NAMESAKE_PREDICATE
          + " ORDER BY c.facility_id, c.distance_m, c.duplicate_of")
  @RegisterRowMapper(CandidateDuplicate.Mapper.class)
  List<CandidateDuplicate> candidateDuplicates(
      @Bind("ids") String[] facilityIds, @BindMethods Visibility visibility);

  /** Whether {@code facilityId} is now a candidate duplicate of {@code duplicateOf}. */
  @SqlQuery(
      "SELECT EXISTS (SELECT 1 FROM facility_candidate_duplicate"
          + " WHERE facility_id = :id AND duplicate_of = :duplicateOf)")
  boolean isCandidateDuplicate(
      @Bind("id") String facilityId, @Bind("duplicateOf") String duplicateOf);

  /** Records an analyst's decision on a candidate pair. */
  @SqlUpdate(
      """
      INSERT INTO facility_duplicate_decision (facility_id, duplicate_of, decision, reason, decided_by)
      VALUES (:id, :duplicateOf, :decision, :reason, :by)""")
  void insertDuplicateDecision(
      @Bind("id") String facilityId,
      @Bind("duplicateOf") String duplicateOf,
      @Bind("decision") String decision,
      @Bind("reason") String reason,
      @Bind("by") String by);

  /**
   * Copies the live sourced locations of {@code fromId} to {@code toId} as alternative (not
   * primary) locations, noting where they came from; a (source, record) {@code toId} already has is
   * left as it is.
   *
   * @return how many were copied
   */
  @SqlUpdate(
      """
      INSERT INTO facility_sourced_location
        (facility_id, source_id, record_id, name_as_published, location, url, is_primary, note)
      SELECT :toId, source_id, record_id, name_as_published, location, url, false,
             'from merged record ' || :fromId || coalesce(': ' || note, '')
        FROM facility_sourced_location WHERE facility_id = :fromId AND deleted_at IS NULL
      ON CONFLICT (facility_id, source_id, record_id) DO NOTHING""")
  int copySourcedLocations(@Bind("fromId") String fromId, @Bind("toId") String toId);

  /**
   * Bumps the version of a live facility whose shown state changed without a field edit (a
   * duplicate decision).
   *
   * @return 1, or 0 when the version moved on or the facility is deleted
   */
  @SqlUpdate(
      """
      UPDATE facility SET version = version + 1, updated_at = now(), updated_by = :by
       WHERE id = :id AND version = :expectedVersion AND deleted_at IS NULL""")
  int bumpVersion(
      @Bind("id") String id, @Bind("expectedVersion") int expectedVersion, @Bind("by") String by);

  /** The sources cited by a facility's live sourced locations and live boundary versions. */
  @SqlQuery(
      """
      SELECT s.id, s.publisher, s.title, s.url, s.licence, s.via, s.retrieved_on FROM source s
       WHERE s.id IN (SELECT source_id FROM facility_sourced_location WHERE facility_id = :id AND deleted_at IS NULL
                      UNION SELECT unnest(source_ids) FROM facility_boundary WHERE facility_id = :id AND deleted_at IS NULL)
       ORDER BY s.id""")
  List<Source> sources(@Bind("id") String facilityId);

  /** Whether the (not deleted) facility is published; empty when there is none. */
  @SqlQuery("SELECT published FROM facility WHERE id = :id AND deleted_at IS NULL")
  Optional<Boolean> published(@Bind("id") String id);

  /** Which of these facilities are not published (their reads by staff are audited). */
  @SqlQuery("SELECT id FROM facility WHERE id = ANY(:ids) AND NOT published ORDER BY id")
  List<String> unpublishedAmong(@Bind("ids") String[] ids);

  /**
   * The primary sourced location of a live facility that has never had a boundary version (sample
   * data places a search area there); empty otherwise.
   */
  @SqlQuery(
      """
      SELECT l.location FROM facility f JOIN facility_sourced_location l ON l.facility_id = f.id AND l.is_primary
       WHERE f.id = :id AND f.deleted_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM facility_boundary b WHERE b.facility_id = f.id)""")
  Optional<Point> primaryLocationWithoutBoundary(@Bind("id") String facilityId);

  // Map features

  /**
   * One page of visible facilities ordered by id, after {@code afterId} (null for the first page),
   * only those whose location intersects {@code area} and of these types and statuses (codes; each
   * null for any).
   */
  @SqlQuery(
      "SELECT "
          + FEATURE_COLUMNS
          + " FROM "
          + Visibility.FACILITIES
          + " f WHERE "
          + Visibility.FACILITY_PREDICATE
          + FEATURE_FILTERS
          + " AND (CAST(:afterId AS text) IS NULL OR f.id > :afterId) ORDER BY f.id LIMIT :limit")
  List<Facility> page(
      @Bind("area") Geometry area,
      @Bind("afterId") String afterId,
      @Bind("limit") int limit,
      @BindMethods Visibility visibility,
      @Bind("types") String[] types,
      @Bind("statuses") String[] statuses);

  /** {@link #page} without type or status filters. */
  default List<Facility> page(Geometry area, String afterId, int limit, Visibility visibility) {
    return page(area, afterId, limit, visibility, null, null);
  }

  /** How many facilities {@link #page} would list in all. */
  @SqlQuery(
      "SELECT count(*) FROM "
          + Visibility.FACILITIES
          + " f WHERE "
          + Visibility.FACILITY_PREDICATE
          + FEATURE_FILTERS)
  long count(
      @Bind("area") Geometry area,
      @BindMethods Visibility visibility,
      @Bind("types") String[] types,
      @Bind("statuses") String[] statuses);

  /** {@link #count} without type or status filters. */
  default long count(Geometry area, Visibility visibility) {
    return count(area, visibility, null, null);
  }

  /** A visible facility as a map feature. */
  @SqlQuery(
      "SELECT "
          + FEATURE_COLUMNS
          + " FROM "
          + Visibility.FACILITIES
          + " f WHERE f.id = :id AND "
          + Visibility.FACILITY_PREDICATE)
  Optional<Facility> findFeature(@Bind("id") String id, @BindMethods Visibility visibility);

  /** The bounding box of the visible facilities' locations, or empty when there are none. */
  @SqlQuery(
      "SELECT ST_XMin(e) AS min_lon, ST_YMin(e) AS min_lat, ST_XMax(e) AS max_lon, ST_YMax(e) AS max_lat"
          + " FROM (SELECT ST_Extent(f.location) AS e FROM "
          + Visibility.FACILITIES
          + " f WHERE "
          + Visibility.FACILITY_PREDICATE
          + ") s"
          + " WHERE e IS NOT NULL")
  @RegisterConstructorMapper(LonLatExtent.class)
  Optional<LonLatExtent> extent(@BindMethods Visibility visibility);

  /**
   * The live sourced locations of the given facilities, primary first, with each one's distance
   * from the facility's location in metres measured on the WGS 84 spheroid (geography).
   */
  @SqlQuery(
      """
      SELECT l.facility_id, l.source_id, l.record_id, l.name_as_published, l.location, l.url, l.is_primary,
             l.note, ST_Distance(l.location::geography, f.location::geography) AS distance_m
        FROM facility_sourced_location l
        JOIN facility f ON f.id = l.facility_id
       WHERE l.facility_id = ANY(:facilityIds) AND l.deleted_at IS NULL
       ORDER BY l.facility_id, l.is_primary DESC, l.source_id, l.record_id""")
  List<SourcedLocationRow> sourcedLocations(@Bind("facilityIds") String[] facilityIds);

  // Exports

  /**
   * The visible facilities to export, by id, each with the boundary valid on {@code asOf} (one
   * lateral lookup per facility on the exclusion-constrained validity, so at most one) and, for a
   * candidate duplicate, its nearest namesake the caller may see.
   */
  @SqlQuery(
      """
      SELECT f.id, f.name, f.name_ko, f.name_mr, f.name_rr, f.aliases, f.facility_type, f.status, f.status_since,
             f.province, f.controlling_agency, f.location, b.geometry AS boundary, b.basis, b.confidence,
             b.valid_from, b.valid_to, b.area_sq_km, d.duplicate_of AS possible_duplicate_of
        FROM\s"""
          + Visibility.FACILITIES
          + """
       f
        LEFT JOIN LATERAL (
               SELECT geometry, basis, confidence, valid_from, valid_to, area_sq_km FROM\s"""
          + Visibility.BOUNDARIES
          + """
       fb
                WHERE fb.facility_id = f.id AND fb.deleted_at IS NULL AND fb.validity @> CAST(:asOf AS date)
                ORDER BY fb.valid_from DESC NULLS LAST, fb.id DESC LIMIT 1) b ON true
        LEFT JOIN (
               SELECT DISTINCT ON (c.facility_id) c.facility_id, c.duplicate_of
                 FROM facility_candidate_duplicate c JOIN\s"""
          + Visibility.FACILITIES
          + """
       k ON k.id = c.duplicate_of
                WHERE\s"""
          + Visibility.NAMESAKE_PREDICATE
          + """
                ORDER BY c.facility_id, c.distance_m, c.duplicate_of) d ON d.facility_id = f.id
       WHERE\s"""
          + Visibility.FACILITY_PREDICATE
          + " ORDER BY f.id")
  List<ExportRow> exportRows(@Bind("asOf") LocalDate asOf, @BindMethods Visibility visibility);
}
