package org.sightline.geodata.testimony;

import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/** What kind of document a documentary source is. */
public enum DocumentKind implements Coded {
  REPORT("report", "report", "보고서"),
  ARTICLE("article", "news article", "기사"),
  MEDIA("media", "photo, video or audio", "사진·영상·음성"),
  DATASET("dataset", "dataset", "데이터셋"),
  OTHER("other", "other", "기타");

  private final CodeLabels labels;

  DocumentKind(String code, String labelEn, String labelKo) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }

  public static DocumentKind fromCode(String code) {
    return Coded.fromCode(DocumentKind.class, "kind", code);
  }
}
