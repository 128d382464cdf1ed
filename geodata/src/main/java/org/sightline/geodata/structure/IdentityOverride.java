package org.sightline.geodata.structure;

/**
 * An analyst's correction of structure identity, naming observed structures ({@link
 * ObservedStructure#id()}) so that it survives recomputation. Applied by {@link StructureTracker}
 * on every recomputation; an override whose structures no longer exist is reported as not applied.
 */
public sealed interface IdentityOverride {
  /** The stored id of the override. */
  long id();

  /** The identities of the two drawings are one structure. */
  record Merge(long id, long structureA, long structureB) implements IdentityOverride {}

  /** {@code structure} begins a new identity: it is not matched to anything earlier. */
  record Split(long id, long structure) implements IdentityOverride {}

  /** {@code structure} continues the identity of {@code earlierStructure}, whatever the overlap. */
  record ForceMatch(long id, long structure, long earlierStructure) implements IdentityOverride {}

  /** The two drawings are never the same structure, whatever the overlap. */
  record ForceNonMatch(long id, long structureA, long structureB) implements IdentityOverride {}
}
