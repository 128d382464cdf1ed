package org.sightline.geodata.structure;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.index.strtree.STRtree;
import org.sightline.geodata.geom.Geometries;

/**
 * Matching time for synthetic camps of 10,000, 20,000 and 40,000 structures (not a test; run by
 * {@code scripts/bench-structure-matching}). Each camp: rectangles 5-40 m a side at random
 * rotations, uniformly over 10 x 10 km near Camp 16, in realistic class shares, plus 1% perimeter
 * lines 100-500 m long; the current set is the earlier one jittered by at most 2 m in a random
 * direction, 5% removed and 5% new. A run times everything from EPSG:4326 input to the matches: the
 * projection of both sets ({@link MetricProjection}), the candidates, the STRtree and the matching.
 * Prints the median of the runs per size, the ratio to the size before, and the share of kept
 * structures matched to themselves.
 */
public final class StructureMatchingBenchmark {
  private static final int[] SIZES = {10_000, 20_000, 40_000};
  private static final double SIDE_M = 10_000;
  private static final StructureClass[] CLASSES = {
    StructureClass.PRISONER_HOUSING, StructureClass.PRISONER_HOUSING,
    StructureClass.PRISONER_HOUSING, StructureClass.PRISONER_HOUSING,
    StructureClass.LIGHT_INDUSTRY, StructureClass.LIGHT_INDUSTRY,
    StructureClass.ADMINISTRATION, StructureClass.GUARD_POST,
    StructureClass.AGRICULTURAL_SUPPORT, StructureClass.MINING,
    StructureClass.OTHER
  };

  private StructureMatchingBenchmark() {}

  /** One drawn structure in EPSG:4326, with the key of the structure it was drawn from. */
  private record Drawn(long key, long source, StructureClass structureClass, Geometry geometry) {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    System.out.printf(
        Locale.ROOT,
        "structure matching: %d runs per size, sizes interleaved, median; projection included"
            + " (EPSG:4326 in); %d processors, load average %.1f%n",
        runs,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    double[] fixed = new double[SIZES.length];
    double[] sameDensity = new double[SIZES.length];
    for (int s = 0; s < SIZES.length; s++) {
      fixed[s] = SIDE_M;
      sameDensity[s] = SIDE_M * Math.sqrt(SIZES[s] / (double) SIZES[0]);
    }
    measure("every size over 10 x 10 km (the camp):", fixed, runs);
    measure("the area grown with the count (10k structures per 100 km2):", sameDensity, runs);
  }

  private static void measure(String title, double[] sidesM, int runs) {
    StructureMatcher matcher = new StructureMatcher(MatchingParameters.DEFAULTS);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<List<List<Drawn>>> camps = new ArrayList<>();
    for (int s = 0; s < SIZES.length; s++) {
      camps.add(camp(SIZES[s], SIZES[s], sidesM[s]));
    }
    // Warm-up: the JIT compiles the projection, the tree and the clipping before anything counts.
    for (int i = 0; i < 3; i++) {
      for (List<List<Drawn>> camp : camps) {
        time(matcher, threads, camp.get(0), camp.get(1));
      }
    }
    // Sizes interleaved, so that a busy spell of a shared machine slows every size alike.
    double[][] wall = new double[SIZES.length][runs];
    double[][] cpu = new double[SIZES.length][runs];
    Result[] last = new Result[SIZES.length];
    for (int r = 0; r < runs; r++) {
      for (int s = 0; s < SIZES.length; s++) {
        last[s] = time(matcher, threads, camps.get(s).get(0), camps.get(s).get(1));
        wall[s][r] = last[s].wallMillis();
        cpu[s][r] = last[s].cpuMillis();
      }
    }
    System.out.println(title);
    System.out.printf(
        Locale.ROOT,
        "%8s %8s %8s %10s %9s %7s %9s %7s %8s%n",
        "earlier",
        "current",
        "matches",
        "cand/query",
        "wall ms",
        "ratio",
        "cpu ms",
        "ratio",
        "kept ok");
    for (int s = 0; s < SIZES.length; s++) {
      double wallMedian = median(wall[s]);
      double cpuMedian = median(cpu[s]);
      System.out.printf(
          Locale.ROOT,
          "%8d %8d %8d %10.2f %9.0f %7s %9.0f %7s %7.2f%%%n",
          camps.get(s).get(0).size(),
          camps.get(s).get(1).size(),
          last[s].matches(),
          candidatesPerQuery(camps.get(s).get(0), camps.get(s).get(1)),
          wallMedian,
          s == 0 ? "-" : String.format(Locale.ROOT, "%.2fx", wallMedian / median(wall[s - 1])),
          cpuMedian,
          s == 0 ? "-" : String.format(Locale.ROOT, "%.2fx", cpuMedian / median(cpu[s - 1])),
          100.0 * last[s].keptMatchedToItself());
    }
  }

  /** Earlier drawings whose envelope meets a current one's, per current drawing (not timed). */
  private static double candidatesPerQuery(List<Drawn> earlier, List<Drawn> current) {
    STRtree tree = new STRtree();
    earlier.forEach(d -> tree.insert(d.geometry().getEnvelopeInternal(), d));
    long[] hits = {0};
    current.forEach(d -> tree.query(d.geometry().getEnvelopeInternal(), item -> hits[0]++));
    return (double) hits[0] / current.size();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /**
   * @param cpuMillis the matching thread's CPU time (the garbage collector's threads not counted)
   */
  private record Result(
      double wallMillis, double cpuMillis, int matches, double keptMatchedToItself) {}

  private static Result time(
      StructureMatcher matcher, ThreadMXBean threads, List<Drawn> earlier, List<Drawn> current) {
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    List<Geometry> all = new ArrayList<>();
    earlier.forEach(d -> all.add(d.geometry()));
    MetricProjection projection = MetricProjection.centredOn(Geometries.FACTORY.buildGeometry(all));
    List<StructureMatcher.Candidate> before = new ArrayList<>(earlier.size());
    for (Drawn d : earlier) {
      before.add(
          new StructureMatcher.Candidate(
              d.key(), d.structureClass(), projection.project(d.geometry())));
    }
    List<StructureMatcher.Candidate> now = new ArrayList<>(current.size());
    for (Drawn d : current) {
      now.add(
          new StructureMatcher.Candidate(
              d.key(), d.structureClass(), projection.project(d.geometry())));
    }
    List<StructureMatcher.Match> matches = matcher.match(before, now, Set.of());
    double wallMillis = (System.nanoTime() - start) / 1e6;
    double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;

    Map<Long, Long> sourceOf = new HashMap<>();
    current.forEach(d -> sourceOf.put(d.key(), d.source()));
    long kept = current.stream().filter(d -> d.source() >= 0).count();
    long right =
        matches.stream().filter(m -> sourceOf.get(m.currentKey()) == m.earlierKey()).count();
    return new Result(wallMillis, cpuMillis, matches.size(), (double) right / kept);
  }

  /** The earlier and the current drawings of one synthetic camp. */
  private static List<List<Drawn>> camp(int size, long seed, double sideM) {
    Random random = new Random(seed);
    List<Drawn> earlier = new ArrayList<>(size);
    List<Drawn> current = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Shape shape = Shape.random(random, sideM);
      earlier.add(new Drawn(i, i, shape.structureClass(), StructureFixtures.at(shape.geometry())));
      if (random.nextDouble() >= 0.05) {
        double angle = random.nextDouble() * 2 * Math.PI;
        double distance = random.nextDouble() * 2;
        Geometry moved =
            AffineTransformation.translationInstance(
                    distance * Math.cos(angle), distance * Math.sin(angle))
                .transform(shape.geometry());
        current.add(
            new Drawn(1_000_000 + i, i, shape.structureClass(), StructureFixtures.at(moved)));
      }
    }
    for (int i = 0; i < size / 20; i++) {
      Shape shape = Shape.random(random, sideM);
      current.add(
          new Drawn(
              2_000_000 + i, -1, shape.structureClass(), StructureFixtures.at(shape.geometry())));
    }
    return List.of(earlier, current);
  }

  /** A structure in metres within a square of the given side. */
  private record Shape(StructureClass structureClass, Geometry geometry) {
    static Shape random(Random random, double sideM) {
      double x = random.nextDouble() * sideM;
      double y = random.nextDouble() * sideM;
      if (random.nextDouble() < 0.01) {
        double length = 100 + random.nextDouble() * 400;
        double angle = random.nextDouble() * Math.PI;
        double turn = angle + Math.PI / 2;
        Coordinate[] fence = {
          new Coordinate(x, y),
          new Coordinate(x + length * Math.cos(angle), y + length * Math.sin(angle)),
          new Coordinate(
              x + length * Math.cos(angle) + length / 2 * Math.cos(turn),
              y + length * Math.sin(angle) + length / 2 * Math.sin(turn))
        };
        return new Shape(StructureClass.PERIMETER, Geometries.FACTORY.createLineString(fence));
      }
      StructureClass structureClass = CLASSES[random.nextInt(CLASSES.length)];
      double w = structureClass == StructureClass.GUARD_POST ? 5 : 5 + random.nextDouble() * 35;
      double h = structureClass == StructureClass.GUARD_POST ? 5 : 5 + random.nextDouble() * 35;
      Geometry box = Geometries.box(x, y, x + w, y + h);
      return new Shape(
          structureClass,
          AffineTransformation.rotationInstance(random.nextDouble() * Math.PI / 2, x, y)
              .transform(box));
    }
  }
}
