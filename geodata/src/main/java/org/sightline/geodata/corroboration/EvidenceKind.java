package org.sightline.geodata.corroboration;

import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/** The kind of evidence an item is, and so the kind of its source. */
public enum EvidenceKind implements Coded {
  /** A claim in a witness's testimony; its source is the witness. */
  TESTIMONY("testimony", "testimony", "증언"),
  /** A change seen in satellite imagery; its source is the pair of scenes that brackets it. */
  IMAGERY("imagery", "satellite imagery", "위성 영상"),
  /** A statement in a document (a report, an official record); its source is the document. */
  DOCUMENT("document", "document", "문서");

  private final CodeLabels labels;

  EvidenceKind(String code, String labelEn, String labelKo) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }

  public static EvidenceKind fromCode(String code) {
    return Coded.fromCode(EvidenceKind.class, "kind", code);
  }
}
