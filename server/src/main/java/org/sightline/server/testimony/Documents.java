package org.sightline.server.testimony;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.sightline.geodata.testimony.DocumentKind;
import org.sightline.geodata.testimony.Sharing;
import org.sightline.geodata.testimony.SourceGrade;
import org.sightline.geodata.text.FieldText;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.errors.ConflictException;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.errors.StaleVersionException;
import org.sightline.server.registry.FieldProblems;

/**
 * Documentary sources and their lineage: recorded, read, replaced (with the version read) and
 * soft-deleted (with a reason). An origin must exist, and lineage never forms a cycle. Thread-safe.
 */
public final class Documents {
  private final AttributedTransactions transactions;
  private final Clock clock;

  public Documents(AttributedTransactions transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
  }

  public DocumentView record(Actor actor, DocumentEdit edit) {
    return record(actor, edit, false);
  }

  public DocumentView record(Actor actor, DocumentEdit edit, boolean synthetic) {
    DocumentDao.Fields fields = check(edit);
    return transactions.inTransaction(actor, handle -> insert(handle, actor, fields, synthetic));
  }

  DocumentView insert(Handle handle, Actor actor, DocumentDao.Fields fields, boolean synthetic) {
    DocumentDao dao = handle.attach(DocumentDao.class);
    checkReferences(handle, fields, null);
    if (fields.externalRef() != null) {
      dao.byExternalRef(fields.organisation(), fields.externalRef())
          .ifPresent(
              existing -> {
                throw new ConflictException(
                    "organisation '"
                        + fields.organisation()
                        + "' has document "
                        + existing.id()
                        + " with externalRef '"
                        + fields.externalRef()
                        + "' already");
              });
    }
    long id = dao.insert(fields, synthetic, actor.name());
    return dao.document(id).orElseThrow();
  }

  public DocumentView get(long id) {
    return transactions
        .jdbi()
        .withExtension(DocumentDao.class, dao -> dao.document(id))
        .orElseThrow(() -> notFound(id));
  }

  public List<DocumentView> list(long afterId, int limit) {
    Witnesses.checkLimit(limit);
    return transactions.jdbi().withExtension(DocumentDao.class, dao -> dao.list(afterId, limit));
  }

  public DocumentView replace(Actor actor, long id, int expectedVersion, DocumentEdit edit) {
    DocumentDao.Fields fields = check(edit);
    return transactions.inTransaction(
        actor,
        handle -> {
          DocumentDao dao = handle.attach(DocumentDao.class);
          requireVersion(dao, id, expectedVersion);
          checkReferences(handle, fields, id);
          dao.update(id, fields, actor.name());
          return dao.document(id).orElseThrow();
        });
  }

  /** Soft-deletes a document; refused while claims rest on it or documents derive from it. */
  public Deleted delete(Actor actor, long id, int expectedVersion, String reason) {
    String why = Deletions.reason(reason);
    return transactions.inTransaction(
        actor,
        handle -> {
          DocumentDao dao = handle.attach(DocumentDao.class);
          requireVersion(dao, id, expectedVersion);
          int claims = dao.liveClaims(id);
          int derived = dao.liveDerived(id);
          if (claims > 0 || derived > 0) {
            throw new ConflictException(
                "document "
                    + id
                    + " is the source of "
                    + claims
                    + " live claims and the origin of "
                    + derived
                    + " documents; delete or re-point those first");
          }
          int version = dao.document(id).orElseThrow().version();
          dao.softDelete(id, actor.name(), why);
          return new Deleted("document", id, version + 1, why);
        });
  }

  DocumentDao.Fields check(DocumentEdit edit) {
    if (edit == null) {
      throw new InvalidInputException(
          "the body must be a document: {\"organisation\": \"...\", \"kind\": \"report\","
              + " \"title\": \"...\"}");
    }
    FieldProblems problems = new FieldProblems();
    String organisation =
        problems.check(() -> FieldText.required("organisation", edit.organisation(), 64));
    Sharing sharing =
        problems.check(
            () -> edit.sharing() == null ? Sharing.STAFF_ONLY : Sharing.fromCode(edit.sharing()));
    DocumentKind kind =
        problems.check(
            () -> {
              if (edit.kind() == null) {
                throw new InvalidInputException(
                    "kind is required: report, article, media, dataset or other");
              }
              return DocumentKind.fromCode(edit.kind());
            });
    String title = problems.check(() -> FieldText.required("title", edit.title(), 500));
    String url = problems.check(() -> url(edit.url()));
    LocalDate publishedOn =
        problems.check(
            () ->
                edit.publishedOn() == null
                    ? null
                    : CheckedTestimony.date(
                        "publishedOn", edit.publishedOn(), LocalDate.now(clock)));
    SourceGrade grade =
        problems.check(
            () ->
                edit.sourceGrade() == null
                    ? SourceGrade.F
                    : SourceGrade.fromCode(edit.sourceGrade()));
    String externalRef =
        problems.check(() -> FieldText.optional("externalRef", edit.externalRef(), 200));
    problems.throwIfAny();
    return new DocumentDao.Fields(
        organisation,
        sharing.code(),
        kind.code(),
        title,
        url,
        publishedOn,
        edit.origin(),
        grade.code(),
        externalRef);
  }

  private static String url(String value) {
    String text = FieldText.optional("url", value, 2000);
    if (text == null) {
      return null;
    }
    try {
      URI uri = new URI(text);
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          || uri.getHost() == null) {
        throw new InvalidInputException("url: '" + text + "' must be an http or https address");
      }
    } catch (URISyntaxException e) {
      throw new InvalidInputException("url: '" + text + "' is not an address: " + e.getReason());
    }
    return text;
  }

  private static void checkReferences(Handle handle, DocumentDao.Fields fields, Long self) {
    Organisations.require(handle, "organisation", fields.organisation());
    if (fields.origin() == null) {
      return;
    }
    DocumentDao dao = handle.attach(DocumentDao.class);
    DocumentView origin =
        dao.document(fields.origin())
            .orElseThrow(() -> new InvalidInputException("origin: no document " + fields.origin()));
    if (self != null) {
      Long step = origin.id();
      for (int depth = 0; step != null && depth < 100; depth++) {
        if (step.equals(self)) {
          throw new InvalidInputException(
              "origin: document "
                  + fields.origin()
                  + " derives from document "
                  + self
                  + " already; lineage cannot form a cycle");
        }
        step = dao.document(step).map(DocumentView::origin).orElse(null);
      }
    }
  }

  private static void requireVersion(DocumentDao dao, long id, int expectedVersion) {
    int version = dao.lock(id).orElseThrow(() -> notFound(id));
    if (version != expectedVersion) {
      throw new StaleVersionException("document " + id, expectedVersion, version);
    }
  }

  private static EntityNotFoundException notFound(long id) {
    return new EntityNotFoundException("no document " + id);
  }
}
