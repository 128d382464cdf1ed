package org.sightline.geodata.corroboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.sightline.geodata.geom.Geometries;

/**
 * Properties of corroboration on random items in a 6 x 6 km area over a few years: incremental
 * recomputation equals full recomputation; the input order changes nothing; an explanation needs
 * only the neighbourhood at twice the tolerances; the bounds' shortcut agrees with the exact test.
 */
class CorroborationPropertiesTest {
  private static final Corroborator CORROBORATOR = Corroborator.withDefaults();
  private static final String[] CLAIM_TYPES = {
    "execution", "public-execution", "death-in-custody", "starvation", "forced-labour"
  };
  private static final String[] IMAGERY_TYPES = {"construction", "expansion", "demolition"};

  @Property(tries = 150)
  void incrementalRecomputationEqualsFullRecomputation(@ForAll long seed) {
    Random random = new Random(seed);
    List<EvidenceItem> before = new ArrayList<>();
    int n = 5 + random.nextInt(30);
    for (int i = 0; i < n; i++) {
      before.add(randomItem(random, "i:" + i));
    }
    // The change: some removed, some modified (same key), some added.
    List<EvidenceItem> after = new ArrayList<>();
    List<EvidenceItem> changed = new ArrayList<>();
    for (EvidenceItem item : before) {
      double r = random.nextDouble();
      if (r < 0.1) {
        changed.add(item); // removed: its former version
      } else if (r < 0.2) {
        EvidenceItem modified = randomItem(random, item.key());
        after.add(modified);
        changed.add(item);
        changed.add(modified);
      } else {
        after.add(item);
      }
    }
    for (int i = 0; i < random.nextInt(4); i++) {
      EvidenceItem added = randomItem(random, "new:" + i);
      after.add(added);
      changed.add(added);
    }

    List<CorroboratedEvent> stored = CORROBORATOR.corroborate(before).events();
    List<EvidenceItem> affected = CORROBORATOR.affectedBy(changed, after);
    Set<String> touched = new HashSet<>();
    affected.forEach(i -> touched.add(i.key()));
    changed.forEach(i -> touched.add(i.key()));
    List<CorroboratedEvent> assembled = new ArrayList<>();
    for (CorroboratedEvent event : stored) {
      if (event.memberKeys().stream().noneMatch(touched::contains)) {
        assembled.add(event);
      }
    }
    assembled.addAll(CORROBORATOR.corroborate(affected).events());
    assembled.sort(Comparator.comparing(CorroboratedEvent::key));

    assertThat(assembled).isEqualTo(CORROBORATOR.corroborate(after).events());
  }

  @Property(tries = 60)
  void theOrderOfTheInputChangesNothing(@ForAll long seed) {
    Random random = new Random(seed);
    List<EvidenceItem> items = new ArrayList<>();
    for (int i = 0; i < 5 + random.nextInt(25); i++) {
      items.add(randomItem(random, "i:" + i));
    }
    Corroboration first = CORROBORATOR.corroborate(items);
    Collections.shuffle(items, random);
    Corroboration second = CORROBORATOR.corroborate(items);
    assertThat(second.events()).isEqualTo(first.events());
    for (CorroboratedEvent event : first.events()) {
      assertThat(second.explain(event)).isEqualTo(first.explain(event));
    }
  }

  @Property(tries = 40)
  void anExplanationNeedsOnlyTheNeighbourhoodAtTwiceTheTolerances(@ForAll long seed) {
    Random random = new Random(seed);
    List<EvidenceItem> items = new ArrayList<>();
    for (int i = 0; i < 5 + random.nextInt(25); i++) {
      items.add(randomItem(random, "i:" + i));
    }
    Corroboration full = CORROBORATOR.corroborate(items);
    CorroboratedEvent event = full.events().get(random.nextInt(full.events().size()));
    List<EvidenceItem> members =
        items.stream().filter(i -> event.memberKeys().contains(i.key())).toList();
    Corroboration local = CORROBORATOR.corroborate(CORROBORATOR.neighbourhood(members, items, 2.0));
    assertThat(local.explain(event)).isEqualTo(full.explain(event));
  }

  @Property(tries = 400)
  void theBoundsShortcutAgreesWithTheExactTest(
      @ForAll @DoubleRange(min = -6000, max = 6000) double east,
      @ForAll @DoubleRange(min = -6000, max = 6000) double north,
      @ForAll @DoubleRange(min = 0, max = 5000) double radiusA,
      @ForAll @DoubleRange(min = 0, max = 3000) double sizeB,
      @ForAll @DoubleRange(min = 0, max = 1.5) double angle,
      @ForAll @DoubleRange(min = 0, max = 1000) double toleranceM,
      @ForAll boolean bIsPolygon) {
    Geometry a = Fixtures.circle(0, 0, radiusA);
    Geometry b =
        bIsPolygon ? lShape(east, north, sizeB + 1, angle) : Fixtures.circle(east, north, sizeB);
    Boolean decided = RegionBounds.decide(RegionBounds.of(a), RegionBounds.of(b), toleranceM);
    if (decided != null) {
      assertThat(decided).isEqualTo(PairGeometry.within(a, b, toleranceM));
    }
  }

  /** An L-shaped polygon of the given size at {@code east, north} metres, rotated. */
  private static Geometry lShape(double east, double north, double sizeM, double angle) {
    Geometry metres =
        Geometries.fromWkt(
            String.format(
                Locale.ROOT,
                "POLYGON ((0 0, %1$s 0, %1$s %2$s, %2$s %2$s, %2$s %1$s, 0 %1$s, 0 0))",
                sizeM,
                sizeM / 3));
    metres = AffineTransformation.rotationInstance(angle).transform(metres);
    double[] origin = Fixtures.lonLat(east, north);
    double metresPerDegreeLat = 111_000;
    double metresPerDegreeLon = 111_000 * Math.cos(Math.toRadians(origin[1]));
    Geometry lonLat =
        new AffineTransformation(
                1 / metresPerDegreeLon, 0, origin[0], 0, 1 / metresPerDegreeLat, origin[1])
            .transform(metres);
    lonLat.setSRID(Geometries.SRID_WGS84);
    return lonLat;
  }

  private static EvidenceItem randomItem(Random random, String key) {
    boolean imagery = random.nextDouble() < 0.2;
    String type =
        imagery
            ? IMAGERY_TYPES[random.nextInt(IMAGERY_TYPES.length)]
            : CLAIM_TYPES[random.nextInt(CLAIM_TYPES.length)];
    SourceRef source;
    if (imagery) {
      source = SourceRef.scenePair("s" + random.nextInt(3), "t" + random.nextInt(3));
    } else if (random.nextDouble() < 0.15) {
      source =
          SourceRef.hearsay("witness:" + random.nextInt(6), "witness:" + (6 + random.nextInt(3)));
    } else if (random.nextDouble() < 0.1) {
      source = SourceRef.document("document:" + random.nextInt(4), "origin:" + random.nextInt(2));
    } else {
      source = SourceRef.witness("witness:" + random.nextInt(6));
    }
    LocalDate start = LocalDate.of(1990 + random.nextInt(6), 1 + random.nextInt(12), 1);
    LocalDate end =
        switch (random.nextInt(4)) {
          case 0 -> start;
          case 1 -> start.plusMonths(1).minusDays(1);
          case 2 -> start.plusYears(1).minusDays(1);
          default -> start.plusYears(10).minusDays(1);
        };
    if (random.nextDouble() < 0.05) {
      start = null;
    }
    Geometry region =
        random.nextDouble() < 0.2
            ? lShape(
                random.nextInt(6000) - 3000,
                random.nextInt(6000) - 3000,
                200 + random.nextInt(800),
                random.nextDouble())
            : Fixtures.circle(
                random.nextInt(6000) - 3000, random.nextInt(6000) - 3000, random.nextInt(800));
    return EvidenceItem.of(key, type, start, end, region, source);
  }
}
