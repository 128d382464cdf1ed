package org.sightline.geodata.testimony;

import org.sightline.geodata.vocabulary.CodeLabels;
import org.sightline.geodata.vocabulary.Coded;

/** How the witness knows of the event a claim describes. */
public enum WitnessRelation implements Coded {
  VICTIM("victim", "victim", "피해자"),
  EYEWITNESS("eyewitness", "eyewitness", "목격자"),
  HEARD_FROM_VICTIM("heard-from-victim", "heard from a victim", "피해자에게서 들음"),
  HEARSAY("hearsay", "hearsay", "전해 들음");

  private final CodeLabels labels;

  WitnessRelation(String code, String labelEn, String labelKo) {
    this.labels = new CodeLabels(code, labelEn, labelKo);
  }

  @Override
  public CodeLabels labels() {
    return labels;
  }

  public static WitnessRelation fromCode(String code) {
    return Coded.fromCode(WitnessRelation.class, "witnessRelation", code);
  }
}
