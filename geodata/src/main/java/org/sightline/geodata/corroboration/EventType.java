package org.sightline.geodata.corroboration;

import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/**
 * What happened, as a claim, a document or an imagery change describes it. The twelve claim types
 * ({@link org.sightline.geodata.testimony.ClaimType}, the same codes) follow the violations the UN
 * Commission of Inquiry on the DPRK (2014) found in detention; the five imagery types are what a
 * change between two scenes can show. Which types describe one event is data: {@link
 * TypeCompatibility}.
 */
public enum EventType implements Coded {
  EXECUTION("execution", "execution", "처형", false),
  PUBLIC_EXECUTION("public-execution", "public execution", "공개처형", false),
  TORTURE("torture", "torture", "고문", false),
  SEXUAL_VIOLENCE("sexual-violence", "sexual violence", "성폭력", false),
  FORCED_ABORTION_OR_INFANTICIDE(
      "forced-abortion-or-infanticide", "forced abortion or infanticide", "강제낙태 또는 영아살해", false),
  DEATH_IN_CUSTODY("death-in-custody", "death in custody", "구금 중 사망", false),
  STARVATION("starvation", "starvation", "기아", false),
  FORCED_LABOUR("forced-labour", "forced labour", "강제노동", false),
  ARBITRARY_DETENTION("arbitrary-detention", "arbitrary detention", "자의적 구금", false),
  ENFORCED_DISAPPEARANCE("enforced-disappearance", "enforced disappearance", "강제실종", false),
  FORCIBLE_TRANSFER("forcible-transfer", "forcible transfer", "강제이송", false),
  /** Anything else a claim describes: matches only claims of type other. */
  OTHER("other", "other", "기타", false),
  /** Structures appeared. */
  CONSTRUCTION("construction", "construction", "건설", true),
  /** Structures disappeared or were razed. */
  DEMOLITION("demolition", "demolition", "철거", true),
  /** A compound, mine or farm grew. */
  EXPANSION("expansion", "expansion", "확장", true),
  /** A compound, mine or farm shrank. */
  REDUCTION("reduction", "reduction", "축소", true),
  /** Dug or disturbed ground, such as possible burial sites. */
  GROUND_DISTURBANCE("ground-disturbance", "ground disturbance", "지면 교란", true);

  private final CodeLabels labels;
  private final boolean visibleFromSpace;

  EventType(String code, String labelEn, String labelKo, boolean visibleFromSpace) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
    this.visibleFromSpace = visibleFromSpace;
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }

  /**
   * Whether imagery can show it: only these types are accepted for imagery items (a witness or a
   * document may describe any type).
   */
  public boolean visibleFromSpace() {
    return visibleFromSpace;
  }

  public static EventType fromCode(String code) {
    return Coded.fromCode(EventType.class, "eventType", code);
  }
}
