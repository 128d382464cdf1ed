package org.sightline.server.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A facility found by name, with how well it matched ({@link FacilityDao#search}).
 *
 * @param score 5 the whole name, 4 an exact phrase of it, 3 every query word one of its words, 2
 *     every word a word or a prefix of one, 1 a similar spelling
 * @param similarity the best trigram word similarity of the query's key to one of its name keys,
 *     0..1
 */
public record NameMatch(RegistryEntry entry, int score, double similarity) {

  /** Maps the entry's columns plus {@code match_score} and {@code match_similarity}. */
  public static final class Mapper implements RowMapper<NameMatch> {
    private final RegistryEntryMapper entries = new RegistryEntryMapper();

    @Override
    public NameMatch map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new NameMatch(
          entries.map(rs, ctx), rs.getInt("match_score"), rs.getDouble("match_similarity"));
    }
  }
}
