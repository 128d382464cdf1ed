package org.sightline.geodata.corroboration;

import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/** Why a member of an event counts as an independent source, or why it does not. */
public enum IndependenceReason implements Coded {
  /**
   * Counted: the first item of its own source (a witness's own account, a scene pair, a document).
   */
  INDEPENDENT("independent", "independent source", "독립 출처", true),
  /**
   * Counted, for another: hearsay from a witness, or a document of an origin, that has no account
   * of its own in the event; counted once as that witness's or origin's.
   */
  COUNTED_FOR_UPSTREAM(
      "counted-for-upstream", "counted for the source it came from", "전달 출처로 집계", true),
  /** Not counted: the same source as a counted item (one witness, several claims or interviews). */
  SAME_SOURCE("same-source", "same source as a counted item", "집계된 항목과 같은 출처", false),
  /** Not counted: heard from a witness (directly or through others) who is counted. */
  HEARD_FROM_COUNTED("heard-from-counted", "heard from a counted witness", "집계된 증인에게서 들음", false),
  /** Not counted: a document of the same origin (lineage) as a counted item. */
  SAME_ORIGIN("same-origin", "same origin as a counted document", "집계된 문서와 같은 원천", false);

  private final CodeLabels labels;
  private final boolean counted;

  IndependenceReason(String code, String labelEn, String labelKo, boolean counted) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
    this.counted = counted;
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }

  /** Whether an item with this reason counts as an independent source. */
  public boolean counted() {
    return counted;
  }
}
