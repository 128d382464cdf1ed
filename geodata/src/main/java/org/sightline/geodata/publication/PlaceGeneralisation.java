package org.sightline.geodata.publication;

import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/** Where a public place is put: at its facility (or zone), or in a cell of a grid. */
public enum PlaceGeneralisation implements Coded {
  /** The facility's public location, when the claim or event is inside one; otherwise the grid. */
  FACILITY("facility", "the facility", "시설"),
  /** The zone's centre, else the facility's location, else the grid. */
  ZONE("zone", "the zone, else the facility", "구역, 없으면 시설"),
  /** A cell of a square grid of the policy's size. */
  GRID("grid", "a grid cell", "격자 칸");

  private final CodeLabels labels;

  PlaceGeneralisation(String code, String labelEn, String labelKo) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }

  public static PlaceGeneralisation fromCode(String code) {
    return Coded.fromCode(PlaceGeneralisation.class, "placeGeneralisation", code);
  }
}
