package org.sightline.server.testimony;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.sightline.server.db.Columns;

/**
 * The DAO of the witness aggregate's open part ({@code witness}). Never deletes (soft deletes with
 * a reason); every write audited by the table's trigger. The sealed identity has its own DAO
 * ({@link WitnessIdentityDao}). Attach to a handle; as thread-safe as the handle.
 */
@RegisterRowMapper(WitnessDao.WitnessMapper.class)
public interface WitnessDao {
  String VIEW =
      """
      SELECT w.id, w.code, w.organisation_id, w.sharing, w.gender, w.birth_decade, w.province_of_origin,
             w.relations, w.notes, m.code AS merged_into_code, w.synthetic, w.version, w.created_at,
             w.created_by, w.updated_at, w.updated_by,
             EXISTS (SELECT 1 FROM witness_identity i WHERE i.witness_id = w.id AND i.superseded_at IS NULL)
               AS identity_sealed,
             (SELECT count(*) FROM testimony t WHERE t.witness_id = w.id AND t.deleted_at IS NULL)::int
               AS testimonies
        FROM witness w LEFT JOIN witness m ON m.id = w.merged_into
      """;

  /** The open attributes as stored. */
  record Fields(
      String organisation,
      String sharing,
      String gender,
      Integer birthDecade,
      String provinceOfOrigin,
      List<String> relations,
      String notes) {
    public Fields {
      relations = List.copyOf(relations);
    }

    /** For binding as text[]. */
    public String[] relationArray() {
      return relations.toArray(String[]::new);
    }
  }

  @SqlUpdate(
      """
      INSERT INTO witness (code, organisation_id, sharing, gender, birth_decade, province_of_origin, relations,
                           notes, synthetic, created_at, created_by)
      VALUES (:code, :f.organisation, :f.sharing, :f.gender, :f.birthDecade, :f.provinceOfOrigin, :f.relationArray,
              :f.notes, :synthetic, now(), :by)""")
  @GetGeneratedKeys("id")
  long insert(
      @Bind("code") String code,
      @BindMethods("f") Fields fields,
      @Bind("synthetic") boolean synthetic,
      @Bind("by") String by);

  @SqlQuery("SELECT EXISTS (SELECT 1 FROM witness WHERE code = :code)")
  boolean codeTaken(@Bind("code") String code);

  @SqlQuery(VIEW + " WHERE w.id = :id AND w.deleted_at IS NULL")
  Optional<WitnessView> witness(@Bind("id") long id);

  @SqlQuery(VIEW + " WHERE w.code = :code AND w.deleted_at IS NULL")
  Optional<WitnessView> byCode(@Bind("code") String code);

  /** Locks the live witness row until the transaction ends; returns its version. */
  @SqlQuery("SELECT version FROM witness WHERE id = :id AND deleted_at IS NULL FOR UPDATE")
  Optional<Integer> lock(@Bind("id") long id);

  /** Live witnesses, optionally of one organisation, by code; a page after {@code afterCode}. */
  @SqlQuery(
      VIEW
          + """
       WHERE w.deleted_at IS NULL AND (CAST(:organisation AS text) IS NULL OR w.organisation_id = :organisation)
         AND w.code > :afterCode
       ORDER BY w.code LIMIT :limit""")
  List<WitnessView> list(
      @Bind("organisation") String organisation,
      @Bind("afterCode") String afterCode,
      @Bind("limit") int limit);

  @SqlUpdate(
      """
      UPDATE witness SET organisation_id = :f.organisation, sharing = :f.sharing, gender = :f.gender,
             birth_decade = :f.birthDecade, province_of_origin = :f.provinceOfOrigin, relations = :f.relationArray,
             notes = :f.notes, version = version + 1, updated_at = now(), updated_by = :by
       WHERE id = :id AND deleted_at IS NULL""")
  int update(@Bind("id") long id, @BindMethods("f") Fields fields, @Bind("by") String by);

  /** A new version that only records that the sealed identity changed (so ETags move). */
  @SqlUpdate(
      """
      UPDATE witness SET version = version + 1, updated_at = now(), updated_by = :by
       WHERE id = :id AND deleted_at IS NULL""")
  int touch(@Bind("id") long id, @Bind("by") String by);

  /** The live claims of the witness's live testimonies. */
  @SqlQuery(
      """
      SELECT c.id FROM claim c JOIN testimony t ON t.id = c.testimony_id
       WHERE t.witness_id = :id AND t.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY c.id""")
  List<Long> liveClaims(@Bind("id") long witnessId);

  @SqlUpdate(
      """
      UPDATE witness SET merged_into = :into, version = version + 1, updated_at = now(), updated_by = :by
       WHERE id = :id AND deleted_at IS NULL""")
  int mergeInto(@Bind("id") long id, @Bind("into") long into, @Bind("by") String by);

  @SqlUpdate(
      """
      UPDATE witness SET deleted_at = now(), deleted_by = :by, deletion_reason = :reason, version = version + 1
       WHERE id = :id AND deleted_at IS NULL""")
  int softDelete(@Bind("id") long id, @Bind("by") String by, @Bind("reason") String reason);

  /** Maps {@link #VIEW} rows. */
  final class WitnessMapper implements RowMapper<WitnessView> {
    @Override
    public WitnessView map(ResultSet rs, StatementContext ctx) throws SQLException {
      long decade = rs.getLong("birth_decade");
      Integer birthDecade = rs.wasNull() ? null : (int) decade;
      Array relations = rs.getArray("relations");
      return new WitnessView(
          rs.getLong("id"),
          rs.getString("code"),
          rs.getString("organisation_id"),
          rs.getString("sharing"),
          rs.getString("gender"),
          birthDecade,
          rs.getString("province_of_origin"),
          Arrays.asList((String[]) relations.getArray()),
          rs.getString("notes"),
          rs.getString("merged_into_code"),
          rs.getBoolean("identity_sealed"),
          rs.getInt("testimonies"),
          rs.getBoolean("synthetic"),
          rs.getInt("version"),
          Columns.instant(rs, "created_at"),
          rs.getString("created_by"),
          Columns.instant(rs, "updated_at"),
          rs.getString("updated_by"));
    }
  }
}
