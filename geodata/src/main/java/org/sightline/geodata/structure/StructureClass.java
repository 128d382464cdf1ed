package org.sightline.geodata.structure;

import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/**
 * What a structure is, in the categories of published camp imagery analyses. Only {@link
 * #PERIMETER} may be drawn as a line (fences, walls); every class may be drawn as a polygon.
 */
public enum StructureClass implements Coded {
  PERIMETER(
      "perimeter",
      "perimeter, walls and fences",
      "외곽 담장·울타리",
      "perimeter segment",
      "perimeter segments",
      "외곽 담장·울타리"),
  GUARD_POST(
      "guard-post", "guard posts and gates", "경비초소·출입문", "guard post", "guard posts", "경비초소"),
  ADMINISTRATION(
      "administration",
      "administration",
      "행정 시설",
      "administration building",
      "administration buildings",
      "행정 건물"),
  PRISONER_HOUSING(
      "prisoner-housing", "prisoner housing", "수감자 주거", "housing unit", "housing units", "주거동"),
  LIGHT_INDUSTRY(
      "light-industry",
      "light industry",
      "경공업",
      "light-industry building",
      "light-industry buildings",
      "경공업 건물"),
  MINING("mining", "mining", "광업", "mining structure", "mining structures", "광업 시설"),
  AGRICULTURE("agriculture", "agriculture", "농업", "agricultural plot", "agricultural plots", "농경지"),
  AGRICULTURAL_SUPPORT(
      "agricultural-support",
      "agricultural support",
      "농업 지원 시설",
      "agricultural support building",
      "agricultural support buildings",
      "농업 지원 건물"),
  OTHER("other", "other", "기타", "other structure", "other structures", "기타 구조물");

  private final CodeLabels labels;
  private final String nounEn;
  private final String pluralEn;
  private final String nounKo;

  StructureClass(
      String code, String labelEn, String labelKo, String nounEn, String pluralEn, String nounKo) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
    this.nounEn = nounEn;
    this.pluralEn = pluralEn;
    this.nounKo = nounKo;
  }

  /** The category's name, for legends and filters ("prisoner housing"), and its code. */
  @Override
  public CodeLabels labels() {
    return labels;
  }

  /** One structure of the class in an English statement: "housing unit", or plural for n != 1. */
  public String nounEn(long count) {
    return count == 1 ? nounEn : pluralEn;
  }

  /** One structure of the class in a Korean statement (Korean nouns take no plural here). */
  public String nounKo() {
    return nounKo;
  }

  /** Whether a structure of this class may be a line (fences and walls). */
  public boolean mayBeLine() {
    return this == PERIMETER;
  }

  public static StructureClass fromCode(String code) {
    return Coded.fromCode(StructureClass.class, "class", code);
  }
}
