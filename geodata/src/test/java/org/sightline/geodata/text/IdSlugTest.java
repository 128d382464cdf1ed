package org.sightline.geodata.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class IdSlugTest {
  @Test
  void latinNamesLoseAccentsAndPunctuation() {
    assertThat(IdSlug.of("Camp 15, Yodŏk")).hasValue("camp-15-yodok");
    assertThat(IdSlug.of("  Imported Camp Kappa ")).hasValue("imported-camp-kappa");
  }

  @Test
  void hangulIsRomanized() {
    assertThat(IdSlug.of("요덕")).hasValue("yodeok");
    assertThat(IdSlug.of("요덕 관리소")).hasValue("yodeok-gwalliso");
    assertThat(IdSlug.of("제15호 관리소")).hasValue("je15ho-gwalliso");
  }

  @Test
  void decomposedHangulIsRomanizedLikeComposed() {
    String decomposed = Normalizer.normalize("요덕", Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo("요덕");
    assertThat(IdSlug.of(decomposed)).hasValue("yodeok");
  }

  @Test
  void latinOnlyDropsHangul() {
    assertThat(IdSlug.ofLatin("Camp 15 요덕")).hasValue("camp-15");
  }

  @Test
  void nothingToMakeAnIdFrom() {
    assertThat(IdSlug.of("---")).isEmpty();
    assertThat(IdSlug.of("x")).isEmpty();
    assertThat(IdSlug.of("Лагерь")).isEmpty();
    assertThat(IdSlug.ofLatin("요덕")).isEmpty();
  }

  @Test
  void longNamesAreCutAtAHyphen() {
    String id = IdSlug.of("word ".repeat(30)).orElseThrow();
    assertThat(id).hasSizeLessThanOrEqualTo(64).doesNotEndWith("-").startsWith("word-word");
  }

  @Test
  void scripts() {
    assertThat(IdSlug.hasLatinLetter("Yodŏk 요덕")).isTrue();
    assertThat(IdSlug.hasLatinLetter("요덕 15")).isFalse();
    assertThat(IdSlug.hasHangul("요덕 15")).isTrue();
    assertThat(IdSlug.hasHangul("Yodok")).isFalse();
  }
}
