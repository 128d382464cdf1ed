package org.sightline.server.db;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.sightline.geodata.source.Source;

/** Cited publishers. A small table, read whole. */
@RegisterConstructorMapper(Source.class)
public interface SourceDao {

  /**
   * Inserts or refreshes a source's citation (citations are metadata, not evidence). An unchanged
   * citation is not touched, so re-running a load writes no audit events or history.
   */
  @SqlUpdate("""
      INSERT INTO source (id, publisher, title, url, licence, via)
      VALUES (:id, :publisher, :title, :url, :licence, :via)
      ON CONFLICT (id) DO UPDATE
        SET publisher = excluded.publisher, title = excluded.title, url = excluded.url,
            licence = excluded.licence, via = excluded.via
        WHERE (source.publisher, source.title, source.url, source.licence, source.via)
              IS DISTINCT FROM (excluded.publisher, excluded.title, excluded.url, excluded.licence, excluded.via)""")
  void upsert(@BindMethods Source source);

  @SqlQuery("SELECT id, publisher, title, url, licence, via FROM source ORDER BY id")
  List<Source> all();
}
