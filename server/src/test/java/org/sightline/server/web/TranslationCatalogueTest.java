package org.sightline.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.corroboration.CorroborationLevel;
import org.sightline.geodata.corroboration.EventType;
import org.sightline.geodata.corroboration.EvidenceKind;
import org.sightline.geodata.json.JsonMapping;
import org.sightline.geodata.place.PlacePrecision;
import org.sightline.geodata.structure.ChangeKind;
import org.sightline.geodata.structure.EstimativeConfidence;
import org.sightline.geodata.structure.StructureClass;
import org.sightline.geodata.structure.StructureCondition;
import org.sightline.geodata.structure.StructureState;
import org.sightline.geodata.structure.UnassessableReason;
import org.sightline.geodata.testimony.ClaimType;
import org.sightline.geodata.testimony.Consent;
import org.sightline.geodata.testimony.DocumentKind;
import org.sightline.geodata.testimony.FacilityRelation;
import org.sightline.geodata.testimony.Gender;
import org.sightline.geodata.testimony.InformationGrade;
import org.sightline.geodata.testimony.Province;
import org.sightline.geodata.testimony.Sharing;
import org.sightline.geodata.testimony.SourceGrade;
import org.sightline.geodata.testimony.WitnessRelation;
import org.sightline.geodata.time.TimePrecision;
import org.sightline.geodata.vocabulary.Coded;

/**
 * The map's English and Korean catalogues (served from the web module) say the same things, and the
 * Korean one is Korean: a catalogue copied from English, or strings left in English, fail here.
 */
class TranslationCatalogueTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  /** Hangul syllables, Jamo and compatibility Jamo. */
  private static final Pattern HANGUL =
      Pattern.compile("[\\uAC00-\\uD7A3\\u1100-\\u11FF\\u3130-\\u318F]");

  /**
   * The only Korean strings allowed without Hangul, each with its reason: the language button names
   * the language it switches to, in that language.
   */
  private static final Map<String, String> KOREAN_WITHOUT_HANGUL = Map.of("lang.toggle", "English");

  private static JsonNode catalogue(String language) throws IOException {
    try (InputStream in =
        TranslationCatalogueTest.class.getResourceAsStream(
            "/META-INF/resources/i18n/" + language + ".json")) {
      assertThat(in).as(language + ".json on the classpath").isNotNull();
      return JsonMapping.reader().readTree(in);
    }
  }

  private static Set<String> placeholders(String text) {
    TreeSet<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void englishAndKoreanHaveTheSameKeysAndPlaceholders() throws IOException {
    JsonNode en = catalogue("en");
    JsonNode ko = catalogue("ko");
    List<String> enKeys = new ArrayList<>();
    en.fieldNames().forEachRemaining(enKeys::add);
    List<String> koKeys = new ArrayList<>();
    ko.fieldNames().forEachRemaining(koKeys::add);
    assertThat(new TreeSet<>(koKeys)).isEqualTo(new TreeSet<>(enKeys));
    assertThat(enKeys).contains("imagery.showScenes", "imagery.tickTitle", "scene.cloud");
    for (String key : enKeys) {
      assertThat(ko.get(key).asText()).as(key).isNotBlank();
      assertThat(placeholders(ko.get(key).asText()))
          .as("placeholders of " + key)
          .isEqualTo(placeholders(en.get(key).asText()));
    }
  }

  @Test
  void everyKoreanStringIsWrittenInHangulAndDiffersFromTheEnglish() throws IOException {
    JsonNode en = catalogue("en");
    JsonNode ko = catalogue("ko");
    List<String> notKorean = new ArrayList<>();
    ko.properties()
        .forEach(
            entry -> {
              String key = entry.getKey();
              String korean = entry.getValue().asText();
              String withoutPlaceholders = PLACEHOLDER.matcher(korean).replaceAll("");
              if (KOREAN_WITHOUT_HANGUL.containsKey(key)) {
                if (!korean.equals(KOREAN_WITHOUT_HANGUL.get(key))) {
                  notKorean.add(
                      key
                          + " = \""
                          + korean
                          + "\" (expected \""
                          + KOREAN_WITHOUT_HANGUL.get(key)
                          + "\")");
                }
              } else if (!HANGUL.matcher(withoutPlaceholders).find()
                  || korean.equals(en.path(key).asText())) {
                notKorean.add(key + " = \"" + korean + "\"");
              }
            });
    assertThat(notKorean).as("Korean strings without Hangul, or the same as the English").isEmpty();
    // The button that switches to Korean says so in Korean, whatever language the page is in.
    assertThat(en.path("lang.toggle").asText()).isEqualTo("한국어");
  }

  @Test
  void theServerReadsTheSameCataloguesAndNamesWhatIsMissing() {
    TranslationCatalogue korean = TranslationCatalogue.load("ko");
    assertThat(korean.require("type.kwanliso")).isEqualTo("관리소 (정치범수용소)");
    assertThat(korean.find("no.such.key")).isEmpty();
    assertThatThrownBy(() -> korean.require("no.such.key"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'ko'")
        .hasMessageContaining("'no.such.key'");
    assertThatThrownBy(() -> TranslationCatalogue.load("fr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[en, ko]");
  }

  @Test
  void theStructureVocabulariesLabelsAreTheCodesOwnLabelsInBothLanguages() {
    TranslationCatalogue english = TranslationCatalogue.load("en");
    TranslationCatalogue korean = TranslationCatalogue.load("ko");
    Map<String, Class<? extends Coded>> prefixes =
        Map.of(
            "structureClass.", StructureClass.class,
            "structureCondition.", StructureCondition.class,
            "confidence.", EstimativeConfidence.class,
            "unassessableReason.", UnassessableReason.class,
            "structureState.", StructureState.class,
            "changeKind.", ChangeKind.class);
    int checked = 0;
    for (Map.Entry<String, Class<? extends Coded>> vocabulary : prefixes.entrySet()) {
      for (Coded value : vocabulary.getValue().getEnumConstants()) {
        String key = vocabulary.getKey() + value.code();
        assertThat(english.require(key)).as(key).isEqualTo(value.labelEn());
        assertThat(korean.require(key)).as(key).isEqualTo(value.labelKo());
        checked++;
      }
    }
    assertThat(checked).isEqualTo(37);
  }

  @Test
  void theTestimonyVocabulariesLabelsAreTheCodesOwnLabelsInBothLanguages() {
    TranslationCatalogue english = TranslationCatalogue.load("en");
    TranslationCatalogue korean = TranslationCatalogue.load("ko");
    Map<String, Class<? extends Coded>> prefixes = new LinkedHashMap<>();
    prefixes.put("claimType.", ClaimType.class);
    prefixes.put("eventType.", EventType.class);
    prefixes.put("sourceGrade.", SourceGrade.class);
    prefixes.put("informationGrade.", InformationGrade.class);
    prefixes.put("witnessRelation.", WitnessRelation.class);
    prefixes.put("facilityRelation.", FacilityRelation.class);
    prefixes.put("consent.", Consent.class);
    prefixes.put("sharing.", Sharing.class);
    prefixes.put("gender.", Gender.class);
    prefixes.put("province.", Province.class);
    prefixes.put("documentKind.", DocumentKind.class);
    prefixes.put("timePrecision.", TimePrecision.class);
    prefixes.put("placePrecision.", PlacePrecision.class);
    prefixes.put("corroborationLevel.", CorroborationLevel.class);
    prefixes.put("evidenceKind.", EvidenceKind.class);
    int checked = 0;
    for (Map.Entry<String, Class<? extends Coded>> vocabulary : prefixes.entrySet()) {
      for (Coded value : vocabulary.getValue().getEnumConstants()) {
        String key = vocabulary.getKey() + value.code();
        assertThat(english.require(key)).as(key).isEqualTo(value.labelEn());
        assertThat(korean.require(key)).as(key).isEqualTo(value.labelKo());
        checked++;
      }
    }
    assertThat(checked).isEqualTo(99);
  }

  @Test
  void everyClaimTypeIsAnEventTypeWithTheSameLabels() {
    for (ClaimType type : ClaimType.values()) {
      EventType event = EventType.fromCode(type.code());
      assertThat(event.labelEn()).as(type.code()).isEqualTo(type.labelEn());
      assertThat(event.labelKo()).as(type.code()).isEqualTo(type.labelKo());
      assertThat(event.visibleFromSpace()).as(type.code()).isFalse();
    }
  }
}
