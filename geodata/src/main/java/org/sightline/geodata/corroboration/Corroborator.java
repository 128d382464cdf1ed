package org.sightline.geodata.corroboration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sightline.geodata.InvalidDataException;

/**
 * Finds corroborated events: clusters of evidence items that agree on type, time and place, and
 * counts the independent sources in each.
 *
 * <p>Two items match when their types are compatible ({@link TypeCompatibility}), their intervals
 * overlap once each is widened by the time tolerance, and their regions lie within the place
 * tolerance ({@link Tolerances}). An event is a connected component of the match graph: items
 * joined by a chain of matches, whether or not every pair matches. Items of one source match like
 * any others and join the event; only independent sources count towards its level ({@link
 * CorroborationLevel}, {@link SourceIndependence}).
 *
 * <p>Deterministic: the same items in any order give the same events, keys, levels and
 * explanations. Candidate pairs come from an index by place, type and time ({@link ItemIndex}),
 * never from all pairs, and the regions of a pair are compared only when it would join two clusters
 * not yet joined.
 *
 * <p>Incremental recomputation: after items change, {@link #affectedBy} returns the items whose
 * events may have changed; corroborating just those gives the same events for them as corroborating
 * everything, and every other stored event stays as it was.
 *
 * <p>Immutable and thread-safe.
 */
public final class Corroborator {
  private final TypeCompatibility types;
  private final Tolerances tolerances;

  public Corroborator(TypeCompatibility types, Tolerances tolerances) {
    if (types == null || tolerances == null) {
      throw new InvalidDataException("corroborator: types and tolerances are required");
    }
    this.types = types;
    this.tolerances = tolerances;
  }

  /** The built-in type table and {@link Tolerances#DEFAULTS}. */
  public static Corroborator withDefaults() {
    return new Corroborator(TypeCompatibility.defaults(), Tolerances.DEFAULTS);
  }

  public TypeCompatibility types() {
    return types;
  }

  public Tolerances tolerances() {
    return tolerances;
  }

  /** This corroborator with other tolerances. */
  public Corroborator withTolerances(Tolerances other) {
    return new Corroborator(types, other);
  }

  /**
   * The events of these items. Events and their levels are computed here; explanations and
   * duplicate candidates on request ({@link Corroboration#explain}, {@link
   * Corroboration#duplicateCandidates}).
   *
   * @throws InvalidDataException when two items have one key, or one source key is given two kinds
   */
  public Corroboration corroborate(Collection<EvidenceItem> items) {
    ItemIndex index = new ItemIndex(sortedByKey(items, "items"), types);
    return new Corroboration(index, tolerances, Clustering.components(index, tolerances));
  }

  /**
   * The items whose events may change after a change: every item of {@code all} connected, in the
   * match graph of {@code all}, to a changed item or to a neighbour of a changed item's former
   * version. Re-corroborate exactly these ({@link #corroborate}) and replace the stored events that
   * contain any of them or any changed key: the result equals corroborating all items again.
   *
   * @param changed every item added, modified or removed: current versions of added and modified
   *     items, former versions of modified and removed ones (an item whose key is in {@code all}
   *     but which differs from it is taken as a former version)
   * @param all every item after the change
   * @return items of {@code all}, sorted by key
   * @throws InvalidDataException as {@link #corroborate}, for {@code all}
   */
  public List<EvidenceItem> affectedBy(
      Collection<EvidenceItem> changed, Collection<EvidenceItem> all) {
    return neighbourhood(changed, all, 1.0);
  }

  /**
   * The items of {@code all} connected to {@code seeds} in the match graph with the tolerances
   * scaled by {@code scale}; seeds taken as in {@link #affectedBy}. At scale 2 this is all an
   * event's explanation needs: {@code corroborate(neighbourhood(event's members, all, 2))} explains
   * the event exactly as corroborating everything would, sensitivity included.
   *
   * @return items of {@code all}, sorted by key
   */
  public List<EvidenceItem> neighbourhood(
      Collection<EvidenceItem> seeds, Collection<EvidenceItem> all, double scale) {
    List<EvidenceItem> current = sortedByKey(all, "all");
    Map<String, Integer> position = new HashMap<>(current.size() * 2);
    for (int i = 0; i < current.size(); i++) {
      position.put(current.get(i).key(), i);
    }
    List<EvidenceItem> indexed = new ArrayList<>(current);
    List<Integer> start = new ArrayList<>();
    List<Integer> former = new ArrayList<>();
    for (EvidenceItem seed : seeds) {
      Integer p = position.get(seed.key());
      if (p != null) {
        start.add(p);
      }
      if (p == null || !current.get(p).equals(seed)) {
        former.add(indexed.size());
        indexed.add(seed);
      }
    }
    int m = current.size();
    Tolerances scaled = tolerances.scaled(scale);
    ItemIndex index = new ItemIndex(indexed, types);
    for (int f : former) {
      index.candidates(
          f,
          scaled.timeDays(),
          scaled.placeM(),
          j -> {
            if (j < m && index.within(f, j, scaled.placeM())) {
              start.add(j);
            }
          });
    }
    int[] reached =
        Clustering.reach(
            index, start.stream().mapToInt(Integer::intValue).toArray(), scaled, j -> j < m);
    List<EvidenceItem> result = new ArrayList<>(reached.length);
    for (int p : reached) {
      result.add(current.get(p));
    }
    return List.copyOf(result);
  }

  /** The items sorted by key, refusing a key given twice and a source key given two kinds. */
  static List<EvidenceItem> sortedByKey(Collection<EvidenceItem> items, String what) {
    List<EvidenceItem> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(EvidenceItem::key));
    Map<String, EvidenceKind> kinds = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      EvidenceItem item = sorted.get(i);
      if (i > 0 && item.key().equals(sorted.get(i - 1).key())) {
        throw new InvalidDataException(what + ": item key " + item.key() + " appears twice");
      }
      EvidenceKind before = kinds.putIfAbsent(item.source().key(), item.kind());
      if (before != null && before != item.kind()) {
        throw new InvalidDataException(
            what
                + ": source "
                + item.source().key()
                + " is "
                + before.code()
                + " elsewhere but "
                + item.kind().code()
                + " in item "
                + item.key());
      }
    }
    return sorted;
  }
}
