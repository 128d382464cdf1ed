package org.sightline.server.map;

import java.util.List;

/**
 * Which corroborated events a map view keeps: each part null to keep every event, else the codes an
 * event must match (its level is one of {@code levels}; it has any of {@code types} among its claim
 * types and any of {@code sourceKinds} among its source kinds; it is linked to {@code facility}).
 *
 * @param levels corroboration level codes, or null
 * @param types event type codes, or null
 * @param sourceKinds source kind codes ({@code testimony}, {@code document}, {@code imagery}), or
 *     null
 * @param facility a facility id, or null
 */
public record EventFilter(
    List<String> levels, List<String> types, List<String> sourceKinds, String facility) {
  public static final EventFilter ALL = new EventFilter(null, null, null, null);

  public EventFilter {
    levels = levels == null ? null : List.copyOf(levels);
    types = types == null ? null : List.copyOf(types);
    sourceKinds = sourceKinds == null ? null : List.copyOf(sourceKinds);
  }

  String[] levelArray() {
    return levels == null ? null : levels.toArray(String[]::new);
  }

  String[] typeArray() {
    return types == null ? null : types.toArray(String[]::new);
  }

  String[] sourceKindArray() {
    return sourceKinds == null ? null : sourceKinds.toArray(String[]::new);
  }
}
