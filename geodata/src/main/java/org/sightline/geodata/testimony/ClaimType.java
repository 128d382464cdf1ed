package org.sightline.geodata.testimony;

import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/**
 * What a claim says happened. The categories follow the crimes documented by the UN Commission of
 * Inquiry on the DPRK (2014) and the documentation practice of NKDB and TJWG.
 */
public enum ClaimType implements Coded {
  EXECUTION("execution", "execution", "처형"),
  PUBLIC_EXECUTION("public-execution", "public execution", "공개처형"),
  TORTURE("torture", "torture", "고문"),
  DEATH_IN_CUSTODY("death-in-custody", "death in custody", "구금 중 사망"),
  FORCED_LABOUR("forced-labour", "forced labour", "강제노동"),
  SEXUAL_VIOLENCE("sexual-violence", "sexual violence", "성폭력"),
  FORCED_ABORTION_OR_INFANTICIDE(
      "forced-abortion-or-infanticide", "forced abortion or infanticide", "강제낙태 또는 영아살해"),
  ENFORCED_DISAPPEARANCE("enforced-disappearance", "enforced disappearance", "강제실종"),
  STARVATION("starvation", "starvation", "기아"),
  ARBITRARY_DETENTION("arbitrary-detention", "arbitrary detention", "자의적 구금"),
  FORCIBLE_TRANSFER("forcible-transfer", "forcible transfer", "강제이송"),
  OTHER("other", "other", "기타");

  private final CodeLabels labels;

  ClaimType(String code, String labelEn, String labelKo) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }

  public static ClaimType fromCode(String code) {
    return Coded.fromCode(ClaimType.class, "type", code);
  }
}
