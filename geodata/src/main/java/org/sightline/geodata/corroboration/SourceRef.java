package org.sightline.geodata.corroboration;

import org.sightline.geodata.InvalidDataException;

/**
 * Where an item's information comes from, for counting independent sources.
 *
 * <ul>
 *   <li>Testimony: the witness, e.g. {@code witness:W-0012}, after the caller merged the records of
 *       one person (the same witness interviewed by two organisations is one source). A claim the
 *       witness only heard from another witness known to the system names that witness in {@code
 *       heardFrom}: it depends on that witness.
 *   <li>Imagery: the pair of scenes that brackets the change, {@code scene-pair:<last scene
 *       before>/ <first scene after>} ({@link #scenePair}). Every change seen between the same two
 *       scenes is one source, however many analysts recorded it; changes bracketed by other scene
 *       pairs are other sources, even at the same facility.
 *   <li>Document: the document, e.g. {@code document:42}. Documents derived from one origin (one
 *       report passed on, quoted, translated) name it in {@code originKey} and count once: the
 *       lineage. The origin may be any key, including a witness's: a report that retells witness
 *       W's account depends on W.
 * </ul>
 *
 * @param key the source's stable key, non-blank
 * @param kind the kind of the source, which is the kind of its items
 * @param heardFrom for testimony only: the key of the witness the claim was heard from, or null
 * @param originKey for documents only: the key of the origin the document derives from, or null
 */
public record SourceRef(String key, EvidenceKind kind, String heardFrom, String originKey) {
  /**
   * @throws InvalidDataException when the key or kind is missing, {@code heardFrom} is given for
   *     anything but testimony, {@code originKey} for anything but a document, or either names the
   *     source itself
   */
  public SourceRef {
    if (key == null || key.isBlank()) {
      throw new InvalidDataException("source: key is missing");
    }
    if (kind == null) {
      throw new InvalidDataException("source " + key + ": kind is missing");
    }
    if (heardFrom != null) {
      if (kind != EvidenceKind.TESTIMONY) {
        throw new InvalidDataException(
            "source " + key + ": heardFrom is for testimony only, not " + kind.code());
      }
      if (heardFrom.isBlank() || heardFrom.equals(key)) {
        throw new InvalidDataException(
            "source " + key + ": heardFrom must name another source, not '" + heardFrom + "'");
      }
    }
    if (originKey != null) {
      if (kind != EvidenceKind.DOCUMENT) {
        throw new InvalidDataException(
            "source " + key + ": originKey is for documents only, not " + kind.code());
      }
      if (originKey.isBlank() || originKey.equals(key)) {
        throw new InvalidDataException(
            "source " + key + ": originKey must name another origin, not '" + originKey + "'");
      }
    }
  }

  /** A witness's own account (not heard from anyone). */
  public static SourceRef witness(String witnessKey) {
    return new SourceRef(witnessKey, EvidenceKind.TESTIMONY, null, null);
  }

  /** A witness's account of what they heard from another witness. */
  public static SourceRef hearsay(String witnessKey, String heardFromKey) {
    return new SourceRef(witnessKey, EvidenceKind.TESTIMONY, heardFromKey, null);
  }

  /** A document with no known origin other than itself. */
  public static SourceRef document(String documentKey) {
    return new SourceRef(documentKey, EvidenceKind.DOCUMENT, null, null);
  }

  /** A document derived from an origin shared with other documents (its lineage). */
  public static SourceRef document(String documentKey, String originKey) {
    return new SourceRef(documentKey, EvidenceKind.DOCUMENT, null, originKey);
  }

  /**
   * The imagery source of every change bracketed by the same two scenes: {@code
   * scene-pair:<before>/<after>}.
   *
   * @param sceneBefore the last scene showing the old state (a scene id, e.g. a STAC Item id)
   * @param sceneAfter the first scene showing the new state
   */
  public static SourceRef scenePair(String sceneBefore, String sceneAfter) {
    if (sceneBefore == null
        || sceneBefore.isBlank()
        || sceneAfter == null
        || sceneAfter.isBlank()) {
      throw new InvalidDataException("source: a scene pair needs both scene ids");
    }
    return new SourceRef(
        "scene-pair:" + sceneBefore + "/" + sceneAfter, EvidenceKind.IMAGERY, null, null);
  }

  /**
   * The source this item's information was passed on from: the witness it was heard from, or the
   * document's origin; null for first-hand accounts, imagery and documents of no other origin.
   */
  public String upstream() {
    return heardFrom != null ? heardFrom : originKey;
  }
}
