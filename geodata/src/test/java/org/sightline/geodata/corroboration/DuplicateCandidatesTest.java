package org.sightline.geodata.corroboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.sightline.geodata.corroboration.Fixtures.circle;
import static org.sightline.geodata.corroboration.Fixtures.claim;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** Likely duplicate claims: different interviews, matching items, similar text, in any script. */
class DuplicateCandidatesTest {
  private static final Corroborator CORROBORATOR = Corroborator.withDefaults();
  private static final Geometry MINE = circle(0, 0, 800);

  private static List<DuplicateCandidate> duplicates(EvidenceItem... items) {
    return CORROBORATOR
        .corroborate(List.of(items))
        .duplicateCandidates(DescriptionSimilarity.DEFAULT_THRESHOLD);
  }

  @Test
  void theSameAccountInTwoInterviewsIsFlaggedWithItsReasons() {
    List<DuplicateCandidate> found =
        duplicates(
            claim("claim:1", "witness:W-1", "public-execution", "1997-03", MINE)
                .withTestimony(
                    "testimony:10",
                    "Two men were shot in front of the assembled prisoners near the mine entrance."),
            claim("claim:2", "witness:W-7", "execution", "1997", circle(300, 0, 500))
                .withTestimony(
                    "testimony:22",
                    "Two men were shot in front of all the prisoners, near the entrance of the mine."));
    assertThat(found).hasSize(1);
    DuplicateCandidate candidate = found.get(0);
    assertThat(candidate.keyA()).isEqualTo("claim:1");
    assertThat(candidate.keyB()).isEqualTo("claim:2");
    assertThat(candidate.similarity()).isBetween(0.5, 0.9);
    assertThat(candidate.reasons())
        .containsExactly(
            "types: execution ~ public-execution (a public execution is an execution; a witness who"
                + " did not see it may not know it was public)",
            "times overlap: 1997-03-01..1997-03-31 and 1997-01-01..1997-12-31",
            "places intersect",
            String.format(
                Locale.ROOT,
                "descriptions %.0f%% alike (character trigrams)",
                candidate.similarity() * 100),
            "witnesses witness:W-1 and witness:W-7, interviews testimony:10 and testimony:22");
  }

  @Test
  void koreanTextIsComparedLetterByLetter() {
    List<DuplicateCandidate> found =
        duplicates(
            claim("claim:1", "witness:W-1", "starvation", "1998", MINE)
                .withTestimony("testimony:1", "겨울에 옥수수 죽만 먹다가 같은 반 사람 세 명이 굶어 죽었다"),
            claim("claim:2", "witness:W-1", "death-in-custody", "1998-01", MINE)
                .withTestimony("testimony:2", "겨울에 옥수수죽만 먹다가 같은 반의 세 사람이 굶어서 죽었습니다"),
            claim("claim:3", "witness:W-2", "starvation", "1998", MINE)
                .withTestimony("testimony:3", "보위부 취조실에서 밤새 무릎을 꿇고 있어야 했다"));
    assertThat(found)
        .extracting(DuplicateCandidate::keyA, DuplicateCandidate::keyB)
        .containsExactly(tuple("claim:1", "claim:2"));
    assertThat(found.get(0).reasons())
        .last()
        .isEqualTo("same witness (witness:W-1), interviews testimony:1 and testimony:2");
  }

  @Test
  void claimsOfOneInterviewOrThatDoNotMatchAreNotFlagged() {
    String text = "Guards beat a prisoner at the gate of section 2 in the winter.";
    // One interview: two claims of it are not a duplicate of each other.
    assertThat(
            duplicates(
                claim("claim:1", "witness:W-1", "torture", "1999", MINE).withTestimony("t:1", text),
                claim("claim:2", "witness:W-1", "torture", "1999", MINE)
                    .withTestimony("t:1", text)))
        .isEmpty();
    // Different years, far apart.
    assertThat(
            duplicates(
                claim("claim:1", "witness:W-1", "torture", "1999", MINE).withTestimony("t:1", text),
                claim("claim:2", "witness:W-2", "torture", "2009", MINE)
                    .withTestimony("t:2", text)))
        .isEmpty();
    // Incompatible types.
    assertThat(
            duplicates(
                claim("claim:1", "witness:W-1", "torture", "1999", MINE).withTestimony("t:1", text),
                claim("claim:2", "witness:W-2", "forced-labour", "1999", MINE)
                    .withTestimony("t:2", text)))
        .isEmpty();
  }

  @Test
  void trigramSimilarityWorksForEnglishAndKorean() {
    assertThat(DescriptionSimilarity.of("The guards beat him.", "the guards BEAT him"))
        .isEqualTo(1.0);
    assertThat(DescriptionSimilarity.of("Café", "cafe")).isEqualTo(1.0);
    assertThat(
            DescriptionSimilarity.of("prisoners worked in the mine", "a child was born in spring"))
        .isLessThan(0.15);
    assertThat(DescriptionSimilarity.of("굶어 죽었다", "굶어서 죽었다")).isGreaterThan(0.5);
    // Unrelated, but sharing the ending 었다: well under the threshold.
    assertThat(DescriptionSimilarity.of("굶어 죽었다", "총살되었다")).isLessThan(0.25);
    assertThat(DescriptionSimilarity.of("", "")).isZero();
    // " abc " and " abd ": " ab" shared, "abc", "bc ", "abd", "bd " not: 1 / 5.
    assertThat(DescriptionSimilarity.of("abc", "abd")).isCloseTo(1.0 / 5, within(1e-9));
  }
}
