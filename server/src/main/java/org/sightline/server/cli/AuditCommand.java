package org.sightline.server.cli;

import java.util.Map;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.sightline.server.audit.AuditChainVerifier;
import org.sightline.server.audit.AuditLog;
import org.sightline.server.audit.AuditVerification;

/**
 * {@code audit verify <config.yml> [--anchor-seq N --anchor-hash H]}: re-computes the audit hash
 * chain and reports the first broken link. Exits with status 1 when the chain is broken, so it can
 * run from cron or CI. Save the printed head somewhere else to detect a cut-off tail later.
 */
public final class AuditCommand extends DatabaseCommand {
  public AuditCommand() {
    super("audit", "Verify the tamper-evident audit trail", "verify");
  }

  @Override
  protected void configureOptions(Subparser subparser) {
    subparser
        .addArgument("--anchor-seq")
        .dest("anchorSeq")
        .type(Long.class)
        .help("seq of a head saved earlier, which must still be in the chain");
    subparser.addArgument("--anchor-hash").dest("anchorHash").help("row hash of that head");
  }

  @Override
  protected void run(Context context, String action, Namespace namespace) {
    Long anchorSeq = namespace.getLong("anchorSeq");
    String anchorHash = namespace.getString("anchorHash");
    if ((anchorSeq == null) != (anchorHash == null)) {
      throw new IllegalArgumentException("--anchor-seq and --anchor-hash go together");
    }
    AuditVerification result = new AuditChainVerifier(context.jdbi()).verify(anchorSeq, anchorHash);
    context
        .transactions()
        .useTransaction(
            context.actor(),
            handle ->
                AuditLog.record(
                    handle,
                    "verify",
                    "audit_event",
                    "chain",
                    Map.of("intact", result.intact(), "eventsChecked", result.eventsChecked())));
    if (result.intact()) {
      context.out().println("Audit chain intact: " + result.eventsChecked() + " events checked.");
      context.out().println("Head: seq " + result.headSeq() + " hash " + result.headHash());
      context
          .out()
          .println(
              "Save the head elsewhere; later run: audit verify --anchor-seq "
                  + result.headSeq()
                  + " --anchor-hash "
                  + result.headHash());
    } else {
      // The command line prints this and exits with status 1.
      throw new IllegalStateException(
          "AUDIT CHAIN BROKEN at seq "
              + result.firstBrokenSeq()
              + ": "
              + result.problem()
              + " ("
              + result.eventsChecked()
              + " events read up to there)");
    }
  }
}
