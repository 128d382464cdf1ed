package org.sightline.geodata.corroboration;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts the independent sources among an event's members.
 *
 * <p>Each member counts as a source key: its own, unless its information was passed on ({@link
 * SourceRef#upstream()}: the witness a claim was heard from, a document's origin). Then it counts
 * as the source it came from, followed through the event's members: a source that has a first-hand
 * item in the event, or none at all (a witness or origin outside the event), ends the chain; a
 * source whose items in the event were all passed on leads on to where they came from (to the
 * first, in key order, of the ends reachable when it passed on several accounts, so that a relay
 * never adds a source; to the smallest key of a cycle when no end is reachable). Each source key
 * counts once, for its first item in key order, preferring the source's own first-hand item.
 *
 * @param verdicts one per member, in the members' order
 * @param sources the source keys counted, sorted
 * @param kinds the kinds of the counted members
 * @param level the level these make
 */
record SourceIndependence(
    List<SourceVerdict> verdicts,
    List<String> sources,
    Set<EvidenceKind> kinds,
    CorroborationLevel level) {

  /**
   * @param members sorted by key
   */
  static SourceIndependence of(List<EvidenceItem> members) {
    Map<String, List<EvidenceItem>> bySource = new HashMap<>();
    for (EvidenceItem item : members) {
      bySource.computeIfAbsent(item.source().key(), k -> new ArrayList<>()).add(item);
    }
    Map<String, String> origins = new HashMap<>();
    List<String> effective = new ArrayList<>(members.size());
    for (EvidenceItem item : members) {
      String upstream = item.source().upstream();
      effective.add(
          upstream == null
              ? item.source().key()
              : origins.computeIfAbsent(upstream, k -> origin(k, bySource)));
    }

    // The member that counts for each source key: its own first-hand item, else the first.
    Map<String, EvidenceItem> counted = new LinkedHashMap<>();
    for (int k = 0; k < members.size(); k++) {
      EvidenceItem item = members.get(k);
      if (item.source().upstream() == null && item.source().key().equals(effective.get(k))) {
        counted.putIfAbsent(effective.get(k), item);
      }
    }
    for (int k = 0; k < members.size(); k++) {
      counted.putIfAbsent(effective.get(k), members.get(k));
    }

    List<SourceVerdict> verdicts = new ArrayList<>(members.size());
    Set<EvidenceKind> kinds = EnumSet.noneOf(EvidenceKind.class);
    for (int k = 0; k < members.size(); k++) {
      EvidenceItem item = members.get(k);
      EvidenceItem rep = counted.get(effective.get(k));
      verdicts.add(verdict(item, effective.get(k), rep));
      if (rep.key().equals(item.key())) {
        kinds.add(item.kind());
      }
    }
    List<String> sources = List.copyOf(new TreeSet<>(counted.keySet()));
    return new SourceIndependence(
        List.copyOf(verdicts),
        sources,
        Set.copyOf(kinds),
        CorroborationLevel.of(sources.size(), kinds.size()));
  }

  /**
   * Where information passed on from {@code key} comes from: {@code key} itself when it has a
   * first-hand item among the members or none, otherwise the smallest end reachable through its
   * items' upstream keys (the smallest key reached when a cycle has no end).
   */
  private static String origin(String key, Map<String, List<EvidenceItem>> bySource) {
    Set<String> reached = new HashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    reached.add(key);
    queue.add(key);
    String bestEnd = null;
    String smallest = key;
    while (!queue.isEmpty()) {
      String s = queue.poll();
      if (s.compareTo(smallest) < 0) {
        smallest = s;
      }
      List<EvidenceItem> items = bySource.get(s);
      boolean end = items == null || items.stream().anyMatch(i -> i.source().upstream() == null);
      if (end) {
        if (bestEnd == null || s.compareTo(bestEnd) < 0) {
          bestEnd = s;
        }
        continue;
      }
      for (EvidenceItem item : items) {
        if (reached.add(item.source().upstream())) {
          queue.add(item.source().upstream());
        }
      }
    }
    return bestEnd != null ? bestEnd : smallest;
  }

  private static SourceVerdict verdict(EvidenceItem item, String countedAs, EvidenceItem rep) {
    SourceRef source = item.source();
    String upstream = source.upstream();
    String via = upstream == null || upstream.equals(countedAs) ? "" : ", traced to " + countedAs;
    IndependenceReason reason;
    String text;
    if (rep.key().equals(item.key())) {
      if (upstream == null) {
        reason = IndependenceReason.INDEPENDENT;
        text =
            item.key()
                + " counted: "
                + source.key()
                + (item.kind() == EvidenceKind.TESTIMONY ? ", first-hand" : "");
      } else {
        reason = IndependenceReason.COUNTED_FOR_UPSTREAM;
        text =
            item.key()
                + " counted as "
                + countedAs
                + (source.heardFrom() != null
                    ? ": heard from " + upstream + via + ", who has no first-hand account here"
                    : ": the first document of origin " + upstream + via);
      }
    } else if (upstream == null) {
      reason = IndependenceReason.SAME_SOURCE;
      text =
          item.key()
              + " not counted: same "
              + noun(item.kind())
              + " ("
              + source.key()
              + ") as "
              + rep.key();
    } else if (source.originKey() != null) {
      reason = IndependenceReason.SAME_ORIGIN;
      text =
          item.key()
              + " not counted: same origin ("
              + upstream
              + via
              + ") as "
              + rep.key()
              + ", which is counted";
    } else {
      reason = IndependenceReason.HEARD_FROM_COUNTED;
      text =
          item.key()
              + " not counted: heard from "
              + upstream
              + via
              + ", who is counted ("
              + rep.key()
              + ")";
    }
    return new SourceVerdict(
        item.key(),
        source.key(),
        item.kind(),
        countedAs,
        rep.key(),
        reason.counted(),
        reason,
        text);
  }

  private static String noun(EvidenceKind kind) {
    return switch (kind) {
      case TESTIMONY -> "witness";
      case IMAGERY -> "scene pair";
      case DOCUMENT -> "document";
    };
  }
}
