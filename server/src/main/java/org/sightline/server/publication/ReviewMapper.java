package org.sightline.server.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.sightline.geodata.json.JsonMapping;

/** Maps {@link PublicationDao#COLUMNS} to a {@link Review}. */
public final class ReviewMapper implements RowMapper<Review> {
  @Override
  public Review map(ResultSet rs, StatementContext ctx) throws SQLException {
    try {
      return new Review(
          rs.getLong("id"),
          PublicationKind.fromCode(rs.getString("kind")),
          rs.getString("record_id"),
          rs.getString("record_version"),
          ReviewState.fromCode(rs.getString("state")),
          JsonMapping.reader().readTree(rs.getString("content")),
          strings(rs.getArray("publishable_text")),
          strings(rs.getArray("authors")),
          rs.getString("submitted_by"),
          instant(rs.getTimestamp("submitted_at")),
          rs.getString("submission_note"),
          rs.getString("decided_by"),
          instant(rs.getTimestamp("decided_at")),
          rs.getString("decision_note"),
          instant(rs.getTimestamp("published_at")),
          instant(rs.getTimestamp("withdrawn_at")),
          rs.getString("withdrawn_by"),
          rs.getString("withdrawal_reason"),
          rs.getInt("version"));
    } catch (JsonProcessingException e) {
      throw new SQLException("publication " + rs.getLong("id") + ": content is not JSON", e);
    }
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : List.of((String[]) array.getArray());
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
