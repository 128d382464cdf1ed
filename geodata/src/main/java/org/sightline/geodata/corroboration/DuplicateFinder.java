package org.sightline.geodata.corroboration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds {@link DuplicateCandidate}s among the claims of a {@link Corroboration}. */
final class DuplicateFinder {
  private final ItemIndex index;
  private final Tolerances tolerances;

  DuplicateFinder(ItemIndex index, Tolerances tolerances) {
    this.index = index;
    this.tolerances = tolerances;
  }

  List<DuplicateCandidate> find(double minSimilarity) {
    int n = index.size();
    long[][] grams = new long[n][];
    for (int i = 0; i < n; i++) {
      EvidenceItem item = index.item(i);
      if (item.testimonyKey() != null && item.description() != null) {
        grams[i] = DescriptionSimilarity.trigrams(item.description());
      }
    }
    List<DuplicateCandidate> found = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (grams[i] == null) {
        continue;
      }
      int a = i;
      index.candidates(
          a,
          tolerances.timeDays(),
          tolerances.placeM(),
          b -> {
            if (b >= a
                || grams[b] == null
                || index.item(a).testimonyKey().equals(index.item(b).testimonyKey())) {
              return;
            }
            // |A n B| / |A u B| <= min / max of the sizes: most pairs fail this without a merge.
            int small = Math.min(grams[a].length, grams[b].length);
            int large = Math.max(grams[a].length, grams[b].length);
            if (small < minSimilarity * large) {
              return;
            }
            double similarity = DescriptionSimilarity.jaccard(grams[a], grams[b]);
            if (similarity >= minSimilarity && index.within(a, b, tolerances.placeM())) {
              found.add(candidate(index.item(b), index.item(a), similarity));
            }
          });
    }
    found.sort(
        Comparator.comparing(DuplicateCandidate::keyA).thenComparing(DuplicateCandidate::keyB));
    return List.copyOf(found);
  }

  /** {@code first} has the smaller key. */
  private DuplicateCandidate candidate(EvidenceItem first, EvidenceItem second, double similarity) {
    List<String> reasons = new ArrayList<>();
    reasons.add("types: " + index.types().rule(first.eventType(), second.eventType()).describe());
    DayInterval a = DayInterval.of(first.earliest(), first.latest());
    DayInterval b = DayInterval.of(second.earliest(), second.latest());
    long gap = DayInterval.gapDays(a, b);
    reasons.add(
        gap == 0
            ? "times overlap: "
                + DayInterval.describe(first.earliest(), first.latest())
                + " and "
                + DayInterval.describe(second.earliest(), second.latest())
            : String.format(
                Locale.ROOT,
                "times %d days apart (within twice %d days)",
                gap,
                tolerances.timeDays()));
    double distanceM = PairGeometry.distanceM(first.region(), second.region());
    reasons.add(
        distanceM == 0
            ? "places intersect"
            : String.format(
                Locale.ROOT,
                "places %,.0f m apart (within %,.0f m)",
                distanceM,
                tolerances.placeM()));
    reasons.add(
        String.format(
            Locale.ROOT, "descriptions %.0f%% alike (character trigrams)", similarity * 100));
    reasons.add(
        first.source().key().equals(second.source().key())
            ? "same witness ("
                + first.source().key()
                + "), interviews "
                + first.testimonyKey()
                + " and "
                + second.testimonyKey()
            : "witnesses "
                + first.source().key()
                + " and "
                + second.source().key()
                + ", interviews "
                + first.testimonyKey()
                + " and "
                + second.testimonyKey());
    return new DuplicateCandidate(first.key(), second.key(), similarity, reasons);
  }
}
