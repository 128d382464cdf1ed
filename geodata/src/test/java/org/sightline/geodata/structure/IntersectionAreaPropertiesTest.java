package org.sightline.geodata.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.sightline.geodata.geom.Geometries;

/** The fast intersection area agrees with JTS's overlay on convex and other drawings. */
class IntersectionAreaPropertiesTest {
  /** A 5-40 m rectangle, an L-shaped block, a courtyard block (a hole) or two huts, rotated. */
  @Provide
  Arbitrary<Geometry> drawings() {
    Arbitrary<Double> place = Arbitraries.doubles().between(0, 40).ofScale(2);
    Arbitrary<Double> side = Arbitraries.doubles().between(5, 40).ofScale(2);
    Arbitrary<Double> angle = Arbitraries.doubles().between(0, 3.14).ofScale(3);
    Arbitrary<String> shape = Arbitraries.of("rectangle", "l-shape", "courtyard", "two");
    return Combinators.combine(shape, place, place, side, side, angle)
        .as(IntersectionAreaPropertiesTest::drawing);
  }

  private static Geometry drawing(
      String shape, double x, double y, double w, double h, double angle) {
    String wkt =
        switch (shape) {
          case "rectangle" -> StructureFixtures.rect(0, 0, w, h);
          case "l-shape" ->
              String.format(
                  Locale.ROOT,
                  "POLYGON ((0 0, %s 0, %s %s, %s %s, %s %s, 0 %s, 0 0))",
                  w,
                  w,
                  h / 2,
                  w / 2,
                  h / 2,
                  w / 2,
                  h,
                  h);
          case "courtyard" ->
              String.format(
                  Locale.ROOT,
                  "POLYGON ((0 0, %s 0, %s %s, 0 %s, 0 0), (%s %s, %s %s, %s %s, %s %s, %s %s))",
                  w,
                  w,
                  h,
                  h,
                  w / 4,
                  h / 4,
                  w / 4,
                  3 * h / 4,
                  3 * w / 4,
                  3 * h / 4,
                  3 * w / 4,
                  h / 4,
                  w / 4,
                  h / 4);
          default ->
              String.format(
                  Locale.ROOT,
                  "MULTIPOLYGON (((0 0, %s 0, %s %s, 0 %s, 0 0)), ((%s 0, %s 0, %s %s, %s %s, %s"
                      + " 0)))",
                  w / 3,
                  w / 3,
                  h,
                  h,
                  2 * w / 3,
                  w,
                  w,
                  h,
                  2 * w / 3,
                  h,
                  2 * w / 3);
        };
    Geometry geometry = Geometries.fromWkt(wkt);
    return new AffineTransformation().rotate(angle).translate(x, y).transform(geometry);
  }

  @Property(tries = 500)
  void theAreaIsTheOverlays(@ForAll("drawings") Geometry a, @ForAll("drawings") Geometry b) {
    double expected = OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION).getArea();
    double actual =
        IntersectionArea.of(IntersectionArea.Operand.of(a), IntersectionArea.Operand.of(b));
    assertThat(actual).isCloseTo(expected, within(1e-6 * (1 + a.getArea())));
  }

  @Test
  void aRectangleOverAnLShapeByHand() {
    // The L covers [0,20]x[0,10] and [0,10]x[10,20] (300 m²); the square [5,15]x[5,15] covers
    // 10 x 5 of the first part and 5 x 5 of the second: 75 m².
    Geometry l = Geometries.fromWkt("POLYGON ((0 0, 20 0, 20 10, 10 10, 10 20, 0 20, 0 0))");
    Geometry square = Geometries.fromWkt(StructureFixtures.rect(5, 5, 10, 10));
    IntersectionArea.Operand ol = IntersectionArea.Operand.of(l);
    IntersectionArea.Operand os = IntersectionArea.Operand.of(square);
    assertThat(ol.convex()).isFalse();
    assertThat(os.convex()).isTrue();
    assertThat(IntersectionArea.of(ol, os)).isCloseTo(75, within(1e-9));
    assertThat(IntersectionArea.of(os, ol)).isCloseTo(75, within(1e-9));
  }
}
