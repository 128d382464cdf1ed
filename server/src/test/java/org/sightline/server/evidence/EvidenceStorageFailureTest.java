package org.sightline.server.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.auth.Role;
import org.sightline.server.testing.ApiClient;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestUsers;

/**
 * An evidence upload the store cannot write: a full disk (a 256 KiB tmpfs as the evidence
 * directory, when the tests run as root and may mount one) and a directory that cannot hold the
 * file. Each is refused with a 507 that names the operating system's reason, nothing is recorded
 * (no item, no custody entry) and no partial file is left; once there is room again, uploads work.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvidenceStorageFailureTest {
  private static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);

  private static Path evidence;
  private static boolean smallDisk;
  private static ApiClient investigator;

  /** The application's evidence directory, on a small disk of its own where possible. */
  @BeforeAll
  static void signInAndShrinkTheDisk() throws IOException {
    evidence = Path.of(APP.getConfiguration().getEvidence().resolvedDirectory().toString());
    smallDisk = mountSmallDisk(evidence);
    Files.createDirectories(evidence.resolve("incoming"));
    Files.createDirectories(evidence.resolve("sha256"));
    TestUsers users = new TestUsers(DATABASE, Clock.systemUTC());
    investigator =
        ApiClient.anonymous(APP.getLocalPort())
            .as(users.tokenFor("storage-investigator", Role.INVESTIGATOR));
  }

  @AfterAll
  static void unmount() throws Exception {
    if (smallDisk) {
      run("umount", "-l", evidence.toString());
    }
  }

  @Test
  @Order(1)
  void aFullDiskRefusesTheUploadAndKeepsNothingThenRecovers() throws IOException {
    assumeTrue(smallDisk, "needs root and tmpfs, to give the evidence store a small disk");
    int itemsBefore = items();
    List<String> custodyBefore = custodyEntries();

    ApiClient.Answer refused = upload(randomBytes(1024 * 1024), "too-large-for-the-disk.bin");
    assertThat(refused.status()).isEqualTo(507);
    assertThat(refused.json().get("message").asText())
        .contains("No space left on device")
        .contains("nothing was stored");
    assertThat(items()).isEqualTo(itemsBefore);
    assertThat(custodyEntries()).isEqualTo(custodyBefore);
    assertThat(filesUnder(evidence.resolve("incoming"))).isEmpty();

    // The partial file was removed, so the room it took is free again.
    ApiClient.Answer stored = upload(randomBytes(16 * 1024), "fits.bin");
    assertThat(stored.status()).isEqualTo(201);
    assertThat(items()).isEqualTo(itemsBefore + 1);
    assertThat(filesUnder(evidence.resolve("sha256"))).hasSize(1);
  }

  @Test
  @Order(2)
  void aDirectoryThatCannotHoldTheFileRefusesTheUploadAndKeepsNothing() throws IOException {
    int itemsBefore = items();
    List<String> custodyBefore = custodyEntries();
    Path incoming = evidence.resolve("incoming");
    Path aside = evidence.resolve("incoming-aside");
    Files.move(incoming, aside);
    Files.writeString(incoming, "not a directory");
    try {
      ApiClient.Answer refused = upload(randomBytes(4096), "nowhere-to-go.bin");
      assertThat(refused.status()).isEqualTo(507);
      assertThat(refused.json().get("message").asText())
          .contains("Not a directory")
          .contains("nothing was stored");
      assertThat(items()).isEqualTo(itemsBefore);
      assertThat(custodyEntries()).isEqualTo(custodyBefore);
    } finally {
      Files.delete(incoming);
      Files.move(aside, incoming);
    }
    assertThat(upload(randomBytes(4096), "after-the-fix.bin").status()).isEqualTo(201);
  }

  private static ApiClient.Answer upload(byte[] bytes, String filename) {
    return investigator.post(
        "/evidence?filename=" + filename,
        HttpRequest.BodyPublishers.ofByteArray(bytes),
        "Content-Type",
        "application/octet-stream");
  }

  private static int items() {
    return investigator.get("/evidence?limit=500").json().size();
  }

  /** The evidence custody log's entries other than reads, as "action entity-id". */
  private static List<String> custodyEntries() {
    return DATABASE
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT action || ' ' || entity_id FROM audit_event"
                            + " WHERE entity_type = 'evidence_item'"
                            + " AND action NOT IN ('list', 'read', 'read-custody', 'download')"
                            + " ORDER BY seq")
                    .mapTo(String.class)
                    .list());
  }

  private static byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  private static List<Path> filesUnder(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  /** A 256 KiB tmpfs over the directory: possible as root (and where mounting is allowed). */
  private static boolean mountSmallDisk(Path directory) {
    if (!"root".equals(System.getProperty("user.name"))) {
      return false;
    }
    try {
      return run("mount", "-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs", directory.toString())
          == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static int run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getInputStream().transferTo(OutputStream.nullOutputStream());
    return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
  }
}
