package org.sightline.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.server.sealing.SealedValue;
import org.sightline.server.sealing.Sealer;
import org.sightline.server.sealing.SealingKeys;

/**
 * {@code keys init|rotate|list} through Dropwizard's command line (no database), and their refusals
 * in one line. The server refusing to start without its keyset: {@link CommandLineExitTest}.
 */
class KeysCommandTest {
  @TempDir Path directory;

  /** A configuration whose sealing keyset is {@code keyset}; nothing else is used. */
  private Path config(Path keyset) throws Exception {
    Path file = directory.resolve("config-" + keyset.getFileName() + ".yml");
    Files.writeString(
        file,
        """
        sealing:
          keysetFile: %s
        logging:
          level: WARN
        """
            .formatted(keyset),
        StandardCharsets.UTF_8);
    return file;
  }

  private static CommandLineTest.Run run(String... args) throws Exception {
    return CommandLineTest.run(null, args);
  }

  /** A failure: reported, with {@code reason} alone on one line of standard error. */
  private static void assertRefused(CommandLineTest.Run run, String reason) {
    assertThat(run.failure()).as("fails; out: %s", run.out()).isPresent();
    assertThat(run.err().strip()).isEqualTo(reason);
    assertThat(run.err().lines().count()).as("one line: %s", run.err()).isEqualTo(1);
  }

  @Test
  void initWritesAKeysetForTheOwnerOnlyAndNeverOverwritesOne() throws Exception {
    Path keyset = directory.resolve("keys").resolve("sealing-keyset.json");
    Path config = config(keyset);

    CommandLineTest.Run created = run("keys", "init", config.toString());
    assertThat(created.failure()).as(created.err()).isEmpty();
    SealingKeys keys = SealingKeys.read(keyset);
    assertThat(created.out())
        .contains("Sealing keyset written to " + keyset)
        .contains("AEAD key " + SealingKeys.keyIdText(keys.primaryAeadKeyId()))
        .contains("Back it up now, apart from the database");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyset)))
        .isEqualTo("rw-------");
    String written = Files.readString(keyset);

    assertRefused(
        run("keys", "init", config.toString()),
        "sightline keys: "
            + keyset
            + " already exists; it is never overwritten (data sealed with it would become"
            + " unreadable). To add a key, run 'keys rotate'");
    assertThat(Files.readString(keyset)).isEqualTo(written);

    CommandLineTest.Run kept = run("keys", "init", config.toString(), "--if-missing");
    assertThat(kept.failure()).isEmpty();
    assertThat(kept.out().strip()).isEqualTo("Sealing keyset " + keyset + " exists; kept.");
    assertThat(Files.readString(keyset)).isEqualTo(written);

    // A file named on the command line instead of the configured one.
    Path other = directory.resolve("other.json");
    assertThat(run("keys", "init", config.toString(), other.toString()).failure()).isEmpty();
    assertThat(SealingKeys.read(other).primaryAeadKeyId()).isNotEqualTo(keys.primaryAeadKeyId());
  }

  @Test
  void rotateAddsAPrimaryKeyAndOldCiphertextsStillUnseal() throws Exception {
    Path keyset = directory.resolve("sealing-keyset.json");
    Path config = config(keyset);
    assertThat(run("keys", "init", config.toString()).failure()).isEmpty();
    SealingKeys v1 = SealingKeys.read(keyset);
    byte[] name = "Kim Young-chul".getBytes(StandardCharsets.UTF_8);
    SealedValue old = new Sealer(v1).seal(name, "witness:42");

    CommandLineTest.Run rotated = run("keys", "rotate", config.toString());
    assertThat(rotated.failure()).as(rotated.err()).isEmpty();
    SealingKeys v2 = SealingKeys.read(keyset);
    assertThat(v2.aeadKeyIds()).containsExactly(v1.primaryAeadKeyId(), v2.primaryAeadKeyId());
    assertThat(v2.prfKeyId()).isEqualTo(v1.prfKeyId());
    assertThat(rotated.out())
        .contains(
            "added AEAD key " + SealingKeys.keyIdText(v2.primaryAeadKeyId()) + ", now primary")
        .contains("Restart the server");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyset)))
        .isEqualTo("rw-------");

    Sealer sealer = new Sealer(v2);
    assertThat(sealer.unseal(old, "witness:42")).isEqualTo(name);
    assertThat(sealer.seal(name, "witness:42").keyId()).isEqualTo(v2.primaryAeadKeyId());

    CommandLineTest.Run listed = run("keys", "list", config.toString());
    assertThat(listed.failure()).isEmpty();
    assertThat(listed.out())
        .contains("AEAD key " + SealingKeys.keyIdText(v1.primaryAeadKeyId()) + "\n")
        .contains(
            "AEAD key "
                + SealingKeys.keyIdText(v2.primaryAeadKeyId())
                + "  (primary: seals new values)")
        .contains("PRF key " + SealingKeys.keyIdText(v2.prfKeyId()));
  }

  @Test
  void theFingerprintKeyIsNeverRotatedAndTheCommandSaysWhy() throws Exception {
    Path keyset = directory.resolve("sealing-keyset.json");
    Path config = config(keyset);
    assertThat(run("keys", "init", config.toString()).failure()).isEmpty();
    String before = Files.readString(keyset);

    assertRefused(
        run("keys", "rotate", config.toString(), "--prf"),
        "sightline keys: " + KeysCommand.PRF_REFUSAL);
    assertThat(KeysCommand.PRF_REFUSAL)
        .contains("fingerprints made with a new key would no longer match those already stored");
    assertThat(Files.readString(keyset)).isEqualTo(before);
    assertRefused(
        run("keys", "init", config.toString(), "--prf"),
        "sightline keys: --prf goes with 'rotate' only");
  }

  @Test
  void aMissingOrBrokenKeysetIsOneLine() throws Exception {
    Path missing = directory.resolve("missing.json");
    assertRefused(
        run("keys", "rotate", config(missing).toString()),
        "sightline keys: no sealing keyset file " + missing);

    Path broken = directory.resolve("broken.json");
    Files.writeString(broken, "{\"format\": \"sightline-sealing-keyset/1\", \"aead\": 1}");
    assertRefused(
        run("keys", "list", config(broken).toString()),
        "sightline keys: the sealing keyset in "
            + broken
            + " has no member 'aead' (a Tink keyset)");
  }
}
