package org.sightline.geodata.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.geom.Geometries;

class PerimeterOutlineTest {
  private static ObservedStructure drawing(long id, StructureClass c, String wkt) {
    return new ObservedStructure(id, c, StructureCondition.INTACT, Geometries.fromWkt(wkt), null);
  }

  @Test
  void fourFenceLinesThatMeetEncloseTheirSquare() {
    PerimeterOutline.Outline outline =
        PerimeterOutline.of(
            List.of(
                drawing(1, StructureClass.PERIMETER, "LINESTRING (126.00 39.50, 126.01 39.50)"),
                drawing(2, StructureClass.PERIMETER, "LINESTRING (126.01 39.50, 126.01 39.51)"),
                drawing(3, StructureClass.PERIMETER, "LINESTRING (126.01 39.51, 126.00 39.51)"),
                drawing(4, StructureClass.PERIMETER, "LINESTRING (126.00 39.51, 126.00 39.50)"),
                drawing(
                    5,
                    StructureClass.PRISONER_HOUSING,
                    "POLYGON ((126.004 39.504, 126.005 39.504, 126.005 39.505, 126.004 39.504))")));
    assertThat(outline.method()).isEqualTo(PerimeterOutline.Method.ENCLOSED);
    assertThat(outline.drawings()).isEqualTo(4);
    assertThat(outline.geometry().getArea()).isCloseTo(0.0001, offset(1e-12));
    assertThat(outline.geometry().getSRID()).isEqualTo(4326);
  }

  @Test
  void aFenceWithAGapIsProposedAsItsConvexHullAndSaysSo() {
    PerimeterOutline.Outline outline =
        PerimeterOutline.of(
            List.of(
                drawing(
                    1,
                    StructureClass.PERIMETER,
                    "LINESTRING (126.00 39.50, 126.01 39.50, 126.01 39.51, 126.00 39.51)")));
    assertThat(outline.method()).isEqualTo(PerimeterOutline.Method.CONVEX_HULL);
    assertThat(outline.geometry().getArea()).isCloseTo(0.0001, offset(1e-12));
  }

  @Test
  void aWallDrawnAsAPolygonIsTheAreaInsideIt() {
    PerimeterOutline.Outline outline =
        PerimeterOutline.of(
            List.of(
                drawing(
                    1,
                    StructureClass.PERIMETER,
                    "POLYGON ((126.00 39.50, 126.02 39.50, 126.02 39.51, 126.00 39.51, 126.00 39.50))")));
    assertThat(outline.method()).isEqualTo(PerimeterOutline.Method.ENCLOSED);
    assertThat(outline.geometry().getArea()).isCloseTo(0.0002, offset(1e-12));
  }

  @Test
  void noPerimeterDrawingIsRefusedWithTheReason() {
    assertThatThrownBy(
            () ->
                PerimeterOutline.of(
                    List.of(
                        drawing(
                            1,
                            StructureClass.GUARD_POST,
                            "POLYGON ((126.0 39.5, 126.0001 39.5, 126.0001 39.5001, 126.0 39.5))"))))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("no perimeter drawing");
  }
}
