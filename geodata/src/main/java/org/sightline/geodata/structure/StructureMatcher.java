package org.sightline.geodata.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
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
      Comparator.comparing((Scored s) -> !s.sameClass())
          .thenComparing(Comparator.comparingDouble((Scored s) -> s.match().iou()).reversed())
          .thenComparingLong(s -> s.match().currentKey())
          .thenComparingLong(s -> s.match().earlierKey());

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
    Set<Long> earlierKeys = new HashSet<>();
    for (Candidate candidate : earlier) {
      if (!earlierKeys.add(candidate.key())) {
        throw new InvalidDataException("earlier structures: key " + candidate.key() + " twice");
      }
      Shape shape = Shape.of(candidate, parameters.lineBufferM());
      if (shape.areaSqm() > 0) {
        index.insert(shape.envelope(), shape);
      }
    }
    index.build();

    double leastIou = parameters.iouThreshold();
    List<Scored> pairs = new ArrayList<>();
    Set<Long> currentKeys = new HashSet<>();
    for (Candidate candidate : current) {
      if (!currentKeys.add(candidate.key())) {
        throw new InvalidDataException("current structures: key " + candidate.key() + " twice");
      }
      Shape now = Shape.of(candidate, parameters.lineBufferM());
      if (now.areaSqm() <= 0) {
        continue;
      }
      index.query(
          now.envelope(),
          item -> {
            Shape before = (Shape) item;
            if (before.line() != now.line()
                || excluded.contains(new Pair(now.key(), before.key()))
                || iouBound(now, before) < leastIou) {
              return;
            }
            boolean sameClass = now.structureClass() == before.structureClass();
            double threshold =
                sameClass ? parameters.iouThreshold() : parameters.classChangeIouThreshold();
            double iou = iou(now, before);
            if (iou >= threshold) {
              pairs.add(new Scored(new Match(now.key(), before.key(), iou), sameClass));
            }
          });
    }

    pairs.sort(BEST_FIRST);
    Set<Long> takenCurrent = new HashSet<>();
    Set<Long> takenEarlier = new HashSet<>();
    List<Match> taken = new ArrayList<>();
    for (Scored scored : pairs) {
      Match pair = scored.match();
      if (!takenCurrent.contains(pair.currentKey()) && !takenEarlier.contains(pair.earlierKey())) {
        takenCurrent.add(pair.currentKey());
        takenEarlier.add(pair.earlierKey());
        taken.add(pair);
      }
    }
    return List.copyOf(taken);
  }

  /**
   * The intersection over union of two drawings in metres, lines buffered by {@link
   * MatchingParameters#lineBufferM()}; 0 for a line against a polygon.
   */
  public double iou(Candidate a, Candidate b) {
    Shape sa = Shape.of(a, parameters.lineBufferM());
    Shape sb = Shape.of(b, parameters.lineBufferM());
    return sa.line() == sb.line() ? iou(sa, sb) : 0;
  }

  private static double iou(Shape a, Shape b) {
    double intersection =
        OverlayNGRobust.overlay(a.geometry(), b.geometry(), OverlayNG.INTERSECTION).getArea();
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

  private record Scored(Match match, boolean sameClass) {}

  /** A candidate as compared: lines buffered, area and envelope computed once. */
  private record Shape(
      long key,
      StructureClass structureClass,
      boolean line,
      Geometry geometry,
      double areaSqm,
      Envelope envelope) {
    static Shape of(Candidate candidate, double lineBufferM) {
      Geometry drawn = candidate.metricGeometry();
      boolean line = drawn instanceof Lineal;
      Geometry geometry = line ? drawn.buffer(lineBufferM) : drawn;
      return new Shape(
          candidate.key(),
          candidate.structureClass(),
          line,
          geometry,
          geometry.getArea(),
          geometry.getEnvelopeInternal());
    }
  }
}
