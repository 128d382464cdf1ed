package org.sightline.imagery.coverage;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The revisit timeline of one facility: usable acquisitions per year, and the periods without any.
 * Each gap says what kind it is: {@value #BETWEEN_SCENES} (between two usable scenes), {@value
 * #BEFORE_FIRST_SCENE} (from the window's start to the first usable scene, which may only mean the
 * catalogue starts later), {@value #AFTER_LAST_SCENE} (from the last usable scene to the window's
 * end) or {@value #NO_SCENES} (the whole window, when there is no usable scene). Gaps between
 * scenes come first, longest first, then the edge gaps, longest first: the first gap is the longest
 * real revisit gap whenever there is one. Pure computation; thread-safe.
 *
 * @param perYear usable acquisitions per calendar year (UTC), every year of the window present
 * @param gaps the periods without a usable acquisition: between scenes first, each part longest
 *     first
 * @param longestBetweenScenes the longest gap between two usable scenes, or null when there are
 *     fewer than two
 */
public record RevisitGaps(
    int usable, Map<Integer, Integer> perYear, List<Gap> gaps, Gap longestBetweenScenes) {
  public static final String BETWEEN_SCENES = "between-scenes";
  public static final String BEFORE_FIRST_SCENE = "before-first-scene";
  public static final String AFTER_LAST_SCENE = "after-last-scene";
  public static final String NO_SCENES = "no-scenes";

  /**
   * @param days the gap's length in days (fractional)
   * @param kind {@value #BETWEEN_SCENES}, {@value #BEFORE_FIRST_SCENE}, {@value #AFTER_LAST_SCENE}
   *     or {@value #NO_SCENES}
   */
  public record Gap(Instant from, Instant to, double days, String kind) {}

  public static RevisitGaps of(List<Instant> acquisitions, Instant windowStart, Instant windowEnd) {
    if (windowEnd.isBefore(windowStart)) {
      throw new IllegalArgumentException("the window ends before it starts");
    }
    List<Instant> sorted =
        acquisitions.stream()
            .filter(t -> !t.isBefore(windowStart) && !t.isAfter(windowEnd))
            .sorted()
            .distinct()
            .toList();
    Map<Integer, Integer> perYear = new TreeMap<>();
    // The window's end is exclusive: a window ending at 2026-01-01T00:00Z covers 2025 only.
    int lastYear = windowEnd.minusNanos(1).atZone(ZoneOffset.UTC).getYear();
    for (int year = windowStart.atZone(ZoneOffset.UTC).getYear(); year <= lastYear; year++) {
      perYear.put(year, 0);
    }
    sorted.forEach(t -> perYear.merge(t.atZone(ZoneOffset.UTC).getYear(), 1, Integer::sum));
    List<Gap> gaps = new ArrayList<>();
    if (sorted.isEmpty()) {
      add(gaps, windowStart, windowEnd, NO_SCENES);
    } else {
      add(gaps, windowStart, sorted.get(0), BEFORE_FIRST_SCENE);
      for (int i = 1; i < sorted.size(); i++) {
        add(gaps, sorted.get(i - 1), sorted.get(i), BETWEEN_SCENES);
      }
      add(gaps, sorted.get(sorted.size() - 1), windowEnd, AFTER_LAST_SCENE);
    }
    gaps.sort(
        Comparator.comparing((Gap g) -> !BETWEEN_SCENES.equals(g.kind()))
            .thenComparing(Comparator.comparingDouble(Gap::days).reversed())
            .thenComparing(Gap::from));
    Gap longest = gaps.isEmpty() || !BETWEEN_SCENES.equals(gaps.get(0).kind()) ? null : gaps.get(0);
    return new RevisitGaps(sorted.size(), perYear, gaps, longest);
  }

  private static void add(List<Gap> gaps, Instant from, Instant to, String kind) {
    if (to.isAfter(from)) {
      gaps.add(new Gap(from, to, Duration.between(from, to).toSeconds() / 86_400.0, kind));
    }
  }

  /** The first {@code n} gaps (in the order of {@link #gaps}); the longest between scenes kept. */
  public RevisitGaps top(int n) {
    return new RevisitGaps(
        usable, perYear, gaps.subList(0, Math.min(n, gaps.size())), longestBetweenScenes);
  }
}
