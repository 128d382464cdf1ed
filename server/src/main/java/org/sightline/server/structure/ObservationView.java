package org.sightline.server.structure;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.sightline.server.api.GeoJsonGeometrySerializer;

/**
 * An observation as the API shows it: its scene, confidence, notes, drawings and unassessable
 * areas. Geometries GeoJSON, EPSG:4326 longitude/latitude; areas m², lengths m.
 *
 * @param illustrative true for the sample data's illustrative series, which is never a real finding
 */
public record ObservationView(
    long id,
    String facilityId,
    String sceneCollection,
    String sceneId,
    LocalDate sceneDate,
    Instant sceneAcquiredAt,
    String confidence,
    String notes,
    boolean illustrative,
    int version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    List<Drawing> structures,
    List<Area> unassessable) {

  /** One drawing. */
  public record Drawing(
      long id,
      @JsonProperty("class") String structureClass,
      String condition,
      @JsonSerialize(using = GeoJsonGeometrySerializer.class) Geometry geometry,
      double areaSqm,
      double lengthM,
      String notes,
      String layerFeature) {}

  /** One area that could not be assessed. */
  public record Area(
      long id,
      String reason,
      @JsonSerialize(using = GeoJsonGeometrySerializer.class) Geometry geometry,
      double areaSqm) {}

  static ObservationView of(
      StoredObservation o, List<StoredStructure> drawings, List<StoredUnassessable> areas) {
    return new ObservationView(
        o.id(),
        o.facilityId(),
        o.sceneCollection(),
        o.sceneId(),
        StructureRecomputation.sceneDate(o),
        o.sceneAcquiredAt(),
        o.confidence(),
        o.notes(),
        o.illustrative(),
        o.version(),
        o.createdAt(),
        o.createdBy(),
        o.updatedAt(),
        o.updatedBy(),
        drawings.stream()
            .map(
                d ->
                    new Drawing(
                        d.id(),
                        d.structureClass(),
                        d.condition(),
                        d.geometry(),
                        d.areaSqm(),
                        d.lengthM(),
                        d.notes(),
                        d.layerFeature()))
            .toList(),
        areas.stream().map(a -> new Area(a.id(), a.reason(), a.geometry(), a.areaSqm())).toList());
  }
}
