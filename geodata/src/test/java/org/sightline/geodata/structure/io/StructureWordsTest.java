package org.sightline.geodata.structure.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.structure.StructureClass;
import org.sightline.geodata.structure.StructureCondition;
import org.sightline.geodata.structure.UnassessableReason;
import org.sightline.geodata.vocabulary.Coded;

/** The words of each vocabulary, and the table of docs/IMPORT-STRUCTURES.md kept in step. */
class StructureWordsTest {

  @Test
  void wordsAreComparedWithoutCasePunctuationOrPlural() {
    assertThat(Vocabulary.key(" Guard-Post_ ")).isEqualTo("guardpost");
    assertThat(Vocabulary.key("경비 초소")).isEqualTo("경비초소");
    assertThat(Vocabulary.key("ＨＱ")).isEqualTo("hq");
    assertThat(StructureWords.CLASSES.find("Guard posts")).contains(StructureClass.GUARD_POST);
    assertThat(StructureWords.CLASSES.find("factories")).contains(StructureClass.LIGHT_INDUSTRY);
    assertThat(StructureWords.CLASSES.find("Greenhouses"))
        .contains(StructureClass.AGRICULTURAL_SUPPORT);
    assertThat(StructureWords.CLASSES.find("prisoner-housing"))
        .contains(StructureClass.PRISONER_HOUSING);
    assertThat(StructureWords.CLASSES.find("수감자 주거")).contains(StructureClass.PRISONER_HOUSING);
    assertThat(StructureWords.CLASSES.find("...")).isEmpty();
    assertThat(StructureWords.CLASSES.find("hut")).isEmpty();
    assertThat(StructureWords.CONDITIONS.find("Torn Down")).contains(StructureCondition.RAZED);
    assertThat(StructureWords.REASONS.find("outside the scene"))
        .contains(UnassessableReason.OUTSIDE_FOOTPRINT);
    assertThat(StructureWords.isDamagedWithoutDegree("Damaged")).isTrue();
    assertThat(StructureWords.yesNo("TRUE")).contains(true);
    assertThat(StructureWords.yesNo("0")).contains(false);
    assertThat(StructureWords.yesNo("cloud")).isEmpty();
  }

  @Test
  void aWordForTwoValuesIsAMistakeFoundAtOnce() {
    assertThatThrownBy(
            () ->
                new Vocabulary<>(
                    StructureCondition.class,
                    Map.of(
                        StructureCondition.INTACT, List.of("fine"),
                        StructureCondition.MINOR_DAMAGE, List.of("Fine"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("would stand for both");
  }

  @Test
  void theDocumentedTablesAreTheWordsRead() throws IOException {
    String docs =
        Files.readString(
            repositoryRoot().resolve("docs/IMPORT-STRUCTURES.md"), StandardCharsets.UTF_8);
    assertTable(docs, "### Class", StructureWords.CLASSES, StructureClass.class);
    assertTable(docs, "### Condition", StructureWords.CONDITIONS, StructureCondition.class);
    assertTable(
        docs,
        "### Reason an area could not be assessed",
        StructureWords.REASONS,
        UnassessableReason.class);
  }

  private static <E extends Enum<E> & Coded> void assertTable(
      String docs, String heading, Vocabulary<E> vocabulary, Class<E> type) {
    Map<String, List<String>> rows = table(docs, heading);
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (E value : type.getEnumConstants()) {
      expected.put(value.code(), vocabulary.words(value));
      for (String word : vocabulary.words(value)) {
        assertThat(vocabulary.find(word)).as(word).contains(value);
      }
    }
    assertThat(rows).as(heading).containsExactlyEntriesOf(expected);
  }

  /** The rows "| `code` | word, word |" of the table under a heading. */
  private static Map<String, List<String>> table(String docs, String heading) {
    int start = docs.indexOf("\n" + heading + "\n");
    assertThat(start).as(heading).isNotNegative();
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (String line : docs.substring(start + heading.length() + 2).split("\n")) {
      if (line.startsWith("#")) {
        break;
      }
      if (!line.startsWith("| `")) {
        continue;
      }
      String[] cells = line.split("\\|");
      String code = cells[1].strip().replace("`", "");
      List<String> words =
          new ArrayList<>(Arrays.stream(cells[2].split(",")).map(String::strip).toList());
      rows.put(code, words);
    }
    return rows;
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("docs/ARCHITECTURE.md"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("the repository root (with docs/ARCHITECTURE.md)").isNotNull();
    return dir;
  }
}
