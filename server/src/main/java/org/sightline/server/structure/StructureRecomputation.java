package org.sightline.server.structure;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.sightline.geodata.structure.ChangeEvent;
import org.sightline.geodata.structure.EstimativeConfidence;
import org.sightline.geodata.structure.IdentityOverride;
import org.sightline.geodata.structure.Observation;
import org.sightline.geodata.structure.ObservedStructure;
import org.sightline.geodata.structure.SceneState;
import org.sightline.geodata.structure.StructureClass;
import org.sightline.geodata.structure.StructureCondition;
import org.sightline.geodata.structure.StructureHistory;
import org.sightline.geodata.structure.StructureTracker;
import org.sightline.geodata.structure.TrackedStructure;
import org.sightline.geodata.structure.UnassessableArea;
import org.sightline.geodata.structure.UnassessableReason;

/**
 * Recomputes what is derived from the observations of one facility, and of that facility only:
 * reads its live observations, drawings, unassessable areas and overrides, follows the structures
 * ({@link StructureTracker}) and writes the tracked structures and change events ({@link
 * DerivedStructureDao}: still-derived rows updated, the rest marked superseded). Runs inside the
 * caller's transaction, after the facility row was locked, so recomputations of one facility queue.
 * Stateless and thread-safe.
 */
public final class StructureRecomputation {
  private final StructureTracker tracker;
  private final ChangeEventsChanged changed;

  /** What must follow the recomputation of a facility's change events, in the same transaction. */
  @FunctionalInterface
  public interface ChangeEventsChanged {
    ChangeEventsChanged NOTHING = (handle, facilityId) -> {};

    void after(Handle handle, String facilityId);
  }

  public StructureRecomputation(StructureTracker tracker) {
    this(tracker, ChangeEventsChanged.NOTHING);
  }

  /**
   * @param changed runs after every recomputation, in its transaction (corroboration weighs change
   *     events as imagery evidence)
   */
  public StructureRecomputation(StructureTracker tracker, ChangeEventsChanged changed) {
    this.tracker = tracker;
    this.changed = changed;
  }

  /** What a recomputation derived, and the overrides it could not apply. */
  public record Summary(
      int structures, int events, List<StructureHistory.NotApplied> overridesNotApplied) {}

  /** The facility's observations as the tracker reads them, and which are illustrative. */
  public record Loaded(List<Observation> observations, Set<Long> illustrativeObservations) {}

  /** Loads the facility's live observations with their drawings and unassessable areas. */
  public static Loaded load(Handle handle, String facilityId) {
    ObservationDao dao = handle.attach(ObservationDao.class);
    Map<Long, List<ObservedStructure>> drawings = new HashMap<>();
    for (StoredStructure s : dao.structuresOfFacility(facilityId)) {
      drawings
          .computeIfAbsent(s.observationId(), k -> new ArrayList<>())
          .add(
              new ObservedStructure(
                  s.id(),
                  StructureClass.fromCode(s.structureClass()),
                  StructureCondition.fromCode(s.condition()),
                  s.geometry(),
                  s.notes()));
    }
    Map<Long, List<UnassessableArea>> hidden = new HashMap<>();
    for (StoredUnassessable u : dao.unassessableOfFacility(facilityId)) {
      hidden
          .computeIfAbsent(u.observationId(), k -> new ArrayList<>())
          .add(new UnassessableArea(UnassessableReason.fromCode(u.reason()), u.geometry()));
    }
    List<Observation> observations = new ArrayList<>();
    Set<Long> illustrative = new HashSet<>();
    for (StoredObservation o : dao.observationsOf(facilityId)) {
      observations.add(
          new Observation(
              o.id(),
              o.sceneId(),
              sceneDate(o),
              o.sceneFootprint(),
              EstimativeConfidence.fromCode(o.confidence()),
              drawings.getOrDefault(o.id(), List.of()),
              hidden.getOrDefault(o.id(), List.of())));
      if (o.illustrative()) {
        illustrative.add(o.id());
      }
    }
    return new Loaded(observations, illustrative);
  }

  /** The UTC date of the scene an observation was made on: the date change is bracketed by. */
  public static LocalDate sceneDate(StoredObservation observation) {
    return observation.sceneAcquiredAt().atZone(ZoneOffset.UTC).toLocalDate();
  }

  /** The live overrides of a facility, as the tracker reads them. */
  public static List<IdentityOverride> overrides(Handle handle, String facilityId) {
    List<IdentityOverride> overrides = new ArrayList<>();
    for (StoredOverride o : handle.attach(OverrideDao.class).live(facilityId)) {
      overrides.add(
          switch (o.kind()) {
            case "merge" ->
                new IdentityOverride.Merge(o.id(), o.structureId(), o.otherStructureId());
            case "split" -> new IdentityOverride.Split(o.id(), o.structureId());
            case "match" ->
                new IdentityOverride.ForceMatch(o.id(), o.structureId(), o.otherStructureId());
            case "non-match" ->
                new IdentityOverride.ForceNonMatch(o.id(), o.structureId(), o.otherStructureId());
            default -> throw new IllegalStateException("unknown override kind " + o.kind());
          });
    }
    return overrides;
  }

  /** The history of a facility as it would be derived now (nothing written). */
  public StructureHistory history(Handle handle, String facilityId) {
    return tracker.track(load(handle, facilityId).observations(), overrides(handle, facilityId));
  }

  /** Recomputes and writes the derived rows of one facility. */
  public Summary recompute(Handle handle, String facilityId) {
    Loaded loaded = load(handle, facilityId);
    StructureHistory history = tracker.track(loaded.observations(), overrides(handle, facilityId));
    DerivedStructureDao derived = handle.attach(DerivedStructureDao.class);
    Set<Long> illustrative = loaded.illustrativeObservations();
    long[] identities = new long[history.structures().size()];
    int i = 0;
    for (TrackedStructure s : history.structures()) {
      identities[i++] = s.identityId();
      boolean fromIllustrative =
          s.states().stream().anyMatch(st -> illustrative.contains(st.observationId()));
      derived.upsertStructure(
          new StructureRow(
              facilityId,
              s.identityId(),
              s.structureClass().code(),
              s.condition().code(),
              s.geometry(),
              s.firstSeen(),
              s.lastSeen(),
              states(s.states()),
              fromIllustrative,
              null));
    }
    derived.supersedeStructures(facilityId, identities);
    String[] keys = new String[history.events().size()];
    i = 0;
    for (ChangeEvent e : history.events()) {
      keys[i++] = e.key();
      derived.upsertEvent(
          new ChangeEventRow(
              facilityId,
              e.key(),
              e.identityId(),
              e.kind().code(),
              e.structureClass().code(),
              e.previousClass() == null ? null : e.previousClass().code(),
              e.condition().code(),
              e.previousCondition() == null ? null : e.previousCondition().code(),
              e.earliest(),
              e.latest(),
              e.earliestObservationId(),
              e.earliestSceneId(),
              e.latestObservationId(),
              e.latestSceneId(),
              e.previousSize(),
              e.size(),
              e.movedM(),
              e.geometry(),
              e.confidence().code(),
              e.statement().en(),
              e.statement().ko(),
              illustrative.contains(e.earliestObservationId())
                  || illustrative.contains(e.latestObservationId()),
              null));
    }
    derived.supersedeEvents(facilityId, keys);
    changed.after(handle, facilityId);
    return new Summary(
        history.structures().size(), history.events().size(), history.overridesNotApplied());
  }

  private static ArrayNode states(List<SceneState> states) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (SceneState s : states) {
      ObjectNode node = array.addObject();
      node.put("observationId", s.observationId());
      node.put("sceneId", s.sceneId());
      node.put("sceneDate", s.sceneDate().toString());
      node.put("state", s.state().code());
      if (s.observedStructureId() == null) {
        node.putNull("observedStructureId");
      } else {
        node.put("observedStructureId", s.observedStructureId());
      }
    }
    return array;
  }
}
