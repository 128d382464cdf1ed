package org.sightline.server.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The text each audit row's hash covers, built independently of the database's {@code
 * audit_canonical_text} (V003) so that verification does not trust the code it checks. Each field
 * ends with a newline; NULL is empty; the time is UTC with microseconds.
 */
public final class AuditCanonicalText {
  public static final String GENESIS_HASH = "0".repeat(64);
  private static final DateTimeFormatter MICROS_UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private AuditCanonicalText() {}

  public static String of(AuditEvent e) {
    return "sightline-audit-v1\n"
        + e.seq()
        + "\n"
        + MICROS_UTC.format(e.occurredAt())
        + "\n"
        + e.actor()
        + "\n"
        + e.action()
        + "\n"
        + e.entityType()
        + "\n"
        + e.entityId()
        + "\n"
        + nullToEmpty(e.beforeHash())
        + "\n"
        + nullToEmpty(e.afterHash())
        + "\n"
        + nullToEmpty(e.detailJson())
        + "\n"
        + e.prevHash()
        + "\n";
  }

  /** The hash a row with these fields must carry. */
  public static String hashOf(AuditEvent e) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(of(e).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
