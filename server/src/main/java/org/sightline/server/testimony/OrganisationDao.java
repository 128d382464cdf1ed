package org.sightline.server.testimony;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The DAO of contributing organisations. Rows are never deleted; every write is audited by the
 * table's trigger. Attach to a handle; as thread-safe as the handle.
 */
@RegisterConstructorMapper(OrganisationView.class)
public interface OrganisationDao {
  String COLUMNS = "id, name, name_ko, synthetic, version, created_at, created_by";

  /**
   * Inserts the organisation unless its id exists; returns whether it was inserted. {@code ON
   * CONFLICT DO NOTHING} so that the sample loader and imports can run again.
   */
  @SqlUpdate(
      """
      INSERT INTO organisation (id, name, name_ko, synthetic, created_at, created_by)
      VALUES (:id, :name, :nameKo, :synthetic, now(), :by) ON CONFLICT (id) DO NOTHING""")
  boolean insert(
      @Bind("id") String id,
      @Bind("name") String name,
      @Bind("nameKo") String nameKo,
      @Bind("synthetic") boolean synthetic,
      @Bind("by") String by);

  @SqlQuery("SELECT " + COLUMNS + " FROM organisation WHERE id = :id")
  Optional<OrganisationView> organisation(@Bind("id") String id);

  @SqlQuery("SELECT " + COLUMNS + " FROM organisation ORDER BY id")
  List<OrganisationView> all();
}
