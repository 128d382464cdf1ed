package org.sightline.geodata.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the romanization and of ids made from names, over random Hangul. */
class RevisedRomanizationPropertiesTest {
  @Provide
  Arbitrary<String> hangulWords() {
    return Arbitraries.strings().withCharRange('\uAC00', '\uD7A3').ofMinLength(1).ofMaxLength(8);
  }

  @Provide
  Arbitrary<String> hangulNames() {
    return Arbitraries.strings()
        .withCharRange('\uAC00', '\uD7A3')
        .withChars(' ', '-', '(', ')', '·')
        .ofMinLength(1)
        .ofMaxLength(20)
        .filter(IdSlug::hasHangul);
  }

  @Property
  void aWordIsAsciiLowerCaseLetters(@ForAll("hangulWords") String word) {
    assertThat(RevisedRomanization.romanize(word)).matches("[a-z]+");
  }

  @Property
  void theSameTextAlwaysGivesTheSameRomanization(@ForAll("hangulNames") String name) {
    assertThat(RevisedRomanization.romanize(name))
        .isEqualTo(RevisedRomanization.romanize(new String(name.toCharArray())));
  }

  @Property
  void everySyllableGivesAtLeastItsVowel(@ForAll("hangulWords") String word) {
    assertThat(RevisedRomanization.romanize(word).length()).isGreaterThanOrEqualTo(word.length());
  }

  /**
   * A name whose romanization has two letters or more gives an id in the registry's pattern; one
   * that romanizes to a single letter (a one-syllable name such as 우, "u") gives none, and the
   * import then asks for an id (regression: a random "우" once failed the property as first
   * written).
   */
  @Property
  void aHangulNameGivesAnIdInTheRegistryPatternWhenItRomanizesToTwoLettersOrMore(
      @ForAll("hangulNames") String name) {
    String letters = RevisedRomanization.romanize(name).replaceAll("[^a-z0-9]", "");
    if (letters.length() >= 2) {
      assertThat(IdSlug.of(name)).hasValueSatisfying(id -> assertThat(id).matches("[a-z-]{2,64}"));
      assertThat(IdSlug.of(name))
          .hasValueSatisfying(id -> assertThat(IdSlug.ID.matcher(id)).matches());
    } else {
      assertThat(IdSlug.of(name)).isEmpty();
    }
  }

  @Example
  void aOneSyllableNameThatRomanizesToOneLetterGivesNoId() {
    assertThat(IdSlug.of("우")).isEmpty();
    assertThat(IdSlug.of("요덕")).contains("yodeok");
  }
}
