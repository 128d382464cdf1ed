package org.sightline.geodata.publication;

import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/** Whether free text (descriptions, notes) may be public. */
public enum FreeTextRule implements Coded {
  /** Only the fields the submitter marked publishable when asking for review. */
  MARKED_ONLY("marked-only", "only where marked publishable", "공개 가능으로 표시된 경우만"),
  /** Never. */
  NEVER("never", "never", "공개하지 않음");

  private final CodeLabels labels;

  FreeTextRule(String code, String labelEn, String labelKo) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }

  public static FreeTextRule fromCode(String code) {
    return Coded.fromCode(FreeTextRule.class, "freeText", code);
  }
}
