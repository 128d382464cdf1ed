package org.sightline.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.server.testing.ApiClient.object;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.audit.AuditChainVerifier;
import org.sightline.server.auth.Role;
import org.sightline.server.testing.ApiClient;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestUsers;

/**
 * Evidence custody over real HTTP: intake hashing, content-addressed storage, duplicate
 * recognition, verified download, tamper detection on disk, the size limit, and the custody log.
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class EvidenceCustodyHttpTest {
  private static final int LIMIT_BYTES = 64 * 1024;
  static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(
          DATABASE, ConfigOverride.config("evidence.maxUploadSize", LIMIT_BYTES + " bytes"));
  private static ApiClient investigator;
  private static ApiClient analyst;

  @BeforeAll
  static void users() {
    TestUsers users = new TestUsers(DATABASE, Clock.systemUTC());
    ApiClient anonymous = ApiClient.anonymous(APP.getLocalPort());
    investigator = anonymous.as(users.tokenFor("custody-investigator", Role.INVESTIGATOR));
    analyst = anonymous.as(users.tokenFor("custody-analyst", Role.ANALYST));
  }

  private static Path evidenceRoot() {
    return Path.of(APP.getConfiguration().getEvidence().resolvedDirectory().toString());
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static ApiClient.Answer upload(
      ApiClient client, byte[] bytes, String filename, String type) {
    return client.post(
        "/evidence?filename="
            + URLEncoder.encode(filename, StandardCharsets.UTF_8)
            + "&description="
            + URLEncoder.encode("interview, 2014, <b>not bold</b>", StandardCharsets.UTF_8),
        HttpRequest.BodyPublishers.ofByteArray(bytes),
        "Content-Type",
        type);
  }

  private static List<Path> storedFiles() throws IOException {
    try (Stream<Path> files = Files.walk(evidenceRoot().resolve("sha256"))) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void intakeHashesStoresOnceAndRecognisesTheSameBytesLater() throws Exception {
    byte[] transcript =
        "Q: Where were you held?\nA: 요덕 (Yodok), Camp 15, 1998-2001.\n"
            .getBytes(StandardCharsets.UTF_8);
    int filesBefore = storedFiles().size();
    ApiClient.Answer first =
        upload(investigator, transcript, "interview 03 (요덕).txt", "text/plain; charset=utf-8");
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    JsonNode item = first.json().get("item");
    assertThat(first.json().get("duplicate").asBoolean()).isFalse();
    assertThat(item.get("sha256").asText()).isEqualTo(sha256(transcript));
    assertThat(item.get("sizeBytes").asLong()).isEqualTo(transcript.length);
    assertThat(item.get("mediaType").asText()).isEqualTo("text/plain");
    assertThat(item.get("originalFilename").asText()).isEqualTo("interview 03 (요덕).txt");
    assertThat(item.get("uploadedBy").asText()).isEqualTo("user:custody-investigator");
    assertThat(item.get("description").asText()).isEqualTo("interview, 2014, <b>not bold</b>");
    String hash = item.get("sha256").asText();
    Path stored =
        evidenceRoot()
            .resolve("sha256")
            .resolve(hash.substring(0, 2))
            .resolve(hash.substring(2, 4))
            .resolve(hash);
    assertThat(Files.readAllBytes(stored)).isEqualTo(transcript);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stored)))
        .isEqualTo("r--------");

    ApiClient.Answer again = upload(analyst, transcript, "copy-from-usb.txt", "text/plain");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("duplicate").asBoolean()).isTrue();
    assertThat(again.json().at("/item/id").asLong()).isEqualTo(item.get("id").asLong());
    assertThat(again.json().at("/item/originalFilename").asText())
        .as("the first name is kept")
        .isEqualTo("interview 03 (요덕).txt");
    assertThat(storedFiles()).hasSize(filesBefore + 1);
    assertThat(fileCount(evidenceRoot().resolve("incoming"))).isZero();

    List<String> custody = new ArrayList<>();
    for (JsonNode event :
        investigator.get("/evidence/" + item.get("id").asLong() + "/custody").json()) {
      custody.add(event.get("action").asText() + " by " + event.get("actor").asText());
    }
    assertThat(custody)
        .containsExactly("insert by user:custody-investigator", "resubmit by user:custody-analyst");
  }

  @Test
  void downloadReVerifiesTheHashAndIsLoggedAsCustody() throws Exception {
    byte[] chip = new byte[5000];
    new Random(7).nextBytes(chip);
    long id = upload(analyst, chip, "chip.png", "image/png").json().at("/item/id").asLong();

    HttpResponse<byte[]> download =
        analyst.getBytes("/evidence/" + id + "/content?purpose=comparison");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(chip);
    assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
    assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
        .isEqualTo("attachment; filename=\"chip.png\"; filename*=UTF-8''chip.png");
    assertThat(download.headers().firstValue("Repr-Digest").orElse(""))
        .isEqualTo(
            "sha-256=:"
                + Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(chip))
                + ":");

    ApiClient.Answer transfer =
        investigator.postJson(
            "/evidence/" + id + "/transfers",
            object(
                "recipient",
                "UN OHCHR Seoul office",
                "purpose",
                "accountability file",
                "method",
                "encrypted drive"));
    assertThat(transfer.status()).as(transfer.toString()).isEqualTo(200);
    assertThat(transfer.json().get("action").asText()).isEqualTo("transfer");
    assertThat(
            investigator
                .postJson("/evidence/" + id + "/transfers", object("purpose", "x"))
                .status())
        .isEqualTo(400);
    // JSON bodies under /evidence keep the ordinary request limit; only the upload itself is
    // exempt.
    ApiClient.Answer hugeJson =
        investigator.postJson(
            "/evidence/" + id + "/transfers",
            object("recipient", "x".repeat(2 * 1024 * 1024), "purpose", "flood"));
    assertThat(hugeJson.status()).isEqualTo(413);

    JsonNode log = investigator.get("/evidence/" + id + "/custody").json();
    List<String> actions = new ArrayList<>();
    log.forEach(e -> actions.add(e.get("action").asText()));
    assertThat(actions).containsExactly("insert", "download", "transfer");
    assertThat(log.get(1).at("/detailJson").asText())
        .contains("\"purpose\": \"comparison\"")
        .contains("\"sha256Verified\": true");
    assertThat(log.get(2).at("/detailJson").asText()).contains("UN OHCHR Seoul office");
  }

  @Test
  void aFileAlteredOnDiskIsNotServedAndTheFailureIsRecorded() throws Exception {
    byte[] original = "original document bytes".getBytes(StandardCharsets.UTF_8);
    JsonNode item = upload(investigator, original, "doc.txt", "text/plain").json().get("item");
    String hash = item.get("sha256").asText();
    Path stored =
        evidenceRoot()
            .resolve("sha256")
            .resolve(hash.substring(0, 2))
            .resolve(hash.substring(2, 4))
            .resolve(hash);
    stored.toFile().setWritable(true, true);
    Files.writeString(stored, "altered document bytes!");

    ApiClient.Answer refused =
        investigator.get("/evidence/" + item.get("id").asLong() + "/content");
    assertThat(refused.status()).isEqualTo(500);
    assertThat(refused.body())
        .contains("failed its integrity check")
        .contains(hash)
        .doesNotContain("altered document");
    JsonNode log = investigator.get("/evidence/" + item.get("id").asLong() + "/custody").json();
    assertThat(log.get(log.size() - 1).get("action").asText()).isEqualTo("integrity-failure");
    // The audit chain itself is intact: the failure is recorded, not hidden.
    assertThat(new AuditChainVerifier(DATABASE.jdbi()).verify().intact()).isTrue();
  }

  @Test
  void uploadsOverTheLimitGet413AndLeaveNothingBehind() throws Exception {
    int filesBefore = storedFiles().size();
    // Well past the limit, so the server answers while the client is still writing: the rest of the
    // body is discarded first, and the client reads a 413 rather than a connection reset.
    byte[] big = new byte[LIMIT_BYTES * 16];
    ApiClient.Answer declared = upload(investigator, big, "big.bin", "application/octet-stream");
    assertThat(declared.status()).isEqualTo(413);
    assertThat(declared.body()).contains("larger than the limit of " + LIMIT_BYTES + " bytes");
    // Without a Content-Length (chunked), the limit is enforced while streaming.
    InputStream stream = new ByteArrayInputStream(big);
    ApiClient.Answer chunked =
        investigator.post(
            "/evidence?filename=big.bin",
            HttpRequest.BodyPublishers.ofInputStream(() -> stream),
            "Content-Type",
            "application/octet-stream");
    assertThat(chunked.status()).isEqualTo(413);
    assertThat(chunked.header("Connection")).isEqualTo("close");
    byte[] justOver = new byte[LIMIT_BYTES + 1];
    InputStream justOverStream = new ByteArrayInputStream(justOver);
    assertThat(
            investigator
                .post(
                    "/evidence?filename=just-over.bin",
                    HttpRequest.BodyPublishers.ofInputStream(() -> justOverStream),
                    "Content-Type",
                    "application/octet-stream")
                .status())
        .isEqualTo(413);
    assertThat(storedFiles()).hasSize(filesBefore);
    assertThat(fileCount(evidenceRoot().resolve("incoming"))).isZero();
    byte[] exactly = new byte[LIMIT_BYTES];
    exactly[0] = 42;
    assertThat(upload(investigator, exactly, "exactly.bin", "application/octet-stream").status())
        .isEqualTo(201);
  }

  @Test
  void badUploadParametersAreRefusedWithReasons() {
    byte[] bytes = "x".getBytes(StandardCharsets.UTF_8);
    ApiClient.Answer noName =
        investigator.post(
            "/evidence",
            HttpRequest.BodyPublishers.ofByteArray(bytes),
            "Content-Type",
            "text/plain");
    assertThat(noName.status()).isEqualTo(400);
    assertThat(noName.body()).contains("'filename' is required");
    assertThat(upload(investigator, bytes, "../../etc/passwd", "text/plain").status())
        .isEqualTo(400);
    // An unparseable Content-Type is refused by the HTTP layer before Sightline sees it.
    assertThat(upload(investigator, bytes, "a.txt", "not a type").status()).isEqualTo(400);
    assertThat(investigator.get("/evidence/999999").status()).isEqualTo(404);
  }

  @Test
  void fileNamesThatDisplayAsSomethingElseAreRefusedNamingTheCharacter() {
    byte[] bytes = "%PDF-1.4 not really".getBytes(StandardCharsets.UTF_8);
    long itemsBefore = evidenceItems();
    String rightToLeftOverride = new String(Character.toChars(0x202E));
    ApiClient.Answer overridden =
        upload(investigator, bytes, "invoice" + rightToLeftOverride + "fdp.exe", "application/pdf");
    assertThat(overridden.status()).as(overridden.toString()).isEqualTo(400);
    assertThat(overridden.json().get("message").asText())
        .startsWith("filename must not contain U+202E RIGHT-TO-LEFT OVERRIDE at character 8");
    ApiClient.Answer isolate =
        upload(
            investigator,
            bytes,
            "scan" + new String(Character.toChars(0x2067)) + ".pdf",
            "text/plain");
    assertThat(isolate.status()).isEqualTo(400);
    assertThat(isolate.json().get("message").asText()).contains("U+2067");
    ApiClient.Answer nul = upload(investigator, bytes, "scan\u0000.pdf", "text/plain");
    assertThat(nul.status()).isEqualTo(400);
    // Refused for every query parameter already (NUL never reaches the file-name rule over HTTP).
    assertThat(nul.json().get("message").asText()).contains("NUL");
    ApiClient.Answer description =
        investigator.post(
            "/evidence?filename=scan.pdf&description="
                + URLEncoder.encode("notes " + rightToLeftOverride, StandardCharsets.UTF_8),
            HttpRequest.BodyPublishers.ofByteArray(bytes),
            "Content-Type",
            "application/pdf");
    assertThat(description.status()).isEqualTo(400);
    assertThat(description.json().get("message").asText())
        .startsWith("description must not contain U+202E");
    assertThat(evidenceItems()).isEqualTo(itemsBefore);
  }

  private static long evidenceItems() {
    return DATABASE
        .jdbi()
        .withHandle(
            h -> h.createQuery("SELECT count(*) FROM evidence_item").mapTo(Long.class).one());
  }

  @Test
  void withdrawalKeepsTheRecordAndTheBytes() {
    long id =
        upload(investigator, "to withdraw".getBytes(StandardCharsets.UTF_8), "w.txt", "text/plain")
            .json()
            .at("/item/id")
            .asLong();
    assertThat(investigator.postJson("/evidence/" + id + "/withdrawal", "{}").status())
        .isEqualTo(400);
    ApiClient.Answer withdrawn =
        investigator.postJson(
            "/evidence/" + id + "/withdrawal", object("reason", "uploaded to the wrong case"));
    assertThat(withdrawn.status()).isEqualTo(200);
    assertThat(withdrawn.json().get("withdrawalReason").asText())
        .isEqualTo("uploaded to the wrong case");
    assertThat(investigator.get("/evidence/" + id).json().get("withdrawnBy").asText())
        .isEqualTo("user:custody-investigator");
    assertThat(investigator.getBytes("/evidence/" + id + "/content").statusCode()).isEqualTo(200);
    assertThat(
            investigator
                .postJson("/evidence/" + id + "/withdrawal", object("reason", "again"))
                .status())
        .isEqualTo(409);
  }

  private static long fileCount(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }
}
