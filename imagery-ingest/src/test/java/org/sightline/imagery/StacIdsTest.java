package org.sightline.imagery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The id rule: length, path separators, relative segments, control characters, broken text. */
class StacIdsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "S2B_52SBJ_20241210_0_L2A",
        "10300100F9791C00_033131010230",
        "a..b",
        ".hidden",
        "with space",
        "q?x#y;z",
        "a:b+c&d=e",
        "요덕-2024",
        "emoji-\uD83D\uDEF0"
      })
  void idsThatStayOnePathSegmentAreAccepted(String id) {
    assertThat(StacIds.problem("id", id)).isNull();
  }

  @Test
  void theLimitIsInCodePointsAndTheReasonGivesTheLength() {
    assertThat(StacIds.problem("id", "요".repeat(256))).isNull();
    assertThat(StacIds.problem("id", "\uD83D\uDEF0".repeat(256))).isNull();
    String tooLong = "x".repeat(100_000);
    assertThat(StacIds.problem("id", tooLong))
        .startsWith("id is 100,000 characters long (" + "x".repeat(40) + "...)")
        .contains("at most 256 are accepted");
    assertThat(StacIds.problem("collection", "c".repeat(257)))
        .startsWith("collection is 257 characters long");
  }

  @Test
  void pathSeparatorsRelativeSegmentsAndBrokenTextAreRefusedWithWhere() {
    assertThat(StacIds.problem("id", "a/b"))
        .isEqualTo(
            "id 'a/b' contains '/' at position 2, which would split the Item's URL path; use"
                + " another separator such as '_'");
    assertThat(StacIds.problem("id", "a\\b")).contains("contains '\\' at position 2");
    assertThat(StacIds.problem("id", "../etc/passwd")).contains("contains '/' at position 3");
    assertThat(StacIds.problem("id", "100%"))
        .isEqualTo(
            "id '100%' contains '%' at position 4: its encoding %25 in the Item's URL is refused by"
                + " the HTTP server as an ambiguous path encoding");
    assertThat(StacIds.problem("id", "%2F")).contains("contains '%' at position 1");
    assertThat(StacIds.problem("id", ".."))
        .isEqualTo("id '..' is a relative path segment, which cannot name anything in a URL");
    assertThat(StacIds.problem("id", ".")).contains("relative path segment");
    assertThat(StacIds.problem("id", "a\u0000b"))
        .isEqualTo("id contains the control character U+0000 at position 2");
    assertThat(StacIds.problem("id", "tab\t")).contains("U+0009 at position 4");
    assertThat(StacIds.problem("id", "x\uD800y"))
        .isEqualTo("id contains an unpaired surrogate U+D800 at position 2 (not Unicode text)");
    assertThat(StacIds.problem("id", "x\uDC00")).contains("unpaired surrogate U+DC00");
  }
}
