package org.sightline.server.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sightline.geodata.text.DisplayText;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.audit.AuditEvent;
import org.sightline.server.audit.AuditLog;
import org.sightline.server.errors.ConflictException;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;

/**
 * Intake, access and transfer of evidence files, each leaving a custody event in the audit trail
 * (entity {@code evidence_item}/id): intake (the insert), {@code resubmit}, {@code read}, {@code
 * download}, {@code transfer}, {@code withdraw} and {@code integrity-failure}. Because the custody
 * log is the hash-chained audit trail, it is as tamper-evident as the rest. Thread-safe.
 */
public final class EvidenceCustody {
  public static final String ENTITY = "evidence_item";
  private static final int MAX_TEXT = 4000;

  private final AttributedTransactions transactions;
  private final EvidenceStore store;
  private final Clock clock;

  public EvidenceCustody(AttributedTransactions transactions, EvidenceStore store, Clock clock) {
    this.transactions = transactions;
    this.store = store;
    this.clock = clock;
  }

  /**
   * Stores {@code body} (hashing it on the way) and registers it, or recognises it as held already.
   * The file is in place before the row commits; if the transaction fails the file stays as an
   * unreferenced, content-addressed copy that a retry simply reuses.
   */
  public Intake receive(
      Actor actor, InputStream body, String filename, String mediaType, String description)
      throws IOException {
    String name = requireFilename(filename);
    String type = normaliseMediaType(mediaType);
    String about = optionalText("description", description);
    StoredContent content = store.receive(body);
    return transactions.inTransaction(
        actor,
        handle -> {
          EvidenceDao items = handle.attach(EvidenceDao.class);
          Optional<Long> id =
              items.insertIfAbsent(
                  new EvidenceDao.Received(
                      content.sha256(),
                      content.sizeBytes(),
                      type,
                      name,
                      about,
                      actor.name(),
                      clock.instant().atOffset(ZoneOffset.UTC)));
          if (id.isPresent()) {
            return new Intake(items.findById(id.get()).orElseThrow(), false);
          }
          EvidenceItem existing = items.findBySha256(content.sha256()).orElseThrow();
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("originalFilename", name);
          detail.put("mediaType", type);
          if (about != null) {
            detail.put("description", about);
          }
          AuditLog.record(handle, "resubmit", ENTITY, Long.toString(existing.id()), detail);
          return new Intake(existing, true);
        });
  }

  /** Metadata, recorded as a {@code read}. */
  public EvidenceItem describe(Actor actor, long id) {
    return transactions.inTransaction(
        actor,
        handle -> {
          EvidenceItem item = find(handle.attach(EvidenceDao.class), id);
          AuditLog.record(handle, "read", ENTITY, Long.toString(id), null);
          return item;
        });
  }

  public List<EvidenceItem> list(Actor actor, long afterId, int limit) {
    return transactions.inTransaction(
        actor,
        handle -> {
          List<EvidenceItem> items = handle.attach(EvidenceDao.class).page(afterId, limit);
          AuditLog.record(
              handle, "list", ENTITY, "after:" + afterId, Map.of("returned", items.size()));
          return items;
        });
  }

  /**
   * Re-hashes the stored file and, when it still matches, records a {@code download} and returns
   * the item to stream; when it does not, records an {@code integrity-failure} and throws.
   */
  public EvidenceItem checkOut(Actor actor, long id, String purpose) throws IOException {
    EvidenceItem item =
        transactions.jdbi().withHandle(handle -> find(handle.attach(EvidenceDao.class), id));
    String actual = store.rehash(item.sha256());
    boolean intact = actual.equals(item.sha256());
    transactions.useTransaction(
        actor,
        handle -> {
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("sha256Verified", intact);
          if (!intact) {
            detail.put("foundSha256", actual.isEmpty() ? "(file missing)" : actual);
          }
          String why = optionalText("purpose", purpose);
          if (why != null) {
            detail.put("purpose", why);
          }
          AuditLog.record(
              handle, intact ? "download" : "integrity-failure", ENTITY, Long.toString(id), detail);
        });
    if (!intact) {
      throw new IntegrityFailureException(id, item.sha256(), actual);
    }
    return item;
  }

  public long maxUploadBytes() {
    return store.maxBytes();
  }

  public InputStream open(EvidenceItem item) throws IOException {
    return store.open(item.sha256());
  }

  /** Records that a copy or the original went to someone outside Sightline. */
  public AuditEvent recordTransfer(
      Actor actor, long id, String recipient, String purpose, String method) {
    String to = requiredText("recipient", recipient);
    String why = requiredText("purpose", purpose);
    String how = optionalText("method", method);
    return transactions.inTransaction(
        actor,
        handle -> {
          find(handle.attach(EvidenceDao.class), id);
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("recipient", to);
          detail.put("purpose", why);
          if (how != null) {
            detail.put("method", how);
          }
          long seq = AuditLog.record(handle, "transfer", ENTITY, Long.toString(id), detail);
          return AuditLog.list(handle, seq - 1, ENTITY, Long.toString(id), 1).get(0);
        });
  }

  /** Withdraws an item from use (soft delete): the bytes and the record stay. */
  public EvidenceItem withdraw(Actor actor, long id, String reason) {
    String why = requiredText("reason", reason);
    return transactions.inTransaction(
        actor,
        handle -> {
          EvidenceDao items = handle.attach(EvidenceDao.class);
          EvidenceItem item = find(items, id);
          if (item.withdrawnAt() != null) {
            throw new ConflictException(
                "evidence " + id + " was already withdrawn at " + item.withdrawnAt());
          }
          items.withdraw(id, clock.instant().atOffset(ZoneOffset.UTC), actor.name(), why);
          return items.findById(id).orElseThrow();
        });
  }

  /**
   * The custody log of one item, oldest first. Reading it is itself recorded, after the list is
   * taken, so the answer ends with the event before this read and the next reader sees this one.
   */
  public List<AuditEvent> custodyLog(Actor actor, long id) {
    return transactions.inTransaction(
        actor,
        handle -> {
          find(handle.attach(EvidenceDao.class), id);
          List<AuditEvent> log = AuditLog.list(handle, 0, ENTITY, Long.toString(id), 10_000);
          AuditLog.record(handle, "read-custody", ENTITY, Long.toString(id), null);
          return log;
        });
  }

  private static EvidenceItem find(EvidenceDao items, long id) {
    return items
        .findById(id)
        .orElseThrow(() -> new EntityNotFoundException("no evidence with id " + id));
  }

  static String requireFilename(String filename) {
    if (filename == null || filename.isBlank()) {
      throw new InvalidInputException(
          "query parameter 'filename' is required: the file's original name");
    }
    String name = filename.strip();
    DisplayText.problem("filename", name, false)
        .ifPresent(
            problem -> {
              throw new InvalidInputException(problem);
            });
    if (name.length() > 255
        || name.chars().anyMatch(Character::isISOControl)
        || name.contains("/")
        || name.contains("\\")
        || name.equals(".")
        || name.equals("..")) {
      throw new InvalidInputException(
          "filename must be a plain file name (no '/' or '\\\\', no control characters,"
              + " at most 255 characters)");
    }
    return name;
  }

  static String normaliseMediaType(String mediaType) {
    if (mediaType == null || mediaType.isBlank()) {
      return "application/octet-stream";
    }
    String type = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!type.matches("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*")) {
      throw new InvalidInputException(
          "Content-Type '" + mediaType + "' is not a media type like application/pdf");
    }
    return type;
  }

  private static String requiredText(String field, String value) {
    String text = optionalText(field, value);
    if (text == null) {
      throw new InvalidInputException(field + " is required");
    }
    return text;
  }

  private static String optionalText(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > MAX_TEXT) {
      throw new InvalidInputException(
          field + " must be at most " + MAX_TEXT + " characters, got " + text.length());
    }
    DisplayText.problem(field, text, true)
        .ifPresent(
            problem -> {
              throw new InvalidInputException(problem);
            });
    return text;
  }
}
