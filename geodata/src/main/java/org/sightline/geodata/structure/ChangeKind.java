package org.sightline.geodata.structure;

import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/** What changed about one structure between two assessed scenes. */
public enum ChangeKind implements Coded {
  APPEARED("appeared", "appeared", "새로 나타남"),
  DISAPPEARED("disappeared", "disappeared", "사라짐"),
  EXPANDED("expanded", "expanded", "확장됨"),
  REDUCED("reduced", "reduced", "축소됨"),
  CLASS_CHANGED("changed-class", "changed class", "용도 변경"),
  CONDITION_CHANGED("changed-condition", "changed condition", "상태 변화"),
  MOVED("moved", "moved", "이동함");

  private final CodeLabels labels;

  ChangeKind(String code, String labelEn, String labelKo) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }

  public static ChangeKind fromCode(String code) {
    return Coded.fromCode(ChangeKind.class, "kind", code);
  }
}
