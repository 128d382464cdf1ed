package org.sightline.geodata.corroboration;

import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/** How many independent sources support an event, in increasing order of support. */
public enum CorroborationLevel implements Coded {
  /** One independent source, however many items it gave. */
  SINGLE_SOURCE("single-source", "single source", "단일 출처"),
  /** At least two independent sources. */
  CORROBORATED("corroborated", "corroborated", "교차 확인됨"),
  /** At least three independent sources, of at least two kinds (e.g. testimony and imagery). */
  STRONGLY_CORROBORATED("strongly-corroborated", "strongly corroborated", "강하게 교차 확인됨");

  private final CodeLabels labels;

  CorroborationLevel(String code, String labelEn, String labelKo) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }

  /** The level of an event with this many independent sources of this many kinds. */
  public static CorroborationLevel of(int independentSources, int kinds) {
    if (independentSources >= 3 && kinds >= 2) {
      return STRONGLY_CORROBORATED;
    }
    return independentSources >= 2 ? CORROBORATED : SINGLE_SOURCE;
  }

  public static CorroborationLevel fromCode(String code) {
    return Coded.fromCode(CorroborationLevel.class, "level", code);
  }
}
