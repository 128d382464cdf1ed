package org.sightline.geodata.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.geom.Geometries;

/**
 * Follows the structures of one facility across its observations, in scene-date order: each new
 * observation's drawings are matched ({@link StructureMatcher}) to the latest drawing of every
 * structure known before it (not only the previous observation's: a structure hidden under cloud in
 * one scene is matched in the next), the analysts' overrides are applied, every structure gets one
 * of three states in every observation, and change events are derived with their brackets and
 * statements ({@link ChangeStatements}). Deterministic: the same observations and overrides give
 * the same history. Stateless and thread-safe.
 *
 * <p>States: {@link StructureState#PRESENT} where the structure has a drawing; else {@link
 * StructureState#ABSENT} only when at least {@link MatchingParameters#assessableShare()} of its
 * place (its latest drawing before that observation, or its first drawing before it first appears;
 * lines buffered by {@link MatchingParameters#lineBufferM()}) lies inside the scene's footprint and
 * outside every unassessable area; otherwise {@link StructureState#NOT_ASSESSABLE}.
 *
 * <p>Overrides: see {@link IdentityOverride}; a forced non-match always wins, a merge of two
 * identities that both have a drawing in one observation is refused (reported in {@link
 * StructureHistory#overridesNotApplied()}), not unioned.
 */
public final class StructureTracker {
  /** How far around the drawings (degrees, about 1 km) footprints and clouds are kept. */
  static final double SURROUNDINGS_DEG = 0.01;

  private final MatchingParameters parameters;
  private final StructureMatcher matcher;

  public StructureTracker(MatchingParameters parameters) {
    this.parameters = parameters;
    this.matcher = new StructureMatcher(parameters);
  }

  /**
   * The history of one facility.
   *
   * @param observations the facility's observations, in any order
   * @param overrides the analysts' live overrides, in the order they were made
   * @throws InvalidDataException when an observation breaks a rule (ids twice, missing fields, a
   *     line of a class other than perimeter), listing every problem
   */
  public StructureHistory track(List<Observation> observations, List<IdentityOverride> overrides) {
    List<Observation> ordered = ObservationChecks.inOrder(observations);
    if (overrides.stream().anyMatch(o -> o == null)) {
      throw new InvalidDataException("overrides: a null override");
    }
    Envelope drawn = new Envelope();
    for (Observation observation : ordered) {
      for (ObservedStructure structure : observation.structures()) {
        drawn.expandToInclude(structure.geometry().getEnvelopeInternal());
      }
    }
    if (drawn.isNull()) {
      IdentityAssignment nothing = new IdentityAssignment(ordered, id -> null, matcher);
      nothing.assign(overrides);
      return new StructureHistory(List.of(), List.of(), nothing.notApplied());
    }
    MetricProjection projection = MetricProjection.centredOn(Geometries.FACTORY.toGeometry(drawn));
    Map<Long, Geometry> metric = new HashMap<>();
    Map<Long, Double> sizes = new HashMap<>();
    for (Observation observation : ordered) {
      for (ObservedStructure structure : observation.structures()) {
        metric.put(structure.id(), projection.project(structure.geometry()));
        sizes.put(structure.id(), StructureSize.of(structure.geometry()));
      }
    }

    IdentityAssignment assignment = new IdentityAssignment(ordered, metric::get, matcher);
    List<IdentityAssignment.Track> tracks = assignment.assign(overrides);

    Envelope around = new Envelope(drawn);
    around.expandBy(SURROUNDINGS_DEG);
    List<Assessability> seen = new ArrayList<>();
    for (Observation observation : ordered) {
      seen.add(Assessability.of(observation, projection, around));
    }
    Map<Long, Geometry> places = new HashMap<>();
    ChangeDetection detection =
        new ChangeDetection(ordered, parameters, metric::get, s -> sizes.get(s.id()));

    List<TrackedStructure> structures = new ArrayList<>();
    List<ChangeEvent> events = new ArrayList<>();
    for (IdentityAssignment.Track track : tracks) {
      List<StructureState> states = new ArrayList<>();
      List<ObservedStructure> drawings = new ArrayList<>();
      List<SceneState> sceneStates = new ArrayList<>();
      for (int k = 0; k < ordered.size(); k++) {
        Observation observation = ordered.get(k);
        ObservedStructure drawing = track.drawings().get(k);
        StructureState state =
            drawing != null
                ? StructureState.PRESENT
                : absentOrNotAssessable(seen.get(k), place(track, k, metric, places));
        states.add(state);
        drawings.add(drawing);
        sceneStates.add(
            new SceneState(
                observation.id(),
                observation.sceneId(),
                observation.sceneDate(),
                state,
                drawing == null ? null : drawing.id()));
      }
      ObservedStructure latest = track.drawings().lastEntry().getValue();
      structures.add(
          new TrackedStructure(
              track.identityId(),
              latest.structureClass(),
              latest.condition(),
              latest.geometry(),
              ordered.get(track.drawings().firstKey()).sceneDate(),
              ordered.get(track.drawings().lastKey()).sceneDate(),
              sceneStates));
      events.addAll(detection.events(track.identityId(), states, drawings));
    }
    events.sort(
        Comparator.comparing(ChangeEvent::latest)
            .thenComparing(ChangeEvent::earliest)
            .thenComparingLong(ChangeEvent::identityId)
            .thenComparing(ChangeEvent::kind));
    return new StructureHistory(structures, events, assignment.notApplied());
  }

  private StructureState absentOrNotAssessable(Assessability seen, Geometry place) {
    return seen.share(place) >= parameters.assessableShare()
        ? StructureState.ABSENT
        : StructureState.NOT_ASSESSABLE;
  }

  /**
   * Where a structure is looked for in observation {@code k} (metric): its latest drawing before
   * {@code k}, or its first drawing when {@code k} is before it first appears; lines buffered.
   */
  private Geometry place(
      IdentityAssignment.Track track,
      int k,
      Map<Long, Geometry> metric,
      Map<Long, Geometry> places) {
    Entry<Integer, ObservedStructure> before = track.drawings().lowerEntry(k);
    ObservedStructure reference =
        before != null ? before.getValue() : track.drawings().firstEntry().getValue();
    return places.computeIfAbsent(
        reference.id(),
        id ->
            StructureSize.isLine(metric.get(id))
                ? metric.get(id).buffer(parameters.lineBufferM())
                : metric.get(id));
  }

  public MatchingParameters parameters() {
    return parameters;
  }
}
