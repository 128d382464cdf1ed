package org.sightline.server.web;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sightline.geodata.json.JsonMapping;

/**
 * One language's interface strings, read from the web map's catalogue on the classpath ({@code
 * /META-INF/resources/i18n/<language>.json}, served by the web module). The catalogue is the one
 * place labels live: the map reads it directly and, for the vocabulary, through the API. Immutable
 * and thread-safe once loaded.
 */
public final class TranslationCatalogue {
  /** The languages the map is translated into, English first (the fallback). */
  public static final List<String> LANGUAGES = List.of("en", "ko");

  private final String language;
  private final Map<String, String> strings;

  private TranslationCatalogue(String language, Map<String, String> strings) {
    this.language = language;
    this.strings = Map.copyOf(strings);
  }

  /**
   * Reads the catalogue of a language.
   *
   * @throws IllegalArgumentException for a language outside {@link #LANGUAGES}
   * @throws IllegalStateException when the catalogue is missing from the classpath
   * @throws UncheckedIOException when it cannot be read as a JSON object of strings
   */
  public static TranslationCatalogue load(String language) {
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException(
          "no catalogue for language '" + language + "'; expected one of " + LANGUAGES);
    }
    String path = "/META-INF/resources/i18n/" + language + ".json";
    try (InputStream in = TranslationCatalogue.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(
            "translation catalogue " + path + " is not on the classpath");
      }
      Map<String, String> strings =
          JsonMapping.reader().forType(new TypeReference<Map<String, String>>() {}).readValue(in);
      return new TranslationCatalogue(language, strings);
    } catch (IOException e) {
      throw new UncheckedIOException("translation catalogue " + path + " cannot be read", e);
    }
  }

  public String language() {
    return language;
  }

  /** The string for a key, if the catalogue has it. */
  public Optional<String> find(String key) {
    return Optional.ofNullable(strings.get(key));
  }

  /**
   * The string for a key.
   *
   * @throws IllegalStateException naming the language and key when the catalogue lacks it
   */
  public String require(String key) {
    return find(key)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "translation catalogue '" + language + "' has no string for '" + key + "'"));
  }

  /** Every key and its string. */
  public Map<String, String> strings() {
    return strings;
  }
}
