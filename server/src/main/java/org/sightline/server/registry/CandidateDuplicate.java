package org.sightline.server.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A facility that is possibly a duplicate of another, its namesake (the rule: V012, view {@code
 * facility_candidate_duplicate}).
 *
 * @param distanceM distance between the two locations on the WGS 84 spheroid, metres
 */
public record CandidateDuplicate(
    String facilityId, String duplicateOf, String duplicateOfName, double distanceM) {

  /** Distance in km, 2 decimals, as the API shows distances. */
  public double distanceKm() {
    return Math.round(distanceM / 10.0) / 100.0;
  }

  /** Reads the columns of {@link FacilityDao#candidateDuplicates}. */
  public static final class Mapper implements RowMapper<CandidateDuplicate> {
    @Override
    public CandidateDuplicate map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new CandidateDuplicate(
          rs.getString("facility_id"),
          rs.getString("duplicate_of"),
          rs.getString("duplicate_of_name"),
          rs.getDouble("distance_m"));
    }
  }
}
