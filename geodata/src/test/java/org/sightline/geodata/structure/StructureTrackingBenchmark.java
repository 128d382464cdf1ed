package org.sightline.geodata.structure;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The cost of recomputing one facility (not a test; run by {@code
 * scripts/bench-structure-tracking}): {@link StructureTracker#track} over 12 observations of a camp
 * of 1,000, 2,000 and 5,000 structures (rectangles 5-40 m over 3 x 3 km, each scene jittering every
 * drawing by up to 2 m, removing 2% and adding 2%; the fourth scene half under cloud), as the
 * server runs it after any write of that facility's observations or overrides. Prints the median of
 * the runs per size, wall and CPU, with the events found.
 */
public final class StructureTrackingBenchmark {
  private static final int[] SIZES = {1_000, 2_000, 5_000};
  private static final int SCENES = 12;
  private static final double SIDE_M = 3_000;

  private StructureTrackingBenchmark() {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    System.out.printf(
        Locale.ROOT,
        "structure tracking: %d observations per facility, %d runs per size, median; %d processors,"
            + " load average %.1f%n",
        SCENES,
        runs,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    StructureTracker tracker = new StructureTracker(MatchingParameters.DEFAULTS);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    // Warm the compiler on a camp of the middle size before timing any.
    List<Observation> warmUp = camp(SIZES[1], new SplittableRandom(1));
    for (int warm = 0; warm < 3; warm++) {
      tracker.track(warmUp, List.of());
    }
    System.out.println(" structures  drawings   events   wall ms    cpu ms");
    for (int size : SIZES) {
      List<Observation> observations = camp(size, new SplittableRandom(size));
      int drawings = observations.stream().mapToInt(o -> o.structures().size()).sum();
      for (int warm = 0; warm < 2; warm++) {
        tracker.track(observations, List.of());
      }
      double[] wall = new double[runs];
      double[] cpu = new double[runs];
      int events = 0;
      for (int r = 0; r < runs; r++) {
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        events = tracker.track(observations, List.of()).events().size();
        wall[r] = (System.nanoTime() - wall0) / 1e6;
        cpu[r] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
      }
      System.out.printf(
          Locale.ROOT,
          "%11d %9d %8d %9.0f %9.0f%n",
          size,
          drawings,
          events,
          median(wall),
          median(cpu));
    }
  }

  private static List<Observation> camp(int size, SplittableRandom random) {
    List<double[]> current = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      current.add(box(random));
    }
    List<Observation> observations = new ArrayList<>();
    long id = 1;
    LocalDate date = LocalDate.of(2010, 1, 1);
    for (int scene = 1; scene <= SCENES; scene++) {
      List<ObservedStructure> drawn = new ArrayList<>();
      List<double[]> next = new ArrayList<>();
      for (double[] b : current) {
        if (scene > 1 && random.nextDouble() < 0.02) {
          continue;
        }
        next.add(b);
      }
      if (scene > 1) {
        for (int i = 0; i < size / 50; i++) {
          next.add(box(random));
        }
      }
      current = next;
      for (double[] b : current) {
        double dx = random.nextDouble(-1.4, 1.4);
        double dy = random.nextDouble(-1.4, 1.4);
        drawn.add(
            StructureFixtures.drawn(
                id++,
                StructureClass.PRISONER_HOUSING,
                StructureFixtures.rect(b[0] + dx, b[1] + dy, b[2], b[3])));
      }
      UnassessableArea[] hidden =
          scene == 4
              ? new UnassessableArea[] {
                StructureFixtures.cloud(StructureFixtures.rect(0, -2000, 2000, 4000))
              }
              : new UnassessableArea[0];
      observations.add(StructureFixtures.observation(scene, date.toString(), drawn, hidden));
      date = date.plusMonths(6);
    }
    return observations;
  }

  private static double[] box(SplittableRandom random) {
    double w = random.nextDouble(5, 40);
    double h = random.nextDouble(5, 40);
    return new double[] {
      random.nextDouble(-SIDE_M / 2, SIDE_M / 2 - w),
      random.nextDouble(-SIDE_M / 2, SIDE_M / 2 - h),
      w,
      h
    };
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
