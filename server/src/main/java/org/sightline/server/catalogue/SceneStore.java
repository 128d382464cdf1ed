package org.sightline.server.catalogue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.postgresql.PGConnection;
import org.sightline.geodata.geom.Geometries;
import org.sightline.imagery.Scene;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.audit.AuditLog;
import org.sightline.server.db.geometry.PostgisGeometries;

/**
 * Writes scenes in bulk: per batch, one transaction that looks up the stored content hashes of the
 * batch's keys, COPYs new Items straight into {@code scene}, and COPYs changed ones into a
 * temporary staging table from which it keeps their previous versions ({@code scene_previous}) and
 * updates them. Unchanged Items (same SHA-256 of their JSON) are not sent at all, so re-ingesting
 * duplicates nothing and costs little; a batch that fails leaves nothing behind, and re-running
 * finishes the job. Two ingests racing on the same new keys both succeed: the one that commits
 * second sees a unique violation, and its batch is run again (at most {@value #MAX_ATTEMPTS}
 * times), finding those keys stored. One audit event per batch. Thread-safe.
 */
public final class SceneStore {
  /** Attempts per batch when a concurrent ingest commits the same new keys first. */
  static final int MAX_ATTEMPTS = 3;
  private static final String UNIQUE_VIOLATION = "23505";
  private final AttributedTransactions transactions;
  private final Clock clock;
  /** Test hook: runs inside the batch's transaction after the COPY, before the merge. */
  private final Consumer<Handle> afterCopy;
  /** Test hook: told the number of each attempt after the first, before it runs. */
  private final IntConsumer beforeRetry;

  public SceneStore(Jdbi jdbi, Clock clock) {
    this(jdbi, clock, handle -> {});
  }

  SceneStore(Jdbi jdbi, Clock clock, Consumer<Handle> afterCopy) {
    this(jdbi, clock, afterCopy, attempt -> {});
  }

  SceneStore(Jdbi jdbi, Clock clock, Consumer<Handle> afterCopy, IntConsumer beforeRetry) {
    this.transactions = new AttributedTransactions(jdbi);
    this.clock = clock;
    this.afterCopy = afterCopy;
    this.beforeRetry = beforeRetry;
  }

  /**
   * What one batch did.
   *
   * @param duplicates Items given more than once in the batch (the last one counts)
   */
  public record BatchResult(int inserted, int updated, int unchanged, int duplicates) {}

  public BatchResult write(Actor actor, List<Scene> scenes, String sourceLabel) {
    Map<String, Scene> byKey = new LinkedHashMap<>();
    for (Scene scene : scenes) {
      byKey.put(scene.collection() + "\u0000" + scene.id(), scene);
    }
    int duplicates = scenes.size() - byKey.size();
    List<Scene> batch = new ArrayList<>(byKey.values());
    for (int attempt = 1; ; attempt++) {
      try {
        return writeOnce(actor, batch, duplicates, sourceLabel);
      } catch (RuntimeException e) {
        // Another ingest committed one of this batch's new keys first: this batch was rolled back
        // whole; the next attempt's lookup sees those keys and treats them as stored.
        if (attempt >= MAX_ATTEMPTS || !isUniqueViolation(e)) {
          throw e;
        }
        beforeRetry.accept(attempt + 1);
      }
    }
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private BatchResult writeOnce(Actor actor, List<Scene> batch, int duplicates, String sourceLabel) {
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    return transactions.inTransaction(actor, handle -> {
      // Which Items are new, changed or unchanged: one indexed lookup of the batch's keys.
      Map<String, String> storedHashes = new java.util.HashMap<>();
      handle.createQuery("""
              SELECT s.collection, s.id, s.content_sha256
                FROM scene s JOIN unnest(CAST(:collections AS text[]), CAST(:ids AS text[])) AS k(collection, id)
                  ON s.collection = k.collection AND s.id = k.id""")
          .bind("collections", batch.stream().map(Scene::collection).toArray(String[]::new))
          .bind("ids", batch.stream().map(Scene::id).toArray(String[]::new))
          .map((rs, ctx) -> Map.entry(rs.getString(1) + "\u0000" + rs.getString(2), rs.getString(3)))
          .forEach(e -> storedHashes.put(e.getKey(), e.getValue()));
      List<Hashed> fresh = new ArrayList<>();
      List<Hashed> changed = new ArrayList<>();
      for (Scene scene : batch) {
        String stored = storedHashes.get(scene.collection() + "\u0000" + scene.id());
        String hash = sha256(scene.originalJson());
        if (stored == null) {
          fresh.add(new Hashed(scene, hash));
        } else if (!stored.equals(hash)) {
          changed.add(new Hashed(scene, hash));
        }
      }
      // New Items go straight into the table; a concurrent ingest that commits the same new key
      // first makes this COPY fail on the primary key, and write() runs the batch again.
      if (!fresh.isEmpty()) {
        copy(handle, "scene", fresh, now, actor.name());
      }
      int updated = 0;
      if (!changed.isEmpty()) {
        handle.execute("CREATE TEMP TABLE scene_staging (LIKE scene INCLUDING DEFAULTS) ON COMMIT DROP");
        copy(handle, "scene_staging", changed, now, actor.name());
      }
      afterCopy.accept(handle);
      if (!changed.isEmpty()) {
        int kept = handle.createUpdate("""
                INSERT INTO scene_previous (collection, id, version, item, content_sha256, ingested_at, ingested_by,
                                            replaced_at, replaced_by)
                SELECT s.collection, s.id, s.version, s.item, s.content_sha256, s.ingested_at, s.ingested_by, :now, :by
                  FROM scene s JOIN scene_staging t ON t.collection = s.collection AND t.id = s.id""")
            .bind("now", now).bind("by", actor.name()).execute();
        updated = handle.createUpdate("""
                UPDATE scene s SET acquired_at = t.acquired_at, start_at = t.start_at, end_at = t.end_at,
                       footprint = t.footprint, bbox_west = t.bbox_west, bbox_south = t.bbox_south,
                       bbox_east = t.bbox_east, bbox_north = t.bbox_north, platform = t.platform,
                       constellation = t.constellation, instruments = t.instruments, gsd_m = t.gsd_m,
                       cloud_cover_pct = t.cloud_cover_pct, off_nadir_deg = t.off_nadir_deg,
                       sun_elevation_deg = t.sun_elevation_deg, sun_azimuth_deg = t.sun_azimuth_deg,
                       providers = t.providers, license = t.license, thumbnail_url = t.thumbnail_url,
                       visual_url = t.visual_url, stac_version = t.stac_version, item = t.item,
                       content_sha256 = t.content_sha256, version = s.version + 1, ingested_at = t.ingested_at,
                       ingested_by = t.ingested_by
                  FROM scene_staging t
                 WHERE t.collection = s.collection AND t.id = s.id""")
            .execute();
        if (updated != kept) {
          throw new IllegalStateException("kept " + kept + " previous versions but updated " + updated);
        }
      }
      BatchResult result = new BatchResult(fresh.size(), updated, batch.size() - fresh.size() - updated, duplicates);
      AuditLog.record(handle, "ingest", "scene", "batch", Map.of("source", sourceLabel, "inserted", result.inserted(),
          "updated", updated, "unchanged", result.unchanged(), "duplicates", duplicates));
      return result;
    });
  }

  /** A scene with the SHA-256 of its JSON, computed once per batch. */
  private record Hashed(Scene scene, String sha256) {}

  private static void copy(Handle handle, String table, List<Hashed> batch, OffsetDateTime now, String by) {
    StringBuilder csv = new StringBuilder(batch.size() * 4096);
    for (Hashed hashed : batch) {
      Scene s = hashed.scene();
      field(csv, s.collection()).append(',');
      field(csv, s.id()).append(',');
      field(csv, s.acquiredAt().toString()).append(',');
      field(csv, s.startAt() == null ? null : s.startAt().toString()).append(',');
      field(csv, s.endAt() == null ? null : s.endAt().toString()).append(',');
      field(csv, PostgisGeometries.toHexEwkb(multi(s.footprint()))).append(',');
      csv.append(s.bbox().minLonDeg()).append(',').append(s.bbox().minLatDeg()).append(',')
          .append(s.bbox().maxLonDeg()).append(',').append(s.bbox().maxLatDeg()).append(',');
      field(csv, s.platform()).append(',');
      field(csv, s.constellation()).append(',');
      field(csv, array(s.instruments())).append(',');
      number(csv, s.gsdM()).append(',');
      number(csv, s.cloudCoverPct()).append(',');
      number(csv, s.offNadirDeg()).append(',');
      number(csv, s.sunElevationDeg()).append(',');
      number(csv, s.sunAzimuthDeg()).append(',');
      field(csv, array(s.providers())).append(',');
      field(csv, s.license()).append(',');
      field(csv, s.thumbnailUrl()).append(',');
      field(csv, s.visualUrl()).append(',');
      field(csv, s.stacVersion()).append(',');
      field(csv, s.originalJson()).append(',');
      field(csv, hashed.sha256()).append(',');
      csv.append("1,");
      field(csv, now.toString()).append(',');
      field(csv, by).append('\n');
    }
    try {
      PGConnection pg = handle.getConnection().unwrap(PGConnection.class);
      // table is one of two constants chosen above, never input.
      pg.getCopyAPI().copyIn("COPY " + table + " FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("COPY into the staging table failed: " + e.getMessage(), e);
    }
  }

  private static MultiPolygon multi(Geometry footprint) {
    if (footprint instanceof MultiPolygon multi) {
      return multi;
    }
    return Geometries.FACTORY.createMultiPolygon(new Polygon[] {(Polygon) footprint});
  }

  /** A CSV field, always quoted (quotes doubled); null is the unquoted empty field (SQL NULL). */
  private static StringBuilder field(StringBuilder csv, String value) {
    if (value == null) {
      return csv;
    }
    csv.append('"');
    int from = 0;
    for (int quote = value.indexOf('"'); quote >= 0; quote = value.indexOf('"', from)) {
      csv.append(value, from, quote + 1).append('"');
      from = quote + 1;
    }
    return csv.append(value, from, value.length()).append('"');
  }

  private static StringBuilder number(StringBuilder csv, Double value) {
    return value == null ? csv : csv.append(value);
  }

  /** A PostgreSQL text[] literal with every element quoted. */
  private static String array(List<String> values) {
    StringBuilder literal = new StringBuilder("{");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        literal.append(',');
      }
      literal.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
    return literal.append('}').toString();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
