package org.sightline.geodata.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.ToDoubleFunction;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;

/**
 * The change events of one structure, from its states in the facility's observations: walking them
 * in order and skipping {@link StructureState#NOT_ASSESSABLE}, absent then present is {@link
 * ChangeKind#APPEARED}, present then absent {@link ChangeKind#DISAPPEARED}, and two drawings in a
 * row may differ in class, condition, size ({@link MatchingParameters#sizeChangeRatio()}) and, for
 * a perimeter whose size did not change that much, place ({@link
 * MatchingParameters#moveThresholdM()}, Hausdorff distance). Each event is bracketed by the last
 * assessed observation before it and the first showing the new state. Stateless apart from its
 * inputs; one per tracking.
 */
final class ChangeDetection {
  /** Segments are cut into tenths for the Hausdorff distance, so long straight fences count. */
  private static final double DENSIFY_FRACTION = 0.1;

  private final List<Observation> ordered;
  private final MatchingParameters parameters;
  private final LongFunction<Geometry> metric;
  private final ToDoubleFunction<ObservedStructure> size;

  /**
   * @param metric a drawing's geometry in the facility's metric projection, by drawing id
   * @param size a drawing's area in m² or length in m on the ellipsoid
   */
  ChangeDetection(
      List<Observation> ordered,
      MatchingParameters parameters,
      LongFunction<Geometry> metric,
      ToDoubleFunction<ObservedStructure> size) {
    this.ordered = ordered;
    this.parameters = parameters;
    this.metric = metric;
    this.size = size;
  }

  /**
   * @param states the structure's state in each observation, by index
   * @param drawings the structure's drawing in each observation, by index, null where absent
   */
  List<ChangeEvent> events(
      long identityId, List<StructureState> states, List<ObservedStructure> drawings) {
    List<ChangeEvent> events = new ArrayList<>();
    int previous = -1;
    for (int k = 0; k < states.size(); k++) {
      StructureState state = states.get(k);
      if (state == StructureState.NOT_ASSESSABLE) {
        continue;
      }
      if (previous >= 0) {
        StructureState before = states.get(previous);
        Bracket bracket = new Bracket(identityId, ordered.get(previous), ordered.get(k));
        if (before == StructureState.ABSENT && state == StructureState.PRESENT) {
          ObservedStructure now = drawings.get(k);
          events.add(
              bracket.event(
                  ChangeKind.APPEARED, now, null, null, null, size.applyAsDouble(now), null));
        } else if (before == StructureState.PRESENT && state == StructureState.ABSENT) {
          ObservedStructure last = drawings.get(previous);
          events.add(
              bracket.event(
                  ChangeKind.DISAPPEARED, last, null, null, size.applyAsDouble(last), null, null));
        } else if (before == StructureState.PRESENT && state == StructureState.PRESENT) {
          differences(bracket, drawings.get(previous), drawings.get(k), events);
        }
      }
      previous = k;
    }
    return events;
  }

  private void differences(
      Bracket bracket, ObservedStructure was, ObservedStructure now, List<ChangeEvent> events) {
    double wasSize = size.applyAsDouble(was);
    double nowSize = size.applyAsDouble(now);
    if (was.structureClass() != now.structureClass()) {
      events.add(
          bracket.event(
              ChangeKind.CLASS_CHANGED, now, was.structureClass(), null, wasSize, nowSize, null));
    }
    if (was.condition() != now.condition()) {
      events.add(
          bracket.event(
              ChangeKind.CONDITION_CHANGED, now, null, was.condition(), wasSize, nowSize, null));
    }
    boolean sameKind = StructureSize.isLine(was.geometry()) == StructureSize.isLine(now.geometry());
    if (!sameKind) {
      return; // a line and a polygon (forced together): their sizes and places do not compare
    }
    if (wasSize > 0 && Math.abs(nowSize - wasSize) / wasSize >= parameters.sizeChangeRatio()) {
      ChangeKind kind = nowSize > wasSize ? ChangeKind.EXPANDED : ChangeKind.REDUCED;
      events.add(bracket.event(kind, now, null, null, wasSize, nowSize, null));
      return; // a perimeter that grew or shrank has moved somewhere: one change, said once
    }
    if (was.structureClass() == StructureClass.PERIMETER
        && now.structureClass() == StructureClass.PERIMETER) {
      double movedM =
          DiscreteHausdorffDistance.distance(
              metric.apply(was.id()), metric.apply(now.id()), DENSIFY_FRACTION);
      if (movedM > parameters.moveThresholdM()) {
        events.add(bracket.event(ChangeKind.MOVED, now, null, null, wasSize, nowSize, movedM));
      }
    }
  }

  /** The two observations around a change. */
  private record Bracket(long identityId, Observation before, Observation after) {
    ChangeEvent event(
        ChangeKind kind,
        ObservedStructure shown,
        StructureClass previousClass,
        StructureCondition previousCondition,
        Double previousSize,
        Double size,
        Double movedM) {
      ChangeEvent event =
          new ChangeEvent(
              identityId + ":" + kind.code() + ":" + after.id(),
              identityId,
              kind,
              shown.structureClass(),
              previousClass,
              shown.condition(),
              previousCondition,
              before.sceneDate(),
              after.sceneDate(),
              before.id(),
              before.sceneId(),
              after.id(),
              after.sceneId(),
              previousSize,
              size,
              movedM,
              shown.geometry(),
              before.confidence().weaker(after.confidence()),
              null);
      return ChangeStatements.withStatement(event);
    }
  }
}
