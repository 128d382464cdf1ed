package org.sightline.server.sealing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two Tink keysets of sealing, read from one JSON document: an AEAD keyset (AES-256-GCM) that
 * seals identifying details ({@link Sealer}), and a PRF keyset (HMAC-SHA256) that makes identity
 * fingerprints ({@link IdentityFingerprints}):
 *
 * <pre>{@code
 * {"format": "sightline-sealing-keyset/1",
 *  "aead": {"primaryKeyId": 1234, "key": [...]},   (Tink's JSON keyset format, cleartext)
 *  "prf":  {"primaryKeyId": 5678, "key": [...]}}
 * }</pre>
 *
 * <p>The document is a file (written with mode 0600 by {@link #writeNew}) or the value of an
 * environment variable ({@link #load}). The keys are in clear text: the file must be protected by
 * its permissions (there is no KMS here), and backed up apart from the database, since sealed data
 * cannot be read without it. The AEAD keyset may hold several keys (rotation adds one and makes it
 * primary; {@link #withNewPrimaryAeadKey}); the PRF keyset holds exactly one key, which is never
 * rotated, because fingerprints made with another key would no longer match those stored. Immutable
 * and thread-safe.
 */
public final class SealingKeys {
  /** The value of the document's {@code format} member. */
  public static final String FORMAT = "sightline-sealing-keyset/1";

  private static final Logger LOG = LoggerFactory.getLogger(SealingKeys.class);
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  static {
    try {
      AeadConfig.register();
      PrfConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final KeysetHandle aeadKeyset;
  private final KeysetHandle prfKeyset;
  private final Aead aead;
  private final PrfSet prf;
  private final String source;

  private SealingKeys(KeysetHandle aeadKeyset, KeysetHandle prfKeyset, String source) {
    this.aeadKeyset = aeadKeyset;
    this.prfKeyset = prfKeyset;
    this.source = source;
    try {
      this.aead = aeadKeyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
    } catch (GeneralSecurityException e) {
      throw new SealingKeysException(
          "member 'aead' of " + source + " is not an AEAD keyset: " + e.getMessage(), e);
    }
    if (prfKeyset.size() != 1) {
      throw new SealingKeysException(
          "member 'prf' of "
              + source
              + " holds "
              + prfKeyset.size()
              + " keys; it must hold exactly one (the fingerprint key is never rotated)");
    }
    try {
      this.prf = prfKeyset.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
    } catch (GeneralSecurityException e) {
      throw new SealingKeysException(
          "member 'prf' of " + source + " is not a PRF keyset: " + e.getMessage(), e);
    }
  }

  /** A fresh keyset: one new AES-256-GCM key and one new HMAC-SHA256 PRF key. */
  public static SealingKeys generate() {
    try {
      KeysetHandle aead =
          KeysetHandle.newBuilder()
              .addEntry(
                  KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                      .withRandomId()
                      .makePrimary())
              .build();
      KeysetHandle prf =
          KeysetHandle.newBuilder()
              .addEntry(
                  KeysetHandle.generateEntryFromParameters(PredefinedPrfParameters.HMAC_SHA256_PRF)
                      .withRandomId()
                      .makePrimary())
              .build();
      return new SealingKeys(aead, prf, "a new keyset");
    } catch (GeneralSecurityException e) {
      throw new SealingKeysException("cannot generate sealing keys: " + e.getMessage(), e);
    }
  }

  /**
   * The keyset the configuration names: the environment variable {@code keysetVariable} when it is
   * set, else the file {@code keysetFile} (or its default location).
   *
   * @throws SealingKeysException in one line, when there is no keyset, both sources are given, or
   *     the keyset cannot be read
   */
  public static SealingKeys load(SealingConfiguration config, Map<String, String> environment) {
    String variable = config.keysetVariable();
    String fromEnvironment = environment.get(variable);
    Path file = config.resolvedKeysetFile();
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      if (config.keysetFileConfigured()) {
        throw new SealingKeysException(
            "the sealing keyset is given twice, in sealing.keysetFile ("
                + file
                + ") and in the environment variable "
                + variable
                + "; keep one");
      }
      return parse(fromEnvironment, "the environment variable " + variable);
    }
    if (!Files.exists(file)) {
      throw new SealingKeysException(
          "no sealing keyset: "
              + file
              + " does not exist and the environment variable "
              + variable
              + " is not set. Create one with 'scripts/sightline keys init' and back it up apart"
              + " from the database, or set sealing.keysetFile to the existing keyset"
              + " (docs/SECURITY.md, \"Sealing witness identity\")");
    }
    return read(file);
  }

  /** The keyset in {@code file}. */
  public static SealingKeys read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new SealingKeysException("no sealing keyset file " + file, e);
    } catch (IOException e) {
      throw new SealingKeysException("cannot read the sealing keyset " + file + ": " + e, e);
    }
    warnIfOthersMayRead(file);
    return parse(text, file.toString());
  }

  /**
   * The keyset in the JSON document {@code json}.
   *
   * @param source where it came from, for messages (a file name, "the environment variable X")
   */
  public static SealingKeys parse(String json, String source) {
    JsonNode document;
    try {
      document = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new SealingKeysException(
          "the sealing keyset in "
              + source
              + " is not JSON (line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ")",
          e);
    }
    if (document == null || !document.isObject()) {
      throw new SealingKeysException(
          "the sealing keyset in " + source + " is not a JSON object with members aead and prf");
    }
    JsonNode format = document.get("format");
    if (format == null || !FORMAT.equals(format.asText())) {
      throw new SealingKeysException(
          "the sealing keyset in "
              + source
              + " has format "
              + (format == null ? "(none)" : "'" + format.asText() + "'")
              + ", expected '"
              + FORMAT
              + "'");
    }
    return new SealingKeys(
        member(document, "aead", source), member(document, "prf", source), source);
  }

  private static KeysetHandle member(JsonNode document, String name, String source) {
    JsonNode keyset = document.get(name);
    if (keyset == null || !keyset.isObject()) {
      throw new SealingKeysException(
          "the sealing keyset in " + source + " has no member '" + name + "' (a Tink keyset)");
    }
    try {
      return TinkJsonProtoKeysetFormat.parseKeyset(
          keyset.toString(), RegistryConfiguration.get(), InsecureSecretKeyAccess.get());
    } catch (GeneralSecurityException e) {
      throw new SealingKeysException(
          "member '" + name + "' of " + source + " is not a valid Tink keyset: " + e.getMessage(),
          e);
    }
  }

  /** The keyset as its JSON document (secret: it holds the keys in clear text). */
  public String toJson() {
    try {
      ObjectNode document = JSON.createObjectNode();
      document.put("format", FORMAT);
      document.set(
          "aead",
          JSON.readTree(
              TinkJsonProtoKeysetFormat.serializeKeyset(
                  aeadKeyset, RegistryConfiguration.get(), InsecureSecretKeyAccess.get())));
      document.set(
          "prf",
          JSON.readTree(
              TinkJsonProtoKeysetFormat.serializeKeyset(
                  prfKeyset, RegistryConfiguration.get(), InsecureSecretKeyAccess.get())));
      return JSON.writeValueAsString(document) + "\n";
    } catch (GeneralSecurityException | JsonProcessingException e) {
      throw new SealingKeysException("cannot write the sealing keyset: " + e.getMessage(), e);
    }
  }

  /**
   * This keyset with one more AES-256-GCM key, made primary: new seals use it, and every older key
   * still unseals what it sealed. The PRF key is unchanged.
   */
  public SealingKeys withNewPrimaryAeadKey() {
    try {
      KeysetHandle rotated =
          KeysetHandle.newBuilder(aeadKeyset)
              .addEntry(
                  KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                      .withRandomId()
                      .makePrimary())
              .build();
      return new SealingKeys(rotated, prfKeyset, source);
    } catch (GeneralSecurityException e) {
      throw new SealingKeysException("cannot add a sealing key: " + e.getMessage(), e);
    }
  }

  /**
   * A copy without the AEAD key {@code keyId}, for retiring a key once nothing sealed with it is
   * kept (after {@code keys reseal}): what it alone sealed can never be unsealed again.
   *
   * @throws SealingKeysException when there is no such key, or it is the primary one
   */
  public SealingKeys withoutAeadKey(int keyId) {
    if (keyId == primaryAeadKeyId()) {
      throw new SealingKeysException(
          "AEAD key " + keyIdText(keyId) + " is the primary key: rotate first, then re-seal");
    }
    for (int i = 0; i < aeadKeyset.size(); i++) {
      if (aeadKeyset.getAt(i).getId() == keyId) {
        try {
          return new SealingKeys(
              KeysetHandle.newBuilder(aeadKeyset).deleteAt(i).build(), prfKeyset, source);
        } catch (GeneralSecurityException e) {
          throw new SealingKeysException("cannot remove a sealing key: " + e.getMessage(), e);
        }
      }
    }
    throw new SealingKeysException(
        "the keyset has no AEAD key " + keyIdText(keyId) + "; 'keys list' names its keys");
  }

  /** The id of the AEAD key that seals (Tink's key id; {@link SealedValue#keyId()}). */
  public int primaryAeadKeyId() {
    return aeadKeyset.getPrimary().getId();
  }

  /** The ids of every AEAD key, oldest first: any of them unseals what it sealed. */
  public List<Integer> aeadKeyIds() {
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < aeadKeyset.size(); i++) {
      ids.add(aeadKeyset.getAt(i).getId());
    }
    return List.copyOf(ids);
  }

  /** The id of the fingerprint (PRF) key. */
  public int prfKeyId() {
    return prfKeyset.getPrimary().getId();
  }

  /** Where the keyset came from, for messages: a file name or an environment variable. */
  public String source() {
    return source;
  }

  Aead aead() {
    return aead;
  }

  PrfSet prf() {
    return prf;
  }

  /** A key id as Tink and operators print it: unsigned decimal. */
  public static String keyIdText(int keyId) {
    return Integer.toUnsignedString(keyId);
  }

  /** A summary without secrets: source, key ids, the primary. */
  @Override
  public String toString() {
    return "SealingKeys["
        + source
        + ": AEAD keys "
        + aeadKeyIds().stream().map(SealingKeys::keyIdText).toList()
        + ", primary "
        + keyIdText(primaryAeadKeyId())
        + "; PRF key "
        + keyIdText(prfKeyId())
        + "]";
  }

  /**
   * Writes this keyset to {@code file}, which must not exist yet (its directories are created, mode
   * 0700), with mode 0600 where the file system has POSIX permissions.
   *
   * @throws SealingKeysException when the file exists (it is never overwritten) or cannot be
   *     written
   */
  public void writeNew(Path file) {
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw exists(file);
    }
    Path directory = file.toAbsolutePath().getParent();
    try {
      if (posix(directory)) {
        Files.createDirectories(
            directory, PosixFilePermissions.asFileAttribute(directoryPermissions()));
      } else {
        Files.createDirectories(directory);
      }
      Path temporary = writeTemporary(directory, file);
      try {
        Files.move(temporary, file);
      } catch (FileAlreadyExistsException e) {
        throw exists(file);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new SealingKeysException("cannot write the sealing keyset " + file + ": " + e, e);
    }
  }

  /**
   * Replaces the keyset in {@code file} by this one, atomically (a new file renamed over it), with
   * the old file's permissions, owner and group.
   */
  public void replace(Path file) {
    Path directory = file.toAbsolutePath().getParent();
    try {
      PosixFileAttributes old =
          posix(file)
              ? Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
              : null;
      Path temporary = writeTemporary(directory, file);
      try {
        if (old != null) {
          PosixFileAttributeView view =
              Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
          view.setPermissions(old.permissions());
          if (!Files.getOwner(temporary).equals(old.owner())) {
            view.setOwner(old.owner());
          }
          if (!view.readAttributes().group().equals(old.group())) {
            view.setGroup(old.group());
          }
        }
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new SealingKeysException(
          "cannot replace the sealing keyset " + file + " (it is unchanged): " + e, e);
    }
  }

  /** This keyset in a new file of {@code directory}, mode 0600, flushed to the disk. */
  private Path writeTemporary(Path directory, Path file) throws IOException {
    FileAttribute<?>[] attributes =
        posix(directory)
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
            : new FileAttribute<?>[0];
    Path temporary =
        Files.createTempFile(directory, "." + file.getFileName() + "-", ".tmp", attributes);
    try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
      ByteBuffer bytes = ByteBuffer.wrap(toJson().getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(true);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
    return temporary;
  }

  private static SealingKeysException exists(Path file) {
    return new SealingKeysException(
        file
            + " already exists; it is never overwritten (data sealed with it would become"
            + " unreadable). To add a key, run 'keys rotate'");
  }

  private static boolean posix(Path path) {
    return path != null && path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static Set<PosixFilePermission> directoryPermissions() {
    return EnumSet.of(
        PosixFilePermission.OWNER_READ,
        PosixFilePermission.OWNER_WRITE,
        PosixFilePermission.OWNER_EXECUTE);
  }

  private static void warnIfOthersMayRead(Path file) {
    if (!posix(file)) {
      return;
    }
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
      if (permissions.contains(PosixFilePermission.OTHERS_READ)
          || permissions.contains(PosixFilePermission.GROUP_WRITE)
          || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
        LOG.warn(
            "The sealing keyset {} may be read or changed by other users (mode {}); make it"
                + " readable by the server's user only: chmod 600 {}",
            file,
            PosixFilePermissions.toString(permissions),
            file);
      }
    } catch (IOException e) {
      LOG.warn("Cannot read the permissions of the sealing keyset {}: {}", file, e.toString());
    }
  }
}
