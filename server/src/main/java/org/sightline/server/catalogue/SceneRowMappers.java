package org.sightline.server.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.sightline.geodata.geom.BoundingBox;
import org.sightline.imagery.coverage.SceneCover;
import org.sightline.server.db.geometry.PostgisGeometries;

/**
 * The row mappers of {@link SceneDao}, one per result shape; each names the columns it reads.
 * Public for Jdbi.
 */
public final class SceneRowMappers {
  private SceneRowMappers() {}

  /** {@code collection, id, content_sha256}. */
  public static final class StoredHashMapper implements RowMapper<SceneDao.StoredHash> {
    @Override
    public SceneDao.StoredHash map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new SceneDao.StoredHash(
          rs.getString("collection"), rs.getString("id"), rs.getString("content_sha256"));
    }
  }

  /** {@code collection, id, item} (the stored Item JSON as text). */
  public static final class StoredItemMapper implements RowMapper<SceneDao.StoredItem> {
    @Override
    public SceneDao.StoredItem map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new SceneDao.StoredItem(
          rs.getString("collection"), rs.getString("id"), rs.getString("item"));
    }
  }

  /** {@code collection, id, acquired_at, platform, gsd_m, cloud, covered, source}. */
  public static final class SceneCoverMapper implements RowMapper<SceneCover> {
    @Override
    public SceneCover map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new SceneCover(
          rs.getString("collection"),
          rs.getString("id"),
          rs.getObject("acquired_at", OffsetDateTime.class).toInstant(),
          rs.getString("platform"),
          rs.getObject("gsd_m", Double.class),
          rs.getObject("cloud", Double.class),
          rs.getDouble("covered"),
          rs.getString("source"));
    }
  }

  /**
   * {@code collection}, {@code id}, {@code item} (the stored Item JSON as text), then the sort key
   * values {@code k0, k1, ...} as text.
   */
  public static final class SearchRowMapper implements RowMapper<SceneDao.SearchRow> {
    @Override
    public SceneDao.SearchRow map(ResultSet rs, StatementContext ctx) throws SQLException {
      int keys = rs.getMetaData().getColumnCount() - 3;
      List<String> keyValues = new ArrayList<>(keys);
      for (int i = 0; i < keys; i++) {
        keyValues.add(rs.getString("k" + i));
      }
      return new SceneDao.SearchRow(
          rs.getString("collection"), rs.getString("id"), rs.getString("item"), keyValues);
    }
  }

  /** {@code collection, scenes, west, south, east, north, first, last}. */
  public static final class CollectionSummaryMapper implements RowMapper<CollectionSummary> {
    @Override
    public CollectionSummary map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new CollectionSummary(
          rs.getString("collection"),
          rs.getLong("scenes"),
          BoundingBox.of(
              rs.getDouble("west"),
              rs.getDouble("south"),
              rs.getDouble("east"),
              rs.getDouble("north")),
          rs.getObject("first", OffsetDateTime.class).toInstant(),
          rs.getObject("last", OffsetDateTime.class).toInstant());
    }
  }

  /** {@code collection, scenes, first_at, last_at, max_after_s, max_before_s, footprint_share}. */
  public static final class SpanAndShareMapper implements RowMapper<SceneDao.SpanAndShare> {
    @Override
    public SceneDao.SpanAndShare map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new SceneDao.SpanAndShare(
          new SceneDao.CollectionSpan(
              rs.getString("collection"),
              rs.getLong("scenes"),
              rs.getObject("first_at", OffsetDateTime.class).toInstant(),
              rs.getObject("last_at", OffsetDateTime.class).toInstant(),
              rs.getDouble("max_after_s"),
              rs.getDouble("max_before_s")),
          rs.getObject("footprint_share", Double.class));
    }
  }

  /** {@link SceneDao#sceneRefs}. */
  public static final class SceneRefMapper implements RowMapper<SceneDao.SceneRef> {
    @Override
    public SceneDao.SceneRef map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new SceneDao.SceneRef(
          rs.getString("collection"),
          rs.getString("id"),
          rs.getObject("acquired_at", OffsetDateTime.class).toInstant(),
          PostgisGeometries.fromPostgis(rs.getString("footprint")));
    }
  }
}
