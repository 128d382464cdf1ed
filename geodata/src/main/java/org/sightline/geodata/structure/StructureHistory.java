package org.sightline.geodata.structure;

import java.util.List;

/**
 * Everything derived from the observations of one facility: its structures, their change events in
 * bracket order, and the overrides that could not be applied (with the reason).
 */
public record StructureHistory(
    List<TrackedStructure> structures,
    List<ChangeEvent> events,
    List<NotApplied> overridesNotApplied) {
  public StructureHistory {
    structures = List.copyOf(structures);
    events = List.copyOf(events);
    overridesNotApplied = List.copyOf(overridesNotApplied);
  }

  /** An override left out, and why ("structure 12 no longer exists"). */
  public record NotApplied(long overrideId, String reason) {}
}
