package org.sightline.server.testimony;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.geom.GeoJsonGeometryReader;
import org.sightline.geodata.place.PlacePrecision;
import org.sightline.geodata.time.Edtf;
import org.sightline.geodata.time.PrecisionCodes;
import org.sightline.geodata.time.UncertainTime;
import org.sightline.server.db.Columns;
import org.sightline.server.db.geometry.PostgisGeometries;

/** Maps {@link ClaimDao#VIEW} rows: the claim with its places and links (JSON aggregates). */
public final class ClaimRowMapper implements RowMapper<ClaimView> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public ClaimView map(ResultSet rs, StatementContext ctx) throws SQLException {
    UncertainTime time = Edtf.parse("time", rs.getString("time_edtf"));
    List<ClaimView.Place> places = places(rs.getString("places"));
    String regionHex = rs.getString("region");
    Geometry region = regionHex == null ? null : PostgisGeometries.fromPostgis(regionHex);
    String precision =
        places.stream()
            .map(p -> PlacePrecision.fromCode(p.precision()))
            .max(Enum::compareTo)
            .map(PlacePrecision::code)
            .orElse(null);
    return new ClaimView(
        rs.getLong("id"),
        nullableLong(rs, "testimony_id"),
        nullableLong(rs, "document_id"),
        rs.getString("witness_code"),
        rs.getString("organisation_id"),
        rs.getString("sharing"),
        rs.getString("claim_type"),
        rs.getString("description"),
        rs.getString("perpetrator_unit"),
        nullableInt(rs, "victims_min"),
        nullableInt(rs, "victims_max"),
        rs.getString("information_grade"),
        rs.getString("witness_relation"),
        rs.getString("heard_from_code"),
        rs.getString("heard_from_note"),
        new ClaimView.Time(
            time.edtf(),
            time.earliest(),
            time.latest(),
            time.precision().code(),
            rs.getString("time_stated"),
            PrecisionCodes.acledTimePrecision(time),
            PrecisionCodes.ucdpDatePrec(time)),
        places,
        precision,
        region,
        links(rs.getString("links")),
        rs.getString("external_ref"),
        rs.getBoolean("synthetic"),
        rs.getInt("version"),
        Columns.instant(rs, "created_at"),
        rs.getString("created_by"),
        Columns.instant(rs, "updated_at"),
        rs.getString("updated_by"));
  }

  private static List<ClaimView.Place> places(String json) throws SQLException {
    List<ClaimView.Place> places = new ArrayList<>();
    for (JsonNode p : tree(json)) {
      String kind = p.path("kind").asText();
      List<Double> point =
          "point".equals(kind) ? List.of(p.path("lon").asDouble(), p.path("lat").asDouble()) : null;
      Geometry area =
          "area".equals(kind) ? GeoJsonGeometryReader.read(p.path("area"), "area") : null;
      places.add(
          new ClaimView.Place(
              kind,
              point,
              p.path("radiusM").isNumber() ? p.path("radiusM").asDouble() : null,
              area,
              text(p, "facility"),
              text(p, "zone"),
              p.path("precision").asText(),
              text(p, "description")));
    }
    return places;
  }

  private static List<ClaimView.Link> links(String json) throws SQLException {
    List<ClaimView.Link> links = new ArrayList<>();
    for (JsonNode l : tree(json)) {
      links.add(
          new ClaimView.Link(
              l.path("facility").asText(),
              l.path("boundaryId").isNumber() ? l.path("boundaryId").asLong() : null,
              text(l, "zone"),
              l.path("overlapFraction").asDouble()));
    }
    return links;
  }

  private static JsonNode tree(String json) throws SQLException {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new SQLException("claim row: unreadable JSON aggregate", e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.asText() : null;
  }

  private static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }
}
