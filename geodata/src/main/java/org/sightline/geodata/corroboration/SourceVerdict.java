package org.sightline.geodata.corroboration;

/**
 * Whether one member of an event counts as an independent source, and why.
 *
 * @param itemKey the member
 * @param sourceKey its source, as given
 * @param kind its kind
 * @param countedAs the source it counts as: its own, or the witness or origin its information comes
 *     from, followed through other members ({@code heardFrom}, {@code originKey})
 * @param countedItemKey the member that counts for {@code countedAs}: this one when it is counted
 * @param counted whether this member counts as an independent source ({@code reason.counted()})
 * @param reason why it is counted or not
 * @param text the verdict in one English sentence
 */
public record SourceVerdict(
    String itemKey,
    String sourceKey,
    EvidenceKind kind,
    String countedAs,
    String countedItemKey,
    boolean counted,
    IndependenceReason reason,
    String text) {

  public SourceVerdict {
    if (reason == null || counted != reason.counted()) {
      throw new IllegalArgumentException("counted must follow the reason: " + reason);
    }
  }
}
