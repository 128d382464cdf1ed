package org.sightline.geodata.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.structure.IdentityOverride.ForceMatch;
import org.sightline.geodata.structure.IdentityOverride.ForceNonMatch;
import org.sightline.geodata.structure.IdentityOverride.Merge;
import org.sightline.geodata.structure.IdentityOverride.Split;
import org.sightline.geodata.structure.StructureHistory.NotApplied;

/**
 * Which drawings are one structure: the observations in order, each one's drawings matched to the
 * latest drawing of every identity known before it, with the analysts' overrides.
 *
 * <p>How the overrides act, and when one is not applied (reported with its reason):
 *
 * <ul>
 *   <li>{@code ForceMatch(s, e)}: s joins the identity e belongs to when s's observation is
 *       matched, before the automatic matching; not applied when e is not in an earlier
 *       observation, when s is split, when s is already forced by an earlier override, when that
 *       identity is already continued in the observation by another forced drawing, or when it
 *       holds a drawing never to be one with s.
 *   <li>{@code ForceNonMatch(a, b)}: a constraint that always wins: no automatic match, forced
 *       match or merge puts a and b into one identity.
 *   <li>{@code Split(s)}: s takes no part in the automatic matching of its observation and begins
 *       an identity (later drawings may continue it).
 *   <li>{@code Merge(a, b)}: the identities of a and b become one once the later of the two
 *       drawings has been matched, so every later observation is matched against their one latest
 *       drawing. Refused, not unioned, when both identities have a drawing in one observation (a
 *       structure has one drawing per scene; the analyst redraws it as one), when it would join a
 *       pair never to be one, or when it would put drawings before a split drawing into its
 *       identity.
 * </ul>
 *
 * <p>An override naming a drawing that does not exist is not applied. Identity ids are the ids of
 * their earliest drawings. Not thread-safe; one per tracking.
 */
final class IdentityAssignment {
  /** One identity: its drawing in each observation (by index in the ordered list). */
  record Track(long identityId, NavigableMap<Integer, ObservedStructure> drawings) {}

  private final List<Observation> ordered;
  private final LongFunction<Geometry> metric;
  private final StructureMatcher matcher;
  private final Map<Long, Integer> observationOf = new HashMap<>();
  private final Map<Long, ObservedStructure> drawings = new HashMap<>();
  private final Map<Long, Identity> identityOf = new HashMap<>();
  private final Map<Long, Identity> live = new LinkedHashMap<>();
  private final Map<Long, Map<Long, Long>> neverOne = new HashMap<>();
  private final Map<Long, Long> splits = new HashMap<>();
  private final Map<Integer, List<ForceMatch>> forcedAt = new HashMap<>();
  private final Map<Integer, List<Merge>> mergesAt = new HashMap<>();
  private final List<NotApplied> notApplied = new ArrayList<>();

  /**
   * @param ordered the observations, checked, in ({@code sceneDate}, {@code id}) order
   * @param metric each drawing's geometry in the facility's metric projection, by drawing id
   */
  IdentityAssignment(
      List<Observation> ordered, LongFunction<Geometry> metric, StructureMatcher matcher) {
    this.ordered = ordered;
    this.metric = metric;
    this.matcher = matcher;
    for (int k = 0; k < ordered.size(); k++) {
      for (ObservedStructure structure : ordered.get(k).structures()) {
        observationOf.put(structure.id(), k);
        drawings.put(structure.id(), structure);
      }
    }
  }

  /** Assigns every drawing to an identity; call once. */
  List<Track> assign(List<IdentityOverride> overrides) {
    sortOut(overrides);
    for (int k = 0; k < ordered.size(); k++) {
      matchObservation(k);
      for (Merge merge : mergesAt.getOrDefault(k, List.of())) {
        merge(merge);
      }
    }
    return live.values().stream()
        .sorted(Comparator.comparingInt(Identity::firstIndex).thenComparingLong(Identity::key))
        .map(
            identity ->
                new Track(identity.key(), Collections.unmodifiableNavigableMap(identity.drawings)))
        .toList();
  }

  /** The overrides that could not be applied, in the order of their ids. */
  List<NotApplied> notApplied() {
    return notApplied.stream().sorted(Comparator.comparingLong(NotApplied::overrideId)).toList();
  }

  /** Checks each override's drawings and files it where the matching will apply it. */
  private void sortOut(List<IdentityOverride> overrides) {
    Map<Long, ForceMatch> forcedDrawings = new LinkedHashMap<>();
    for (IdentityOverride override : overrides) {
      String missing = missing(override);
      if (missing != null) {
        refuse(override, missing);
        continue;
      }
      if (override instanceof Merge merge) {
        fileMerge(merge);
      } else if (override instanceof Split split) {
        splits.putIfAbsent(split.structure(), split.id());
      } else if (override instanceof ForceNonMatch never) {
        fileNeverOne(never);
      } else if (override instanceof ForceMatch force) {
        fileForceMatch(force, forcedDrawings);
      }
    }
    for (ForceMatch force : forcedDrawings.values()) {
      Long split = splits.get(force.structure());
      if (split != null) {
        refuse(
            force,
            "conflicts with override "
                + split
                + ", which makes structure "
                + force.structure()
                + " begin a new structure");
      } else {
        forcedAt
            .computeIfAbsent(observationOf.get(force.structure()), k -> new ArrayList<>())
            .add(force);
      }
    }
  }

  private void fileMerge(Merge merge) {
    if (merge.structureA() == merge.structureB()) {
      refuse(merge, "names structure " + merge.structureA() + " twice");
    } else {
      int at =
          Math.max(observationOf.get(merge.structureA()), observationOf.get(merge.structureB()));
      mergesAt.computeIfAbsent(at, k -> new ArrayList<>()).add(merge);
    }
  }

  private void fileNeverOne(ForceNonMatch never) {
    if (never.structureA() == never.structureB()) {
      refuse(never, "names structure " + never.structureA() + " twice");
    } else {
      neverOne
          .computeIfAbsent(never.structureA(), k -> new HashMap<>())
          .putIfAbsent(never.structureB(), never.id());
      neverOne
          .computeIfAbsent(never.structureB(), k -> new HashMap<>())
          .putIfAbsent(never.structureA(), never.id());
    }
  }

  private void fileForceMatch(ForceMatch force, Map<Long, ForceMatch> forcedDrawings) {
    int at = observationOf.get(force.structure());
    if (observationOf.get(force.earlierStructure()) >= at) {
      refuse(
          force,
          "structure "
              + force.earlierStructure()
              + " is not in an observation before structure "
              + force.structure()
              + "'s");
    } else if (forcedDrawings.containsKey(force.structure())) {
      refuse(
          force,
          "structure "
              + force.structure()
              + " is already matched by override "
              + forcedDrawings.get(force.structure()).id());
    } else {
      forcedDrawings.put(force.structure(), force);
    }
  }

  private String missing(IdentityOverride override) {
    long[] named;
    if (override instanceof Merge m) {
      named = new long[] {m.structureA(), m.structureB()};
    } else if (override instanceof Split s) {
      named = new long[] {s.structure()};
    } else if (override instanceof ForceMatch f) {
      named = new long[] {f.structure(), f.earlierStructure()};
    } else if (override instanceof ForceNonMatch n) {
      named = new long[] {n.structureA(), n.structureB()};
    } else {
      return "unknown override";
    }
    for (long id : named) {
      if (!drawings.containsKey(id)) {
        return "structure " + id + " no longer exists";
      }
    }
    return null;
  }

  private void matchObservation(int k) {
    Set<Identity> continued = new HashSet<>();
    Set<Long> placed = new HashSet<>();
    for (ForceMatch force : forcedAt.getOrDefault(k, List.of())) {
      Identity target = identityOf.get(force.earlierStructure());
      Long conflict = neverOneWith(force.structure(), target);
      if (continued.contains(target)) {
        refuse(
            force,
            "the structure of "
                + force.earlierStructure()
                + " is already continued in this observation by structure "
                + target.drawings.get(k).id());
      } else if (conflict != null) {
        refuse(force, "conflicts with override " + conflict + " (never the same structure)");
      } else {
        target.add(k, drawings.get(force.structure()));
        identityOf.put(force.structure(), target);
        continued.add(target);
        placed.add(force.structure());
      }
    }

    List<StructureMatcher.Candidate> earlier = new ArrayList<>();
    for (Identity identity : live.values()) {
      if (!continued.contains(identity)) {
        ObservedStructure latest = identity.latest();
        earlier.add(
            new StructureMatcher.Candidate(
                identity.key(), latest.structureClass(), metric.apply(latest.id())));
      }
    }
    List<StructureMatcher.Candidate> current = new ArrayList<>();
    Set<StructureMatcher.Pair> excluded = new HashSet<>();
    for (ObservedStructure structure : ordered.get(k).structures()) {
      if (placed.contains(structure.id()) || splits.containsKey(structure.id())) {
        continue;
      }
      current.add(
          new StructureMatcher.Candidate(
              structure.id(), structure.structureClass(), metric.apply(structure.id())));
      for (long other : neverOne.getOrDefault(structure.id(), Map.of()).keySet()) {
        if (observationOf.get(other) < k) {
          excluded.add(new StructureMatcher.Pair(structure.id(), identityOf.get(other).key()));
        }
      }
    }
    for (StructureMatcher.Match match : matcher.match(earlier, current, excluded)) {
      Identity identity = live.get(match.earlierKey());
      identity.add(k, drawings.get(match.currentKey()));
      identityOf.put(match.currentKey(), identity);
      placed.add(match.currentKey());
    }
    for (ObservedStructure structure : ordered.get(k).structures()) {
      if (!identityOf.containsKey(structure.id())) {
        Identity identity = new Identity();
        identity.add(k, structure);
        identityOf.put(structure.id(), identity);
        live.put(identity.key(), identity);
      }
    }
  }

  private void merge(Merge merge) {
    Identity a = identityOf.get(merge.structureA());
    Identity b = identityOf.get(merge.structureB());
    if (a == b) {
      return;
    }
    for (int k : a.drawings.keySet()) {
      if (b.drawings.containsKey(k)) {
        refuse(
            merge,
            "both structures are drawn in observation "
                + ordered.get(k).id()
                + " (drawings "
                + a.drawings.get(k).id()
                + " and "
                + b.drawings.get(k).id()
                + "); a structure has one drawing per observation");
        return;
      }
    }
    for (ObservedStructure x : a.drawings.values()) {
      Long conflict = neverOneWith(x.id(), b);
      if (conflict != null) {
        refuse(merge, "conflicts with override " + conflict + " (never the same structure)");
        return;
      }
    }
    int first = Math.min(a.firstIndex(), b.firstIndex());
    for (Identity identity : List.of(a, b)) {
      for (Map.Entry<Integer, ObservedStructure> drawing : identity.drawings.entrySet()) {
        Long split = splits.get(drawing.getValue().id());
        if (split != null && drawing.getKey() > first) {
          refuse(
              merge,
              "conflicts with override "
                  + split
                  + ", which makes structure "
                  + drawing.getValue().id()
                  + " begin a new structure");
          return;
        }
      }
    }
    Identity keeper = a.firstIndex() <= b.firstIndex() ? a : b;
    Identity absorbed = keeper == a ? b : a;
    live.remove(absorbed.key());
    for (Map.Entry<Integer, ObservedStructure> drawing : absorbed.drawings.entrySet()) {
      keeper.add(drawing.getKey(), drawing.getValue());
      identityOf.put(drawing.getValue().id(), keeper);
    }
  }

  /** The override that keeps {@code drawing} apart from a drawing of {@code identity}, or null. */
  private Long neverOneWith(long drawing, Identity identity) {
    Map<Long, Long> apart = neverOne.getOrDefault(drawing, Map.of());
    for (ObservedStructure member : identity.drawings.values()) {
      Long override = apart.get(member.id());
      if (override != null) {
        return override;
      }
    }
    return null;
  }

  private void refuse(IdentityOverride override, String reason) {
    notApplied.add(new NotApplied(override.id(), reason));
  }

  /** The drawings of one identity by observation index; its key is its earliest drawing's id. */
  private static final class Identity {
    final TreeMap<Integer, ObservedStructure> drawings = new TreeMap<>();

    void add(int index, ObservedStructure drawing) {
      drawings.put(index, drawing);
    }

    long key() {
      return drawings.firstEntry().getValue().id();
    }

    int firstIndex() {
      return drawings.firstKey();
    }

    ObservedStructure latest() {
      return drawings.lastEntry().getValue();
    }
  }
}
