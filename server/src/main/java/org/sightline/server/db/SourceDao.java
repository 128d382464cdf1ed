package org.sightline.server.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.sightline.geodata.source.Source;

/** Cited publishers. A small table, read whole. */
@RegisterRowMapper(SourceDao.SourceMapper.class)
public interface SourceDao {

  /**
   * Inserts or refreshes a source's citation (citations are metadata, not evidence). An unchanged
   * citation is not touched, so re-running a load writes no audit events or history.
   */
  @SqlUpdate(
      """
      INSERT INTO source (id, publisher, title, url, licence, via, retrieved_on)
      VALUES (:id, :publisher, :title, :url, :licence, :via, :retrievedOn)
      ON CONFLICT (id) DO UPDATE
        SET publisher = excluded.publisher, title = excluded.title, url = excluded.url,
            licence = excluded.licence, via = excluded.via, retrieved_on = excluded.retrieved_on
        WHERE (source.publisher, source.title, source.url, source.licence, source.via, source.retrieved_on)
              IS DISTINCT FROM (excluded.publisher, excluded.title, excluded.url, excluded.licence, excluded.via,
                                excluded.retrieved_on)""")
  void upsert(@BindMethods Source source);

  @SqlQuery("SELECT id, publisher, title, url, licence, via, retrieved_on FROM source ORDER BY id")
  List<Source> all();

  /** The attribution line of an export: every source's publisher and licence. */
  @SqlQuery(
      "SELECT 'Sources: ' || coalesce(string_agg(publisher || ' (' || licence || ')', '; ' ORDER BY id), 'none')"
          + " || '. Exported by Sightline.' FROM source")
  String exportAttribution();

  /** Maps a {@code source} row. */
  final class SourceMapper implements RowMapper<Source> {
    @Override
    public Source map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new Source(
          rs.getString("id"),
          rs.getString("publisher"),
          rs.getString("title"),
          rs.getString("url"),
          rs.getString("licence"),
          rs.getString("via"),
          rs.getObject("retrieved_on", LocalDate.class));
    }
  }
}
