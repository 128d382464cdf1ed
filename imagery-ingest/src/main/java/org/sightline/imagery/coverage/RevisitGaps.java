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
 * The revisit timeline of one facility: usable acquisitions per year, and the periods without any,
 * longest first, including the stretches from the window's start to the first acquisition and from
 * the last one to the window's end. Pure computation; thread-safe.
 *
 * @param perYear usable acquisitions per calendar year (UTC), every year of the window present
 * @param gaps the periods without a usable acquisition, longest first
 */
public record RevisitGaps(int usable, Map<Integer, Integer> perYear, List<Gap> gaps) {

  /**
   * @param days the gap's length in days (fractional)
   */
  public record Gap(Instant from, Instant to, double days) {}

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
    Instant previous = windowStart;
    for (Instant t : sorted) {
      add(gaps, previous, t);
      previous = t;
    }
    add(gaps, previous, windowEnd);
    gaps.sort(Comparator.comparingDouble(Gap::days).reversed().thenComparing(Gap::from));
    return new RevisitGaps(sorted.size(), perYear, gaps);
  }

  private static void add(List<Gap> gaps, Instant from, Instant to) {
    if (to.isAfter(from)) {
      gaps.add(new Gap(from, to, Duration.between(from, to).toSeconds() / 86_400.0));
    }
  }

  /** The longest {@code n} gaps. */
  public RevisitGaps top(int n) {
    return new RevisitGaps(usable, perYear, gaps.subList(0, Math.min(n, gaps.size())));
  }
}
