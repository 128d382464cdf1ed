package org.sightline.geodata.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.index.strtree.STRtree;
import org.sightline.geodata.InvalidDataException;

/**
 * Matches the structures of one observation to the structures known before it, one to one, by
 * intersection over union in a metric projection: candidates come from a JTS {@code STRtree} built
 * once over the earlier structures, never from all pairs; same-class pairs need {@link
 * MatchingParameters#iouThreshold()}, pairs of different classes {@link
 * MatchingParameters#classChangeIouThreshold()}; lines are buffered by {@link
 * MatchingParameters#lineBufferM()} first; lines never match polygons (a fence drawn as a line and
 * a walled compound drawn as a polygon are different drawings of different things, and the IoU of a
 * buffered line against an area says nothing about either). Pairs are taken greedily, best first:
 * same class before a change of class, then higher IoU, then lower current key, then lower earlier
 * key, so the result does not depend on the order of the input lists. Stateless and thread-safe.
 */
public final class StructureMatcher {
  private static final Comparator<Scored> BEST_FIRST =
      (a, b) -> {
        if (a.sameClass() != b.sameClass()) {
          return a.sameClass() ? -1 : 1;
        }
        int byIou = Double.compare(b.match().iou(), a.match().iou());
        if (byIou != 0) {
          return byIou;
        }
        int byCurrent = Long.compare(a.match().currentKey(), b.match().currentKey());
        return byCurrent != 0
            ? byCurrent
            : Long.compare(a.match().earlierKey(), b.match().earlierKey());
      };

  private final MatchingParameters parameters;

  public StructureMatcher(MatchingParameters parameters) {
    this.parameters = parameters;
  }

  /**
   * A structure to match, already in the metric projection ({@link MetricProjection}).
   *
   * @param key the caller's key (an identity id for earlier structures, a drawing id for new ones)
   * @param metricGeometry projected geometry, metres; lines not yet buffered
   */
  public record Candidate(long key, StructureClass structureClass, Geometry metricGeometry) {}

  /** A pair taken: the new structure's key, the earlier one's key, and their IoU. */
  public record Match(long currentKey, long earlierKey, double iou) {}

  /**
   * The pairs taken, best first. Each key appears in at most one pair.
   *
   * @param excluded pairs never to take (forced non-matches), as ({@code currentKey}, {@code
   *     earlierKey})
   * @throws InvalidDataException when a key appears twice in {@code earlier} or in {@code current}
   */
  public List<Match> match(List<Candidate> earlier, List<Candidate> current, Set<Pair> excluded) {
    STRtree index = new STRtree();
    for (Shape shape : shapes(earlier, "earlier")) {
      index.insert(shape.envelope(), shape);
    }
    index.build();

    double leastIou = parameters.iouThreshold();
    List<Scored> pairs = new ArrayList<>();
    for (Shape now : shapes(current, "current")) {
      index.query(
          now.envelope(),
          item -> {
            Shape before = (Shape) item;
            if (before.line() != now.line()
                || iouBound(now, before) < leastIou
                || (!excluded.isEmpty() && excluded.contains(new Pair(now.key(), before.key())))) {
              return;
            }
            boolean sameClass = now.structureClass() == before.structureClass();
            double threshold =
                sameClass ? parameters.iouThreshold() : parameters.classChangeIouThreshold();
            double iou = iou(now, before);
            if (iou >= threshold) {
              pairs.add(
                  new Scored(
                      new Match(now.key(), before.key(), iou),
                      sameClass,
                      now.index(),
                      before.index()));
            }
          });
    }

    pairs.sort(BEST_FIRST);
    boolean[] takenCurrent = new boolean[current.size()];
    boolean[] takenEarlier = new boolean[earlier.size()];
    List<Match> taken = new ArrayList<>();
    for (Scored scored : pairs) {
      if (!takenCurrent[scored.currentIndex()] && !takenEarlier[scored.earlierIndex()]) {
        takenCurrent[scored.currentIndex()] = true;
        takenEarlier[scored.earlierIndex()] = true;
        taken.add(scored.match());
      }
    }
    return List.copyOf(taken);
  }

  /**
   * The candidates with an area as compared (lines buffered), each key once, along a Z-order curve
   * of their centres. Made in that order, the shapes lie in memory as they lie on the ground, and
   * consecutive tree queries visit the same nodes: at tens of thousands of structures the
   * processor's caches make this several times faster. The order does not change the result.
   */
  private List<Shape> shapes(List<Candidate> candidates, String which) {
    long[] keys = new long[candidates.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = candidates.get(i).key();
    }
    Arrays.sort(keys);
    for (int i = 1; i < keys.length; i++) {
      if (keys[i] == keys[i - 1]) {
        throw new InvalidDataException(which + " structures: key " + keys[i] + " twice");
      }
    }
    List<Shape> shapes = new ArrayList<>(candidates.size());
    for (Candidate candidate : inSpaceOrder(candidates)) {
      Shape shape = Shape.of(candidate, shapes.size(), parameters.lineBufferM());
      if (shape.areaSqm() > 0) {
        shapes.add(shape);
      }
    }
    return shapes;
  }

  private static List<Candidate> inSpaceOrder(List<Candidate> candidates) {
    Envelope all = new Envelope();
    candidates.forEach(c -> all.expandToInclude(c.metricGeometry().getEnvelopeInternal()));
    double scaleX = all.getWidth() > 0 ? 65_535 / all.getWidth() : 0;
    double scaleY = all.getHeight() > 0 ? 65_535 / all.getHeight() : 0;
    long[] order = new long[candidates.size()];
    for (int i = 0; i < order.length; i++) {
      Envelope e = candidates.get(i).metricGeometry().getEnvelopeInternal();
      int x = (int) ((e.getMinX() + e.getWidth() / 2 - all.getMinX()) * scaleX);
      int y = (int) ((e.getMinY() + e.getHeight() / 2 - all.getMinY()) * scaleY);
      order[i] = (interleave(x) | (interleave(y) << 1)) << 32 | i;
    }
    Arrays.sort(order);
    List<Candidate> sorted = new ArrayList<>(order.length);
    for (long code : order) {
      sorted.add(candidates.get((int) code));
    }
    return sorted;
  }

  /** The 16 low bits of {@code v} spread to the even bits of an int. */
  private static long interleave(int v) {
    long x = v & 0xFFFFL;
    x = (x | (x << 8)) & 0x00FF00FFL;
    x = (x | (x << 4)) & 0x0F0F0F0FL;
    x = (x | (x << 2)) & 0x33333333L;
    x = (x | (x << 1)) & 0x55555555L;
    return x;
  }

  /**
   * The intersection over union of two drawings in metres, lines buffered by {@link
   * MatchingParameters#lineBufferM()}; 0 for a line against a polygon.
   */
  public double iou(Candidate a, Candidate b) {
    Shape sa = Shape.of(a, 0, parameters.lineBufferM());
    Shape sb = Shape.of(b, 1, parameters.lineBufferM());
    return sa.line() == sb.line() ? iou(sa, sb) : 0;
  }

  private static double iou(Shape a, Shape b) {
    double intersection = IntersectionArea.of(a.operand(), b.operand());
    double union = a.areaSqm() + b.areaSqm() - intersection;
    return union > 0 ? intersection / union : 0;
  }

  /**
   * An upper bound of the IoU from the envelopes alone: the intersection is at most the envelopes'
   * intersection, and IoU grows with the intersection. Spares the overlay for most neighbours.
   */
  private static double iouBound(Shape a, Shape b) {
    Envelope common = a.envelope().intersection(b.envelope());
    double most = Math.min(common.getArea(), Math.min(a.areaSqm(), b.areaSqm()));
    return most / (a.areaSqm() + b.areaSqm() - most);
  }

  /** A (current, earlier) pair of keys. */
  public record Pair(long currentKey, long earlierKey) {}

  public MatchingParameters parameters() {
    return parameters;
  }

  /** A pair found, with the positions of its two shapes in their lists. */
  private record Scored(Match match, boolean sameClass, int currentIndex, int earlierIndex) {}

  /** A candidate as compared: lines buffered, area and envelope computed once. */
  private record Shape(
      long key,
      int index,
      StructureClass structureClass,
      boolean line,
      IntersectionArea.Operand operand,
      double areaSqm,
      Envelope envelope) {
    static Shape of(Candidate candidate, int index, double lineBufferM) {
      Geometry drawn = candidate.metricGeometry();
      boolean line = drawn instanceof Lineal;
      Geometry geometry = line ? drawn.buffer(lineBufferM) : drawn;
      return new Shape(
          candidate.key(),
          index,
          candidate.structureClass(),
          line,
          IntersectionArea.Operand.of(geometry),
          geometry.getArea(),
          new Envelope(geometry.getEnvelopeInternal()));
    }
  }
}
