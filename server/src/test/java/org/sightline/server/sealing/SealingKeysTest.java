package org.sightline.server.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keyset document: generated, written, read from a file or the environment, refused. */
class SealingKeysTest {
  @TempDir Path directory;

  private static SealingConfiguration file(Path path) {
    return new SealingConfiguration(path.toString());
  }

  @Test
  void aGeneratedKeysetIsOneJsonDocumentWithAnAeadAndAPrfKeyset() throws Exception {
    SealingKeys keys = SealingKeys.generate();
    JsonNode document = new ObjectMapper().readTree(keys.toJson());

    assertThat(document.get("format").asText()).isEqualTo(SealingKeys.FORMAT);
    assertThat(document.at("/aead/key/0/keyData/typeUrl").asText()).endsWith("AesGcmKey");
    assertThat(document.at("/aead/key/0/outputPrefixType").asText()).isEqualTo("TINK");
    assertThat(document.at("/prf/key/0/keyData/typeUrl").asText()).endsWith("HmacPrfKey");
    assertThat(document.at("/aead/primaryKeyId").asInt()).isEqualTo(keys.primaryAeadKeyId());

    SealingKeys parsed = SealingKeys.parse(keys.toJson(), "test");
    assertThat(parsed.aeadKeyIds()).isEqualTo(keys.aeadKeyIds());
    assertThat(parsed.prfKeyId()).isEqualTo(keys.prfKeyId());
    assertThat(parsed.toString())
        .contains(SealingKeys.keyIdText(keys.primaryAeadKeyId()))
        .doesNotContain("value");
  }

  @Test
  void aNewFileIsForItsOwnerOnlyAndNeverOverwritten() throws Exception {
    Path file = directory.resolve("etc").resolve("sealing-keyset.json");
    SealingKeys keys = SealingKeys.generate();
    keys.writeNew(file);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");
    String written = Files.readString(file);
    assertThatThrownBy(() -> SealingKeys.generate().writeNew(file))
        .isInstanceOf(SealingKeysException.class)
        .hasMessage(
            file
                + " already exists; it is never overwritten (data sealed with it would become"
                + " unreadable). To add a key, run 'keys rotate'");
    assertThat(Files.readString(file)).isEqualTo(written);
    try (var left = Files.list(file.getParent())) {
      assertThat(left).containsExactly(file);
    }
  }

  @Test
  void replacingKeepsTheOldFilesPermissions() throws Exception {
    Path file = directory.resolve("keyset.json");
    SealingKeys keys = SealingKeys.generate();
    keys.writeNew(file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

    keys.withNewPrimaryAeadKey().replace(file);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r-----");
    assertThat(SealingKeys.read(file).aeadKeyIds()).hasSize(2);
  }

  @Test
  void withoutAKeysetTheServerIsToldInOneLineWhatToDo() {
    Path missing = directory.resolve("nowhere.json");
    assertThatThrownBy(() -> SealingKeys.load(file(missing), Map.of()))
        .isInstanceOf(SealingKeysException.class)
        .hasMessage(
            "no sealing keyset: "
                + missing
                + " does not exist and the environment variable SIGHTLINE_SEALING_KEYSET is not"
                + " set. Create one with 'scripts/sightline keys init' and back it up apart from"
                + " the database, or set sealing.keysetFile to the existing keyset"
                + " (docs/SECURITY.md, \"Sealing witness identity\")")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void theKeysetMayComeFromTheEnvironmentButNotFromBothPlaces() {
    SealingKeys keys = SealingKeys.generate();
    SealingKeys fromEnvironment =
        SealingKeys.load(
            new SealingConfiguration(), Map.of("SIGHTLINE_SEALING_KEYSET", keys.toJson()));
    assertThat(fromEnvironment.primaryAeadKeyId()).isEqualTo(keys.primaryAeadKeyId());
    assertThat(fromEnvironment.source())
        .isEqualTo("the environment variable SIGHTLINE_SEALING_KEYSET");

    Path file = directory.resolve("keyset.json");
    keys.writeNew(file);
    assertThat(SealingKeys.load(file(file), Map.of("SIGHTLINE_SEALING_KEYSET", " ")).source())
        .isEqualTo(file.toString());
    assertThatThrownBy(
            () -> SealingKeys.load(file(file), Map.of("SIGHTLINE_SEALING_KEYSET", keys.toJson())))
        .isInstanceOf(SealingKeysException.class)
        .hasMessageContaining("given twice")
        .hasMessageContaining("keep one");
  }

  @Test
  void aBrokenKeysetIsRefusedSayingWhatIsWrongAndNeverShowingKeys() throws Exception {
    SealingKeys keys = SealingKeys.generate();
    ObjectMapper json = new ObjectMapper();

    assertThatThrownBy(() -> SealingKeys.parse("{\"format\": ", "keys.json"))
        .isInstanceOf(SealingKeysException.class)
        .hasMessageStartingWith("the sealing keyset in keys.json is not JSON (line 1");
    assertThatThrownBy(() -> SealingKeys.parse("[]", "keys.json"))
        .hasMessageContaining("not a JSON object");

    ObjectNode wrongFormat = (ObjectNode) json.readTree(keys.toJson());
    wrongFormat.put("format", "something/2");
    assertThatThrownBy(() -> SealingKeys.parse(wrongFormat.toString(), "keys.json"))
        .hasMessage(
            "the sealing keyset in keys.json has format 'something/2', expected '"
                + SealingKeys.FORMAT
                + "'");

    ObjectNode noPrf = (ObjectNode) json.readTree(keys.toJson());
    noPrf.remove("prf");
    assertThatThrownBy(() -> SealingKeys.parse(noPrf.toString(), "keys.json"))
        .hasMessageContaining("has no member 'prf'");

    ObjectNode swapped = (ObjectNode) json.readTree(keys.toJson());
    JsonNode aead = swapped.get("aead");
    swapped.set("aead", swapped.get("prf"));
    swapped.set("prf", aead);
    String secret = aead.at("/key/0/keyData/value").asText();
    assertThatThrownBy(() -> SealingKeys.parse(swapped.toString(), "keys.json"))
        .isInstanceOf(SealingKeysException.class)
        .hasMessageContaining("member 'aead' of keys.json is not an AEAD keyset")
        .hasMessageNotContaining(secret);

    ObjectNode garbled = (ObjectNode) json.readTree(keys.toJson());
    ((ObjectNode) garbled.at("/aead/key/0/keyData")).put("value", "AAAA");
    assertThatThrownBy(() -> SealingKeys.parse(garbled.toString(), "keys.json"))
        .isInstanceOf(SealingKeysException.class)
        .hasMessageContaining("'aead' of keys.json");
  }

  @Test
  void aPrfKeysetWithMoreThanOneKeyIsRefused() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode document = (ObjectNode) json.readTree(SealingKeys.generate().toJson());
    JsonNode otherPrf = json.readTree(SealingKeys.generate().toJson()).at("/prf/key/0");
    ((ArrayNode) document.at("/prf/key")).add(otherPrf);

    assertThatThrownBy(() -> SealingKeys.parse(document.toString(), "keys.json"))
        .isInstanceOf(SealingKeysException.class)
        .hasMessage(
            "member 'prf' of keys.json holds 2 keys; it must hold exactly one (the fingerprint key"
                + " is never rotated)");
  }

  @Test
  void theDefaultFileIsOutsideTheDataDirectory() {
    Path resolved = new SealingConfiguration().resolvedKeysetFile();
    assertThat(resolved.toString())
        .isIn(
            SealingConfiguration.ROOT_DEFAULT,
            Path.of(System.getProperty("user.home"), ".config", "sightline", "sealing-keyset.json")
                .toString());
  }
}
