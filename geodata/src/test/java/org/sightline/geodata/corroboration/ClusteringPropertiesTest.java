package org.sightline.geodata.corroboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.geom.GeodesicCircle;
import org.sightline.geodata.geom.Geometries;

/**
 * The index and the clustering against brute force, on random items spread across grid cells (lon
 * 126.9-127.6, lat 39.9-40.4 crosses cell boundaries of both grids): points, circles up to 20 km,
 * province-sized boxes (wide items), intervals of every width and open at either end or both.
 */
class ClusteringPropertiesTest {
  private static final String[] TYPES = {
    "execution", "public-execution", "death-in-custody", "starvation", "torture", "forced-labour"
  };

  @Property(tries = 80)
  void theComponentsAreThoseOfAllPairs(@ForAll long seed) {
    Random random = new Random(seed);
    List<EvidenceItem> items = new ArrayList<>();
    for (int i = 0; i < 20 + random.nextInt(120); i++) {
      items.add(randomItem(random, "i:" + i));
    }
    Tolerances tolerances = new Tolerances(random.nextInt(60), random.nextDouble() * 3000);
    ItemIndex index =
        new ItemIndex(Corroborator.sortedByKey(items, "items"), TypeCompatibility.defaults());
    int n = index.size();
    UnionFind brute = new UnionFind(n);
    for (int i = 0; i < n; i++) {
      Set<Integer> candidates = new HashSet<>();
      int a = i;
      index.candidates(
          a,
          tolerances.timeDays(),
          tolerances.placeM(),
          j -> {
            assertThat(candidates.add(j)).as("reported once").isTrue();
            assertThat(j).isNotEqualTo(a);
          });
      for (int j = 0; j < n; j++) {
        if (j != i && index.matches(i, j, tolerances.timeDays(), tolerances.placeM())) {
          assertThat(candidates).as("candidates of %d", i).contains(j);
          brute.union(i, j);
        }
      }
    }
    Clustering.Clusters clusters = Clustering.components(index, tolerances);
    int[][] components = clusters.components();
    int[] componentOf = new int[n];
    for (int c = 0; c < components.length; c++) {
      for (int p : components[c]) {
        componentOf[p] = c;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        assertThat(componentOf[i] == componentOf[j])
            .as("%d and %d together", i, j)
            .isEqualTo(brute.find(i) == brute.find(j));
      }
    }
    assertThat(Arrays.stream(components).mapToInt(c -> c.length).sum()).isEqualTo(n);
    // Each spanning tree: one match per member but the first, joining them all.
    for (int c = 0; c < components.length; c++) {
      int[] tree = clusters.trees()[c];
      assertThat(tree).hasSize(2 * (components[c].length - 1));
      UnionFind joined = new UnionFind(n);
      for (int e = 0; e < tree.length; e += 2) {
        assertThat(index.matches(tree[e], tree[e + 1], tolerances.timeDays(), tolerances.placeM()))
            .isTrue();
        assertThat(joined.union(tree[e], tree[e + 1])).as("no cycle").isTrue();
      }
      for (int p : components[c]) {
        assertThat(joined.find(p)).isEqualTo(joined.find(components[c][0]));
      }
    }
  }

  private static EvidenceItem randomItem(Random random, String key) {
    double lon = 126.9 + random.nextDouble() * 0.7;
    double lat = 39.9 + random.nextDouble() * 0.5;
    double shape = random.nextDouble();
    Geometry region;
    if (shape < 0.1) {
      region = Geometries.point(lon, lat);
    } else if (shape < 0.95) {
      double radiusKm = Math.pow(10, -1 + random.nextDouble() * 2.3); // 100 m to 20 km
      region = GeodesicCircle.around(Geometries.point(lon, lat), radiusKm, 16);
    } else {
      region = Geometries.box(lon - 0.8, lat - 0.6, lon + 0.8, lat + 0.6);
    }
    LocalDate start = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(3650));
    LocalDate end =
        switch (random.nextInt(5)) {
          case 0 -> start;
          case 1 -> start.plusDays(random.nextInt(60));
          case 2 -> start.plusDays(random.nextInt(400));
          case 3 -> start.plusDays(random.nextInt(4000));
          default -> start.plusDays(random.nextInt(9000));
        };
    double open = random.nextDouble();
    return EvidenceItem.of(
        key,
        TYPES[random.nextInt(TYPES.length)],
        open < 0.05 ? null : start,
        open > 0.93 || open < 0.01 ? null : end,
        region,
        SourceRef.witness("witness:" + random.nextInt(10)));
  }
}
