package org.sightline.geodata.structure;

import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/**
 * How sure an analyst is, in the fixed estimative words published imagery analyses use (the scale
 * of US Intelligence Community Directive 203), from the weakest to the strongest. A statement drawn
 * from two observations carries the weaker of their confidences ({@link #weaker}).
 */
public enum EstimativeConfidence implements Coded {
  ALMOST_NO_CHANCE("almost-no-chance", "almost no chance", "거의 가능성 없음"),
  VERY_UNLIKELY("very-unlikely", "very unlikely", "매우 낮은 가능성"),
  UNLIKELY("unlikely", "unlikely", "낮은 가능성"),
  EVEN_CHANCE("even-chance", "roughly even chance", "반반의 가능성"),
  LIKELY("likely", "likely", "높은 가능성"),
  VERY_LIKELY("very-likely", "very likely", "매우 높은 가능성"),
  ALMOST_CERTAIN("almost-certain", "almost certain", "거의 확실");

  private final CodeLabels labels;

  EstimativeConfidence(String code, String labelEn, String labelKo) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }

  /** The weaker of the two. */
  public EstimativeConfidence weaker(EstimativeConfidence other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public static EstimativeConfidence fromCode(String code) {
    return Coded.fromCode(EstimativeConfidence.class, "confidence", code);
  }
}
