package org.sightline.geodata.structure;

import java.util.List;

/**
 * Follows the structures of one facility across its observations, in scene-date order: each new
 * observation's drawings are matched ({@link StructureMatcher}) to the latest drawing of every
 * structure known before it, the analysts' overrides are applied, every structure gets one of three
 * states in every observation, and change events are derived with their brackets and statements
 * ({@link ChangeStatements}). Deterministic: the same observations and overrides give the same
 * history. Stateless and thread-safe.
 */
public final class StructureTracker {
  private final MatchingParameters parameters;

  public StructureTracker(MatchingParameters parameters) {
    this.parameters = parameters;
  }

  /**
   * The history of one facility.
   *
   * @param observations the facility's observations, in any order
   * @param overrides the analysts' live overrides, in the order they were made
   */
  public StructureHistory track(List<Observation> observations, List<IdentityOverride> overrides) {
    return new StructureHistory(List.of(), List.of(), List.of()); // TODO(issue 11)
  }

  public MatchingParameters parameters() {
    return parameters;
  }
}
