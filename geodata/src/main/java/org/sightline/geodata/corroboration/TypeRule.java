package org.sightline.geodata.corroboration;

import org.sightline.geodata.InvalidDataException;

/**
 * One rule of {@link TypeCompatibility}: whether items of two types may describe one event, and
 * why. Symmetric: the rule for (a, b) is the rule for (b, a).
 *
 * @param typeA as listed
 * @param typeB as listed; equal to {@code typeA} only for the implicit same-type rule
 * @param compatible whether items of the two types may describe one event
 * @param note why, in one line of English
 */
public record TypeRule(EventType typeA, EventType typeB, boolean compatible, String note) {
  /** The note of the implicit rule that a type is always compatible with itself. */
  public static final String SAME_TYPE_NOTE = "the same type";

  /** The note of a pair no rule lists: not compatible. */
  public static final String UNLISTED_NOTE = "no rule lists these types as compatible";

  public TypeRule {
    if (typeA == null || typeB == null || note == null || note.isBlank()) {
      throw new InvalidDataException("type rule: both types and a note are required");
    }
  }

  /**
   * For explanations: {@code execution ~ public-execution}, or {@code a !~ b} when incompatible.
   */
  public String describe() {
    return typeA.code() + (compatible ? " ~ " : " !~ ") + typeB.code() + " (" + note + ")";
  }
}
