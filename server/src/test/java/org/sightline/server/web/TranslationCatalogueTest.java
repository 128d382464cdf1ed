package org.sightline.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The map's English and Korean catalogues (served from the web module) say the same things. */
class TranslationCatalogueTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  private static JsonNode catalogue(String language) throws IOException {
    try (InputStream in = TranslationCatalogueTest.class.getResourceAsStream("/META-INF/resources/i18n/" + language + ".json")) {
      assertThat(in).as(language + ".json on the classpath").isNotNull();
      return new ObjectMapper().readTree(in);
    }
  }

  private static TreeSet<String> placeholders(String text) {
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
      assertThat(placeholders(ko.get(key).asText())).as("placeholders of " + key)
          .isEqualTo(placeholders(en.get(key).asText()));
    }
  }
}
