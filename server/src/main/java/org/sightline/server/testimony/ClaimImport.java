package org.sightline.server.testimony;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.geom.GeoJsonGeometryWriter;
import org.sightline.geodata.io.ImportReport;
import org.sightline.geodata.testimony.io.ClaimCsv;
import org.sightline.geodata.testimony.io.ClaimCsvReader;
import org.sightline.geodata.testimony.io.ClaimPlace;
import org.sightline.geodata.testimony.io.ClaimRow;
import org.sightline.geodata.testimony.io.TimeMapClaim;
import org.sightline.geodata.testimony.io.TimeMapImport;
import org.sightline.geodata.testimony.io.TimeMapOptions;
import org.sightline.geodata.testimony.io.TimeMapReader;
import org.sightline.geodata.testimony.io.TimeMapSource;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.errors.DomainException;
import org.sightline.server.errors.InvalidFieldsException;

/**
 * Imports claims from a CSV file ({@link ClaimCsvReader}) or a Forensic Architecture TimeMap export
 * ({@link TimeMapReader}) for one organisation, in one attributed transaction: all or nothing.
 * Re-runnable: a claim or document whose external reference the organisation has already is {@code
 * unchanged} (edits go through the API). A dry run does everything, reports, and rolls back. The
 * imported claims are corroborated together at the end, in the same transaction. Thread-safe.
 */
public final class ClaimImport {
  /** The document that TimeMap events with no source are claims of, one per organisation. */
  static final String TIMEMAP_DATASET_REF = "timemap-dataset";

  private final AttributedTransactions transactions;
  private final Claims claims;
  private final Documents documents;
  private final Claims.ClaimsChanged changed;

  public ClaimImport(
      AttributedTransactions transactions,
      Claims claims,
      Documents documents,
      Claims.ClaimsChanged changed) {
    this.transactions = transactions;
    this.claims = claims;
    this.documents = documents;
    this.changed = changed;
  }

  /** Marks a dry run's transaction for rollback, carrying its report out. */
  private static final class DryRunRollback extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ImportReport report;

    DryRunRollback(ImportReport report) {
      super("dry run", null, false, false);
      this.report = report;
    }
  }

  /**
   * Imports a claims CSV for {@code organisation}. Rows name their testimony or document by the
   * organisation's external reference.
   *
   * @throws InvalidDataException when the file cannot be read as a whole (one message)
   */
  public ImportReport csv(Actor actor, String organisation, byte[] bytes, boolean dryRun) {
    ClaimCsv csv = new ClaimCsvReader().read(bytes);
    return run(
        actor,
        dryRun,
        handle -> {
          Organisations.require(handle, "organisation", organisation);
          Outcomes outcomes = new Outcomes();
          for (ClaimRow row : csv.claims()) {
            outcomes.store(
                row.ref(),
                () -> {
                  Long testimony = null;
                  Long document = null;
                  if (row.testimonyRef() != null) {
                    testimony =
                        handle
                            .attach(TestimonyDao.class)
                            .byExternalRef(organisation, row.testimonyRef())
                            .orElseThrow(
                                () ->
                                    new InvalidDataException(
                                        "testimony_ref: organisation '"
                                            + organisation
                                            + "' has no testimony '"
                                            + row.testimonyRef()
                                            + "'"))
                            .id();
                  } else {
                    document =
                        handle
                            .attach(DocumentDao.class)
                            .byExternalRef(organisation, row.documentRef())
                            .orElseThrow(
                                () ->
                                    new InvalidDataException(
                                        "document_ref: organisation '"
                                            + organisation
                                            + "' has no document '"
                                            + row.documentRef()
                                            + "'"))
                            .id();
                  }
                  return storeClaim(
                      handle,
                      actor,
                      organisation,
                      row.ref(),
                      new ClaimEdit(
                          testimony,
                          document,
                          organisation,
                          row.sharing().code(),
                          row.type().code(),
                          row.description(),
                          row.perpetratorUnit(),
                          row.victimsMin(),
                          row.victimsMax(),
                          row.informationGrade().code(),
                          row.witnessRelation() == null ? null : row.witnessRelation().code(),
                          row.heardFrom(),
                          null,
                          isEdtfLike(row.time()) ? row.time() : null,
                          isEdtfLike(row.time()) ? null : row.time(),
                          row.places().stream().map(ClaimImport::place).toList(),
                          row.ref()),
                      outcomes);
                });
          }
          return finish(handle, outcomes, outcomes.report(dryRun, csv.items(outcomes::outcome)));
        });
  }

  /**
   * Imports a TimeMap export (events, sources, associations) for {@code organisation}: each source
   * becomes a document ({@code timemap-source:<id>}), each event and source a claim of it.
   */
  public ImportReport timeMap(
      Actor actor, String organisation, byte[] json, TimeMapOptions options, boolean dryRun) {
    TimeMapImport read = new TimeMapReader(options).read(json);
    return run(
        actor,
        dryRun,
        handle -> {
          Organisations.require(handle, "organisation", organisation);
          Outcomes outcomes = new Outcomes();
          Map<String, Long> documentIds = new HashMap<>();
          DocumentDao documentDao = handle.attach(DocumentDao.class);
          for (TimeMapSource source : read.sources()) {
            outcomes.store(
                source.externalRef(),
                () -> {
                  var existing = documentDao.byExternalRef(organisation, source.externalRef());
                  if (existing.isPresent()) {
                    documentIds.put(source.externalRef(), existing.get().id());
                    return "unchanged";
                  }
                  DocumentView created =
                      documents.insert(
                          handle,
                          actor,
                          new DocumentDao.Fields(
                              organisation,
                              source.sharing().code(),
                              source.kind().code(),
                              source.title(),
                              source.url(),
                              null,
                              null,
                              "F",
                              source.externalRef()),
                          false);
                  documentIds.put(source.externalRef(), created.id());
                  return "created";
                });
          }
          for (TimeMapClaim claim : read.claims()) {
            outcomes.store(
                claim.externalRef(),
                () -> {
                  Long document =
                      claim.documentRef() == null
                          ? dataset(handle, actor, organisation)
                          : documentIds.get(claim.documentRef());
                  if (document == null) {
                    throw new InvalidDataException(
                        "source '"
                            + claim.sourceId()
                            + "' of event '"
                            + claim.eventId()
                            + "' was not imported");
                  }
                  ClaimPlace.AtPoint at = claim.place();
                  return storeClaim(
                      handle,
                      actor,
                      organisation,
                      claim.externalRef(),
                      new ClaimEdit(
                          null,
                          document,
                          organisation,
                          claim.sharing().code(),
                          claim.type().code(),
                          claim.description(),
                          null,
                          null,
                          null,
                          claim.informationGrade().code(),
                          null,
                          null,
                          null,
                          claim.time(),
                          claim.timeStated(),
                          List.of(place(at)),
                          claim.externalRef()),
                      outcomes);
                });
          }
          return finish(handle, outcomes, outcomes.report(dryRun, read.items(outcomes::outcome)));
        });
  }

  /** Corroborates what was imported together, once, before the transaction commits. */
  private ImportReport finish(Handle handle, Outcomes outcomes, ImportReport report) {
    if (report.errors() == 0 && !outcomes.created.isEmpty()) {
      changed.after(handle, outcomes.created);
    }
    return report;
  }

  private Long dataset(Handle handle, Actor actor, String organisation) {
    DocumentDao dao = handle.attach(DocumentDao.class);
    return dao.byExternalRef(organisation, TIMEMAP_DATASET_REF)
        .map(DocumentView::id)
        .orElseGet(
            () ->
                documents
                    .insert(
                        handle,
                        actor,
                        new DocumentDao.Fields(
                            organisation,
                            "staff-only",
                            "dataset",
                            "TimeMap events without a source",
                            null,
                            null,
                            null,
                            "F",
                            TIMEMAP_DATASET_REF),
                        false)
                    .id());
  }

  private String storeClaim(
      Handle handle, Actor actor, String organisation, String ref, ClaimEdit edit, Outcomes out) {
    if (handle.attach(ClaimDao.class).byExternalRef(organisation, ref).isPresent()) {
      return "unchanged";
    }
    ClaimView stored = claims.insert(handle, actor, CheckedClaim.check(edit), false);
    out.created.add(stored.id());
    return "created";
  }

  private static ClaimEdit.PlaceEdit place(ClaimPlace place) {
    if (place instanceof ClaimPlace.AtPoint p) {
      return new ClaimEdit.PlaceEdit(
          List.of(p.lon(), p.lat()), p.radiusM(), null, null, null, p.description());
    }
    if (place instanceof ClaimPlace.InFacility f) {
      return new ClaimEdit.PlaceEdit(null, null, null, f.facilityId(), f.zone(), f.description());
    }
    ClaimPlace.InArea a = (ClaimPlace.InArea) place;
    return new ClaimEdit.PlaceEdit(
        null, null, GeoJsonGeometryWriter.toNode(a.area()), null, null, a.description());
  }

  /** EDTF starts with a digit, '.', '/' or 'X'; a witness's words do not. */
  private static boolean isEdtfLike(String time) {
    return time.matches("[0-9X./].*") && !time.matches(".*[가-힣a-zA-WYZ ].*");
  }

  @FunctionalInterface
  private interface Work {
    ImportReport run(Handle handle);
  }

  private ImportReport run(Actor actor, boolean dryRun, Work work) {
    try {
      return transactions.inTransaction(
          actor,
          handle -> {
            ImportReport report = work.run(handle);
            if (dryRun || report.errors() > 0) {
              throw new DryRunRollback(report);
            }
            return report;
          });
    } catch (DryRunRollback rollback) {
      return rollback.report;
    }
  }

  /** What storing each reference did, and the errors of those that failed. */
  private static final class Outcomes {
    final Map<String, String> outcomes = new LinkedHashMap<>();
    final Map<String, List<String>> errors = new LinkedHashMap<>();
    final Set<Long> created = new LinkedHashSet<>();

    interface Store {
      String store();
    }

    void store(String ref, Store store) {
      try {
        outcomes.put(ref, store.store());
      } catch (InvalidFieldsException e) {
        errors.put(ref, e.problems());
      } catch (InvalidDataException e) {
        errors.put(ref, e.problems());
      } catch (DomainException e) {
        errors.put(ref, List.of(e.getMessage()));
      }
    }

    String outcome(String ref) {
      return errors.containsKey(ref) ? "error" : outcomes.getOrDefault(ref, "error");
    }

    ImportReport report(boolean dryRun, List<ImportReport.Item> read) {
      List<ImportReport.Item> items = new ArrayList<>();
      for (ImportReport.Item item : read) {
        List<String> stored = item.id() == null ? null : errors.get(item.id());
        if (stored == null) {
          items.add(item);
        } else {
          items.add(
              new ImportReport.Item(
                  item.index(),
                  item.label(),
                  item.kind(),
                  item.id(),
                  "error",
                  String.join("; ", stored),
                  stored,
                  item.warnings()));
        }
      }
      int failed = (int) items.stream().filter(i -> "error".equals(i.outcome())).count();
      int createdCount = (int) items.stream().filter(i -> "created".equals(i.outcome())).count();
      int unchanged = (int) items.stream().filter(i -> "unchanged".equals(i.outcome())).count();
      return new ImportReport(
          dryRun, !dryRun && failed == 0, createdCount, unchanged, failed, items);
    }
  }
}
