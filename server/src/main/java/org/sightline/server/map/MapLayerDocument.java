package org.sightline.server.map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A map layer's answer: a GeoJSON FeatureCollection with the layer's name, its mode and how many
 * items matched.
 *
 * @param type always {@code FeatureCollection}
 * @param layer {@code footprints}, {@code change-events} or {@code events}
 * @param mode {@value #FEATURES} (one feature per item or group) or {@value #CELLS} (one per
 *     non-empty grid cell, with counts)
 * @param numberMatched how many items (scenes, change events, events) the view and period hold
 * @param cellSizeDeg the side of a grid cell in degrees, in cells mode only
 */
@JsonPropertyOrder({"type", "layer", "mode", "numberMatched", "cellSizeDeg", "features"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MapLayerDocument(
    String type,
    String layer,
    String mode,
    long numberMatched,
    Double cellSizeDeg,
    List<MapFeature> features) {
  public static final String FEATURES = "features";
  public static final String CELLS = "cells";

  public MapLayerDocument {
    features = List.copyOf(features);
  }

  public static MapLayerDocument of(
      String layer,
      String mode,
      long numberMatched,
      Double cellSizeDeg,
      List<MapFeature> features) {
    return new MapLayerDocument(
        "FeatureCollection", layer, mode, numberMatched, cellSizeDeg, features);
  }
}
