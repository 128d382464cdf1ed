package org.sightline.geodata.corroboration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sightline.geodata.InvalidDataException;

/**
 * The result of {@link Corroborator#corroborate}: the events, in order of key, each with its level;
 * an explanation of any of them on request ({@link #explain}); and duplicate candidates among the
 * claims ({@link #duplicateCandidates}). Explanations look only at the items given to {@code
 * corroborate}: the sensitivity of an event needs its neighbourhood at twice the tolerances ({@link
 * Corroborator#neighbourhood}). Immutable and thread-safe; explanations are computed on each call.
 */
public final class Corroboration {
  private final ItemIndex index;
  private final Tolerances tolerances;
  private final int[][] components;
  private final int[][] trees;
  private final int[] componentOf;
  private final List<CorroboratedEvent> events;

  Corroboration(ItemIndex index, Tolerances tolerances, Clustering.Clusters clusters) {
    this.index = index;
    this.tolerances = tolerances;
    this.components = clusters.components();
    this.trees = clusters.trees();
    this.componentOf = new int[index.size()];
    List<CorroboratedEvent> built = new ArrayList<>(components.length);
    for (int c = 0; c < components.length; c++) {
      List<EvidenceItem> members = members(components[c]);
      for (int p : components[c]) {
        componentOf[p] = c;
      }
      SourceIndependence independence = SourceIndependence.of(members);
      built.add(
          new CorroboratedEvent(
              CorroboratedEvent.KEY_PREFIX + members.get(0).key(),
              members.stream().map(EvidenceItem::key).toList(),
              independence.level(),
              independence.sources(),
              independence.kinds().stream().sorted().toList()));
    }
    this.events = List.copyOf(built);
  }

  /** Every event, in order of key (that is, of first member key); each item in exactly one. */
  public List<CorroboratedEvent> events() {
    return events;
  }

  /** The event an item belongs to, or empty when no item has that key. */
  public Optional<CorroboratedEvent> eventOf(String itemKey) {
    int p = positionOf(itemKey);
    return p < 0 ? Optional.empty() : Optional.of(events.get(componentOf[p]));
  }

  /** The items corroborated, sorted by key. */
  public List<EvidenceItem> items() {
    return index.items();
  }

  public Tolerances tolerances() {
    return tolerances;
  }

  /**
   * Why {@code event} is what it is ({@link Explanation}). Costs the measures of each link of the
   * event's spanning tree, the combined place of its members, and a search of its neighbourhood at
   * half and twice the tolerances.
   *
   * @throws InvalidDataException when the event is not one of these events
   */
  public Explanation explain(CorroboratedEvent event) {
    int first = positionOf(event.firstMemberKey());
    if (first < 0 || !events.get(componentOf[first]).equals(event)) {
      throw new InvalidDataException("event " + event.key() + " is not one of these events");
    }
    int c = componentOf[first];
    return new ExplanationBuilder(index, tolerances).explain(event, components[c], trees[c]);
  }

  /**
   * Claims of different interviews that may be one account told twice: both testimony with a
   * testimony key and a description, of different testimony keys, matching as items do (types,
   * times and places within the tolerances), and with descriptions at least {@code minSimilarity}
   * alike ({@link DescriptionSimilarity}). Sorted by key pair.
   *
   * @param minSimilarity 0 to 1; {@link DescriptionSimilarity#DEFAULT_THRESHOLD} is a reasonable
   *     start
   */
  public List<DuplicateCandidate> duplicateCandidates(double minSimilarity) {
    if (!(minSimilarity >= 0 && minSimilarity <= 1)) {
      throw new InvalidDataException("minSimilarity must be 0 to 1: " + minSimilarity);
    }
    return new DuplicateFinder(index, tolerances).find(minSimilarity);
  }

  /** The position of the item with this key (items are sorted by key), or -1. */
  private int positionOf(String key) {
    int lo = 0;
    int hi = index.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = index.item(mid).key().compareTo(key);
      if (c == 0) {
        return mid;
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  private List<EvidenceItem> members(int[] positions) {
    List<EvidenceItem> members = new ArrayList<>(positions.length);
    for (int p : positions) {
      members.add(index.item(p));
    }
    return members;
  }
}
