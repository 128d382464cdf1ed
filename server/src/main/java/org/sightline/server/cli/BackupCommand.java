package org.sightline.server.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.DataSourceFactory;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.audit.Actor;
import org.sightline.server.backup.BackupException;
import org.sightline.server.backup.BackupManifest;
import org.sightline.server.backup.BackupProgress;
import org.sightline.server.backup.BackupRestorer;
import org.sightline.server.backup.BackupWriter;
import org.sightline.server.backup.DatabaseConnection;
import org.sightline.server.db.DatabaseSetup;
import org.sightline.server.db.SchemaOwnerConfiguration;
import org.sightline.server.db.embedded.ManagedPostgis;
import org.sightline.server.db.embedded.PostgisCluster;
import org.sightline.server.db.embedded.PostgisRoles;
import org.sightline.server.sealing.SealingKeys;
import org.slf4j.LoggerFactory;

/**
 * {@code backup create|restore <config.yml> <directory> [--include-keyset FILE]}: a backup of the
 * whole instance ({@link BackupWriter}: the database, the evidence files, a manifest of hashes), or
 * its restore into an empty instance with verification ({@link BackupRestorer}). Works as the
 * schema owner: the embedded cluster's superuser (the cluster is started if it is not running, and
 * stopped again), or an external database's {@code schemaOwner} (else its {@code database} user).
 * The restore never migrates or creates anything before its checks pass. The sealing keyset is
 * never in a backup unless {@code --include-keyset} names it; the output says so every time. Long
 * steps draw progress bars on standard error ({@link BackupProgressBar}). A failure is one line on
 * standard error and exit status 1.
 */
public final class BackupCommand extends ConfiguredCommand<SightlineConfiguration> {
  private static final List<String> ACTIONS = List.of("create", "restore");
  private static final double MIB = 1024.0 * 1024.0;

  /** Printed by every backup without the keyset. */
  static final String KEYSET_NOT_INCLUDED =
      "THE SEALING KEYSET IS NOT IN THIS BACKUP. Back it up separately, to other media kept by"
          + " another custodian (docs/BACKUP.md): without it the sealed witness identities in this"
          + " backup can never be read.";

  private final Map<String, String> environment;

  public BackupCommand() {
    this(System.getenv());
  }

  /**
   * @param environment the environment variables (the keyset may be in one; tests give their own)
   */
  public BackupCommand(Map<String, String> environment) {
    super(
        "backup", "Back up the database and evidence, or restore a backup into an empty instance");
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
        .addArgument("directory")
        .help("create: a new or empty directory to write; restore: a backup directory");
    subparser
        .addArgument("--include-keyset")
        .dest("includeKeyset")
        .metavar("FILE")
        .help(
            "create: also copy this sealing keyset file into the backup (not recommended: anyone"
                + " holding the backup can then read every sealed witness identity)");
  }

  // The bars' close() ends their line; it does not close System.err. On Java 17, System.console()
  // is null exactly when stderr/stdin is not a terminal.
  @SuppressWarnings("SystemConsoleNull")
  @Override
  protected void run(
      Bootstrap<SightlineConfiguration> bootstrap,
      Namespace namespace,
      SightlineConfiguration config)
      throws Exception {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    String action = namespace.getString("action");
    Path directory = Path.of(namespace.getString("directory"));
    String includeKeyset = namespace.getString("includeKeyset");
    if (includeKeyset != null && !action.equals("create")) {
      throw new IllegalArgumentException("--include-keyset goes with 'create' only");
    }
    // The keyset first: a restore that could not verify sealed data is refused before it starts.
    SealingKeys keys =
        action.equals("restore") ? SealingKeys.load(config.getSealing(), environment) : null;
    Path binDirectory = config.getEmbeddedPostgis().binDirectoryOrNull();
    BackupProgress progress = new BackupProgressBar(System.err, System.console() != null);
    Actor actor = DatabaseCommand.osUser();
    PrintStream out = System.out;
    Path evidence = config.getEvidence().resolvedDirectory();
    // A restore checks the backup and the evidence directory before any database is started.
    BackupManifest checked =
        action.equals("restore") ? BackupRestorer.preflight(directory, evidence, progress) : null;
    ManagedPostgis embedded = null;
    try {
      DatabaseConnection database;
      if (config.usesEmbeddedDatabase()) {
        embedded = ManagedPostgis.startNow(config.getEmbeddedPostgis());
        PostgisCluster cluster = embedded.cluster();
        if (action.equals("restore")) {
          cluster.createDatabase(DatabaseSetup.EMBEDDED_DATABASE, null);
        }
        database =
            DatabaseConnection.of(
                cluster.jdbcUrl(DatabaseSetup.EMBEDDED_DATABASE),
                PostgisCluster.SUPERUSER,
                cluster.password());
      } else {
        DataSourceFactory factory = config.getDatabase();
        SchemaOwnerConfiguration owner = config.getSchemaOwner();
        database =
            owner == null
                ? DatabaseConnection.of(factory.getUrl(), factory.getUser(), factory.getPassword())
                : DatabaseConnection.of(factory.getUrl(), owner.user(), owner.password());
      }
      if (action.equals("create")) {
        create(
            out,
            new BackupWriter(database, binDirectory, evidence, Clock.systemUTC(), progress),
            directory,
            includeKeyset == null ? null : Path.of(includeKeyset),
            actor);
      } else {
        restore(
            out,
            new BackupRestorer(database, binDirectory, evidence, keys, progress),
            directory,
            checked,
            actor);
        if (embedded != null) {
          embedded
              .cluster()
              .ensureLoginRole(PostgisRoles.EMBEDDED_APP_LOGIN, PostgisRoles.APP_GROUP);
        }
      }
    } finally {
      if (embedded != null) {
        embedded.cluster().stopIfStartedHere();
      }
    }
  }

  private static void create(
      PrintStream out, BackupWriter writer, Path directory, Path keyset, Actor actor)
      throws Exception {
    BackupWriter.Result result = writer.write(directory, keyset, actor);
    BackupManifest manifest = result.manifest();
    out.printf(
        Locale.ROOT,
        "Backup written to %s in %.1f s: database dump %.1f MiB, %,d evidence file(s) %.1f MiB.%n",
        result.directory(),
        result.took().toMillis() / 1000.0,
        result.dumpBytes() / MIB,
        result.evidenceFiles(),
        result.evidenceBytes() / MIB);
    out.printf(
        Locale.ROOT,
        "  schema version %s, %,d tables, %,d rows; audit chain head: seq %d hash %s (%,d"
            + " events)%n",
        manifest.schemaVersion(),
        manifest.counts().size(),
        manifest.counts().values().stream().mapToLong(Long::longValue).sum(),
        manifest.auditHead().seq(),
        manifest.auditHead().hash(),
        manifest.auditHead().events());
    out.println(
        "  "
            + BackupManifest.FILE
            + " SHA-256: "
            + result.manifestSha256()
            + " (record it apart from the backup: it shows later that the manifest is unchanged)");
    for (String warning : result.warnings()) {
      out.println("WARNING: " + warning);
    }
    if (manifest.sealingKeysetIncluded()) {
      out.println(
          "WARNING: THIS BACKUP HOLDS THE SEALING KEYSET ("
              + BackupManifest.KEYSET_FILE
              + "): anyone who has the backup can read every sealed witness identity. Encrypt it"
              + " (docs/BACKUP.md) and never store it unencrypted or off-site as it is.");
    } else {
      out.println(KEYSET_NOT_INCLUDED);
    }
  }

  private static void restore(
      PrintStream out, BackupRestorer restorer, Path directory, BackupManifest checked, Actor actor)
      throws Exception {
    BackupRestorer.Report report = restorer.restore(directory, checked, actor);
    BackupManifest manifest = report.manifest();
    out.printf(
        Locale.ROOT,
        "Restored the backup of %s (Sightline %s, schema version %s) in %.1f s.%n",
        manifest.createdAt(),
        manifest.sightlineVersion(),
        manifest.schemaVersion(),
        report.took().toMillis() / 1000.0);
    out.printf(
        Locale.ROOT,
        "  database: %,d tables, %,d rows, counts as in the manifest; schema now at version %s%n",
        report.tables(),
        report.rows(),
        report.schemaVersionAfter());
    out.printf(
        Locale.ROOT,
        "  audit chain: intact, %,d events, head seq %d hash %s as in the manifest%n",
        report.auditEvents(),
        manifest.auditHead().seq(),
        manifest.auditHead().hash());
    out.printf(
        Locale.ROOT,
        "  evidence: %,d file(s) (%.1f MiB) copied; %,d evidence item(s) verified by SHA-256%s%n",
        report.evidenceFiles(),
        report.evidenceBytes() / MIB,
        report.evidenceItemsVerified(),
        report.evidenceMissingAtBackup() == 0
            ? ""
            : String.format(
                Locale.ROOT,
                " (%,d were missing already when the backup was made)",
                report.evidenceMissingAtBackup()));
    out.printf(
        Locale.ROOT,
        "  sealed witness identities: %,d of %,d unsealed with the configured keyset%n",
        report.sealedUnsealed(),
        report.sealedIdentities());
    if (manifest.sealingKeysetIncluded()) {
      out.println(
          "  The backup holds a copy of the sealing keyset ("
              + BackupManifest.KEYSET_FILE
              + "); it was not installed: the configured keyset was used.");
    }
    for (String problem : report.problems()) {
      out.println("PROBLEM: " + problem);
    }
    if (!report.problems().isEmpty()) {
      throw new BackupException(
          "restored, but verification failed: "
              + report.problems().get(0)
              + (report.problems().size() > 1
                  ? " (and " + (report.problems().size() - 1) + " more problem(s) above)"
                  : ""));
    }
    out.println("Verified. Start the server on this configuration.");
  }

  /** Says why the command failed in one line on standard error, without a stack trace. */
  @Override
  public void onError(Cli cli, Namespace namespace, Throwable failure) {
    cli.getStdErr().println("sightline " + getName() + ": " + CommandFailure.describe(failure));
    cli.getStdErr().flush();
  }
}
