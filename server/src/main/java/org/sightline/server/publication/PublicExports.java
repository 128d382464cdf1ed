package org.sightline.server.publication;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.text.FieldText;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.auth.Role;
import org.sightline.server.auth.SightlineUser;
import org.sightline.server.errors.ConflictException;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.ForbiddenException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.errors.StaleVersionException;

/**
 * Public exports need an approval: an advocate asks for files of the public layers (formats and
 * filters), a second advocate approves, and in that one attributed transaction the files are
 * generated under the active redaction policy ({@link PublicExportFiles}) and stored with their
 * manifest; or an advocate rejects the request, with a note. An approved export may be withdrawn,
 * with a reason: its files are then no longer served. Every change names the export's version
 * ({@code If-Match}) and is audited (row triggers). The public sees approved exports only.
 * Thread-safe.
 */
public final class PublicExports {
  private static final int MAX_NOTE = 2000;
  private static final int LIST_LIMIT = 500;

  private final AttributedTransactions transactions;

  public PublicExports(AttributedTransactions transactions) {
    this.transactions = transactions;
  }

  /** Records a request (an advocate). */
  public PublicExport request(SightlineUser user, JsonNode body) {
    requireAdvocate(user, "requesting a public export");
    PublicExportRequest request = PublicExportRequest.parse(body);
    return transactions.inTransaction(
        Actor.of(user),
        handle -> {
          PublicExportDao dao = handle.attach(PublicExportDao.class);
          long id =
              dao.request(
                  request.filtersJson().toString(),
                  request.formats().toArray(String[]::new),
                  request.title(),
                  Actor.of(user).name(),
                  request.note());
          return dao.find(id).orElseThrow();
        });
  }

  /**
   * Approves a request (an advocate who did not ask for it): generates and stores its files.
   *
   * @return the approved export
   */
  public PublicExport approve(SightlineUser user, long id, int expectedVersion, String note) {
    requireAdvocate(user, "approving a public export");
    String checkedNote = optional("note", note);
    Actor actor = Actor.of(user);
    return transactions.inTransaction(
        actor,
        handle -> {
          PublicExportDao dao = handle.attach(PublicExportDao.class);
          PublicExport export = lockedForDecision(dao, id, expectedVersion, actor, "approve");
          PublicExportFiles.Result result =
              PublicExportFiles.generate(
                  handle,
                  export.id(),
                  PublicExportRequest.stored(export.title(), export.formats(), export.filters()));
          int ordinal = 0;
          for (PublicExportFiles.Generated file : result.files()) {
            dao.insertFile(
                export.id(),
                file.name(),
                file.mediaType(),
                file.bytes(),
                file.sha256(),
                file.size(),
                ordinal++);
          }
          dao.approve(
              export.id(),
              export.version(),
              actor.name(),
              checkedNote,
              result.policy().version(),
              result.manifest().toString());
          return dao.find(export.id()).orElseThrow();
        });
  }

  /** Rejects a request (an advocate who did not ask for it), with a note. */
  public PublicExport reject(SightlineUser user, long id, int expectedVersion, String note) {
    requireAdvocate(user, "rejecting a public export");
    String reason = required("note", note, "rejecting");
    Actor actor = Actor.of(user);
    return transactions.inTransaction(
        actor,
        handle -> {
          PublicExportDao dao = handle.attach(PublicExportDao.class);
          PublicExport export = lockedForDecision(dao, id, expectedVersion, actor, "reject");
          dao.reject(export.id(), export.version(), actor.name(), reason);
          return dao.find(export.id()).orElseThrow();
        });
  }

  /** Withdraws an approved export (an advocate), with a reason: its files are no longer served. */
  public PublicExport withdraw(SightlineUser user, long id, int expectedVersion, String reason) {
    requireAdvocate(user, "withdrawing a public export");
    String why = required("reason", reason, "withdrawing");
    Actor actor = Actor.of(user);
    return transactions.inTransaction(
        actor,
        handle -> {
          PublicExportDao dao = handle.attach(PublicExportDao.class);
          PublicExport export = locked(dao, id, expectedVersion);
          if (!export.isPublic()) {
            throw new ConflictException(
                "public export "
                    + id
                    + " is "
                    + export.state()
                    + "; only an approved one can be"
                    + " withdrawn");
          }
          dao.withdraw(export.id(), export.version(), actor.name(), why);
          return dao.find(export.id()).orElseThrow();
        });
  }

  /** One export: any state for staff, approved only for the public (else not found). */
  public PublicExport get(long id, boolean staff) {
    PublicExport export =
        transactions
            .jdbi()
            .withExtension(PublicExportDao.class, dao -> dao.find(id))
            .orElseThrow(() -> notFound(id));
    if (!staff && !export.isPublic()) {
      throw notFound(id);
    }
    return export;
  }

  /** The newest exports: every state for staff, approved only for the public. */
  public List<PublicExport> list(boolean staff) {
    return transactions
        .jdbi()
        .withExtension(PublicExportDao.class, dao -> dao.list(!staff, LIST_LIMIT));
  }

  /** An export's stored files, without their bytes (empty until approved). */
  public List<PublicExport.File> files(long id) {
    return transactions.jdbi().withExtension(PublicExportDao.class, dao -> dao.files(id));
  }

  /**
   * One file of an approved export, with its bytes; a withdrawn, rejected or waiting export serves
   * none.
   */
  public PublicExport.File file(long id, String name) {
    PublicExport export = get(id, true);
    if (PublicExport.WITHDRAWN.equals(export.state())) {
      throw new EntityNotFoundException(
          "public export " + id + " was withdrawn; its files are no longer served");
    }
    if (!export.isPublic()) {
      throw notFound(id);
    }
    return transactions
        .jdbi()
        .withExtension(PublicExportDao.class, dao -> dao.file(id, name))
        .orElseThrow(
            () ->
                new EntityNotFoundException(
                    "public export " + id + " has no file '" + name + "'; see its manifest"));
  }

  private static PublicExport locked(PublicExportDao dao, long id, int expectedVersion) {
    PublicExport export = dao.lock(id).orElseThrow(() -> notFound(id));
    if (export.version() != expectedVersion) {
      throw new StaleVersionException("public export " + id, expectedVersion, export.version());
    }
    return export;
  }

  private static PublicExport lockedForDecision(
      PublicExportDao dao, long id, int expectedVersion, Actor actor, String verb) {
    PublicExport found = dao.lock(id).orElseThrow(() -> notFound(id));
    if (actor.name().equals(found.requestedBy())) {
      throw new ForbiddenException(
          "a public export needs a second person: you requested export "
              + id
              + "; another advocate must "
              + verb
              + " it");
    }
    PublicExport export = locked(dao, id, expectedVersion);
    if (!PublicExport.REQUESTED.equals(export.state())) {
      throw new ConflictException(
          "public export "
              + id
              + " is "
              + export.state()
              + "; only a requested one can be "
              + (verb.equals("approve") ? "approved" : "rejected"));
    }
    return export;
  }

  private static void requireAdvocate(SightlineUser user, String what) {
    if (!user.hasRole(Role.ADVOCATE)) {
      throw new ForbiddenException(what + " needs the advocate role");
    }
  }

  private static String optional(String field, String value) {
    try {
      return FieldText.optional(field, value, MAX_NOTE);
    } catch (InvalidDataException e) {
      throw new InvalidInputException(
          e.getMessage().startsWith(field) ? e.getMessage() : field + ": " + e.getMessage());
    }
  }

  private static String required(String field, String value, String action) {
    String text = optional(field, value);
    if (text == null) {
      throw new InvalidInputException(field + " is required: no " + action + " without saying why");
    }
    return text;
  }

  private static EntityNotFoundException notFound(long id) {
    return new EntityNotFoundException("there is no public export " + id);
  }
}
