package org.sightline.server.catalogue;

import java.time.OffsetDateTime;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.sightline.geodata.geom.Geometries;
import org.sightline.imagery.Scene;
import org.sightline.server.db.geometry.PostgisGeometries;

/**
 * Scenes as the CSV rows that {@link SceneDao#copy} sends, one per scene, in the column order of
 * {@code scene} (V007, V009): every text field quoted, NULL as the unquoted empty field, the
 * footprint as hex EWKB MultiPolygon, arrays as PostgreSQL {@code text[]} literals, version 1.
 * Stateless.
 */
final class SceneCopyRows {
  private SceneCopyRows() {}

  /** A scene with the SHA-256 of its JSON. */
  record Hashed(Scene scene, String sha256) {}

  static String csv(List<Hashed> batch, OffsetDateTime ingestedAt, String ingestedBy) {
    // Sized for the batch up front: growing a 20 MB builder copies it (a few percent of the
    // ingest's JVM time, docs/SCALING.md). Each row is its JSON (quotes doubled: a few percent
    // more) and about 1 KB of other fields.
    long capacity = 0;
    for (Hashed hashed : batch) {
      capacity += hashed.scene().originalJson().length() * 11L / 10 + 1024;
    }
    StringBuilder csv = new StringBuilder((int) Math.min(capacity, Integer.MAX_VALUE - 16));
    for (Hashed hashed : batch) {
      Scene s = hashed.scene();
      field(csv, s.collection()).append(',');
      field(csv, s.id()).append(',');
      field(csv, s.acquiredAt().toString()).append(',');
      field(csv, s.startAt() == null ? null : s.startAt().toString()).append(',');
      field(csv, s.endAt() == null ? null : s.endAt().toString()).append(',');
      field(csv, PostgisGeometries.toHexEwkb(multi(s.footprint()))).append(',');
      csv.append(s.bbox().minLonDeg())
          .append(',')
          .append(s.bbox().minLatDeg())
          .append(',')
          .append(s.bbox().maxLonDeg())
          .append(',')
          .append(s.bbox().maxLatDeg())
          .append(',');
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
      field(csv, ingestedAt.toString()).append(',');
      field(csv, ingestedBy).append('\n');
    }
    return csv.toString();
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
      literal
          .append('"')
          .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
          .append('"');
    }
    return literal.append('}').toString();
  }
}
