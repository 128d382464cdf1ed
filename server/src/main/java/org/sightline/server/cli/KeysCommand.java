package org.sightline.server.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.sealing.Sealer;
import org.sightline.server.sealing.SealingConfiguration;
import org.sightline.server.sealing.SealingKeys;
import org.sightline.server.testimony.IdentityResealing;
import org.sightline.server.testimony.WitnessIdentityDao;
import org.slf4j.LoggerFactory;

/**
 * {@code keys init|rotate|list <config.yml> [keyset-file]}: the sealing keyset of witness
 * identities ({@link SealingKeys}). The file is the one named, else the configuration's {@code
 * sealing.keysetFile} (or its default location). {@code init} writes a new keyset (mode 0600) and
 * never overwrites one ({@code --if-missing}: a keyset already there is kept, and the command
 * succeeds); {@code rotate} adds an AES-256-GCM key and makes it primary, keeping the older ones
 * for what they sealed; {@code rotate --prf} is refused, because fingerprints made with a new PRF
 * key would no longer match those stored; {@code list} prints the key ids. Those three use no
 * database. {@code usage} counts the sealed identity rows (live and superseded) by key, and {@code
 * reseal} re-seals every row an older key sealed with the primary key ({@link IdentityResealing}),
 * so that a compromised key can be retired; {@code retire --key ID} then removes that key from the
 * keyset file, refused while any row, live or superseded, still uses it. A failure is one line on
 * standard error and exit status 1.
 */
public final class KeysCommand extends ConfiguredCommand<SightlineConfiguration> {
  private static final List<String> ACTIONS =
      List.of("init", "rotate", "list", "usage", "reseal", "retire");

  /** Why the PRF key is not rotated: the refusal of {@code rotate --prf}. */
  static final String PRF_REFUSAL =
      "the fingerprint (PRF) key is never rotated: fingerprints made with a new key would no longer"
          + " match those already stored, in this organisation or another, so the same witness"
          + " would no longer be found. Only the sealing (AEAD) key rotates: run 'keys rotate'"
          + " without --prf. See docs/SECURITY.md, \"Sealing witness identity\"";

  private final Map<String, String> environment;

  public KeysCommand() {
    this(System.getenv());
  }

  /**
   * @param environment the environment variables (the keyset may be in one; tests give their own)
   */
  public KeysCommand(Map<String, String> environment) {
    super("keys", "Create, rotate and list the keys that seal witness identities");
    this.environment = Map.copyOf(environment);
  }

  @Override
  public void configure(Subparser subparser) {
    subparser
        .addArgument("action")
        .choices(ACTIONS)
        .help("what to do: " + String.join(", ", ACTIONS));
    super.configure(subparser);
    subparser
        .addArgument("keyset")
        .nargs("?")
        .help("the keyset file (default: sealing.keysetFile of the configuration)");
    subparser
        .addArgument("--if-missing")
        .dest("ifMissing")
        .action(Arguments.storeTrue())
        .help("init: keep a keyset that is already there, and succeed");
    subparser
        .addArgument("--key")
        .help("retire: the id of the AEAD key to remove (as 'keys list' prints it)");
    subparser
        .addArgument("--prf")
        .action(Arguments.storeTrue())
        .help("rotate: refused (the fingerprint key never rotates; see docs/SECURITY.md)");
  }

  @Override
  protected void run(
      Bootstrap<SightlineConfiguration> bootstrap,
      Namespace namespace,
      SightlineConfiguration config)
      throws Exception {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    String action = namespace.getString("action");
    boolean prf = Boolean.TRUE.equals(namespace.getBoolean("prf"));
    boolean ifMissing = Boolean.TRUE.equals(namespace.getBoolean("ifMissing"));
    if (prf && !action.equals("rotate")) {
      throw new IllegalArgumentException("--prf goes with 'rotate' only");
    }
    if (ifMissing && !action.equals("init")) {
      throw new IllegalArgumentException("--if-missing goes with 'init' only");
    }
    SealingConfiguration sealing = config.getSealing();
    String given = namespace.getString("keyset");
    Path file = given == null ? sealing.resolvedKeysetFile() : Path.of(given);
    boolean fromEnvironment =
        given == null && !environment.getOrDefault(sealing.keysetVariable(), "").isBlank();
    PrintStream out = System.out;
    // the keyset named, else the configured one (its file or its environment variable)
    Supplier<SealingKeys> configuredKeys =
        () -> given == null ? SealingKeys.load(sealing, environment) : SealingKeys.read(file);
    switch (action) {
      case "init" -> init(out, file, fromEnvironment, ifMissing, sealing.keysetVariable());
      case "rotate" -> {
        if (prf) {
          throw new IllegalStateException(PRF_REFUSAL);
        }
        if (fromEnvironment) {
          throw new IllegalStateException(
              "the sealing keyset is in the environment variable "
                  + sealing.keysetVariable()
                  + ", not in a file: write it to a file (mode 0600), run 'keys rotate <file>',"
                  + " then put the file's content back in "
                  + sealing.keysetVariable());
        }
        rotate(out, file);
      }
      case "list" -> {
        SealingKeys keys = configuredKeys.get();
        out.println("Sealing keyset: " + keys.source());
        for (int id : keys.aeadKeyIds()) {
          out.println(
              "  AEAD key "
                  + SealingKeys.keyIdText(id)
                  + (id == keys.primaryAeadKeyId() ? "  (primary: seals new values)" : ""));
        }
        out.println("  PRF key " + SealingKeys.keyIdText(keys.prfKeyId()) + "  (fingerprints)");
      }
      case "usage" -> {
        SealingKeys keys = configuredKeys.get();
        withDatabase(config, keys, resealing -> usage(out, keys, resealing));
      }
      case "retire" -> {
        String key = namespace.getString("key");
        if (key == null) {
          throw new IllegalArgumentException(
              "retire needs --key ID: the AEAD key to remove, as 'keys list' prints it");
        }
        if (fromEnvironment) {
          throw new IllegalStateException(
              "the sealing keyset is in the environment variable "
                  + sealing.keysetVariable()
                  + ", not in a file: write it to a file (mode 0600), run 'keys retire <file>',"
                  + " then put the file's content back in "
                  + sealing.keysetVariable());
        }
        int keyId;
        try {
          keyId = Integer.parseUnsignedInt(key.strip());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "--key must be a key id as 'keys list' prints it (digits), not '" + key + "'");
        }
        SealingKeys keys = SealingKeys.read(file);
        SealingKeys retired = keys.withoutAeadKey(keyId);
        withDatabase(config, keys, resealing -> retire(out, file, keyId, retired, resealing));
      }
      case "reseal" -> {
        SealingKeys keys = configuredKeys.get();
        withDatabase(config, keys, resealing -> reseal(out, keys, resealing));
      }
      default -> throw new IllegalArgumentException("unknown action " + action);
    }
  }

  private static void init(
      PrintStream out, Path file, boolean fromEnvironment, boolean ifMissing, String variable) {
    if (ifMissing && fromEnvironment) {
      out.println("The sealing keyset is given in " + variable + "; no file written.");
      return;
    }
    if (ifMissing && Files.exists(file)) {
      out.println("Sealing keyset " + file + " exists; kept.");
      return;
    }
    SealingKeys keys = SealingKeys.generate();
    keys.writeNew(file);
    out.println(
        "Sealing keyset written to "
            + file
            + ": AEAD key "
            + SealingKeys.keyIdText(keys.primaryAeadKeyId())
            + " (primary), PRF key "
            + SealingKeys.keyIdText(keys.prfKeyId())
            + ".");
    out.println(
        "Back it up now, apart from the database: without it, sealed witness identities cannot"
            + " be read.");
  }

  private static void rotate(PrintStream out, Path file) {
    SealingKeys old = SealingKeys.read(file);
    SealingKeys rotated = old.withNewPrimaryAeadKey();
    rotated.replace(file);
    out.println(
        "Sealing keyset "
            + file
            + ": added AEAD key "
            + SealingKeys.keyIdText(rotated.primaryAeadKeyId())
            + ", now primary; the older keys "
            + old.aeadKeyIds().stream().map(SealingKeys::keyIdText).toList()
            + " still unseal what they sealed. The PRF key "
            + SealingKeys.keyIdText(rotated.prfKeyId())
            + " is unchanged.");
    out.println(
        "Restart the server to seal with the new key, and back up the keyset again now: values"
            + " sealed from now on need the new key.");
  }

  /** Opens the database as the other commands do ({@link DatabaseCommand#withDatabase}). */
  private static void withDatabase(
      SightlineConfiguration config, SealingKeys keys, Consumer<IdentityResealing> work)
      throws Exception {
    DatabaseCommand.withDatabase(
        config,
        jdbi ->
            work.accept(new IdentityResealing(new AttributedTransactions(jdbi), new Sealer(keys))));
  }

  private static void usage(PrintStream out, SealingKeys keys, IdentityResealing resealing) {
    List<WitnessIdentityDao.KeyUse> uses = resealing.keyUse();
    out.println("Sealed witness identity rows (live and superseded) by key:");
    if (uses.isEmpty()) {
      out.println("  none");
    }
    boolean missing = false;
    for (WitnessIdentityDao.KeyUse use : uses) {
      int id = (int) use.keyId();
      String note;
      if (id == keys.primaryAeadKeyId()) {
        note = "primary";
      } else if (keys.aeadKeyIds().contains(id)) {
        note = "older key: 'keys reseal' moves these to the primary key";
      } else {
        note = "NOT IN THIS KEYSET: these rows cannot be unsealed with it";
        missing = true;
      }
      out.println(
          "  AEAD key " + SealingKeys.keyIdText(id) + ": " + use.identities() + "  (" + note + ")");
    }
    for (int id : keys.aeadKeyIds()) {
      if (uses.stream().noneMatch(use -> (int) use.keyId() == id)) {
        out.println(
            "  AEAD key "
                + SealingKeys.keyIdText(id)
                + ": 0"
                + (id == keys.primaryAeadKeyId()
                    ? "  (primary)"
                    : "  (no row needs it; backups made before its rows were re-sealed may)"));
      }
    }
    if (missing) {
      throw new IllegalStateException(
          "some sealed identities use a key this keyset does not hold: find the keyset that"
              + " sealed them (a backup of the keyset file) before anything else");
    }
  }

  private static void reseal(PrintStream out, SealingKeys keys, IdentityResealing resealing) {
    IdentityResealing.Report report = resealing.reseal(DatabaseCommand.osUser());
    String primary = SealingKeys.keyIdText(keys.primaryAeadKeyId());
    if (report.resealed() == 0) {
      out.println(
          "Every sealed witness identity already uses the primary key "
              + primary
              + "; nothing to"
              + " re-seal.");
      return;
    }
    StringBuilder from = new StringBuilder();
    report
        .fromKeys()
        .forEach(
            (key, rows) ->
                from.append(from.length() == 0 ? "" : ", ")
                    .append("key ")
                    .append(SealingKeys.keyIdText((int) (long) key))
                    .append(": ")
                    .append(rows));
    out.println(
        "Re-sealed "
            + report.resealed()
            + " witness identity rows ("
            + report.live()
            + " live, "
            + report.superseded()
            + " superseded) with the primary key "
            + primary
            + " ("
            + from
            + "), in one transaction, audited.");
    out.println(
        "No row in the database needs the older keys now. Backups made before this still do:"
            + " keep the older keys for as long as such a backup exists (docs/OPERATIONS.md,"
            + " \"Rotating the sealing key\").");
  }

  private static void retire(
      PrintStream out, Path file, int keyId, SealingKeys retired, IdentityResealing resealing) {
    resealing.retire(DatabaseCommand.osUser(), keyId, () -> retired.replace(file));
    out.println(
        "Sealing keyset "
            + file
            + ": removed AEAD key "
            + SealingKeys.keyIdText(keyId)
            + "; no row in the database uses it. Restart the server so that it forgets the key too.");
    out.println(
        "Backups of the database made before 'keys reseal' still need that key: destroy them (and"
            + " every copy of the old keyset), or keep them with a copy of the old keyset.");
  }

  /** Says why the command failed in one line on standard error, without a stack trace. */
  @Override
  public void onError(Cli cli, Namespace namespace, Throwable failure) {
    cli.getStdErr().println("sightline " + getName() + ": " + CommandFailure.describe(failure));
    cli.getStdErr().flush();
  }
}
