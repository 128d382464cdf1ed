package org.sightline.server.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.io.ImportFeature;
import org.sightline.geodata.io.ImportReport;
import org.sightline.geodata.text.IdSlug;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.errors.ConflictException;
import org.sightline.server.errors.DomainException;
import org.sightline.server.errors.InvalidFieldsException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.registry.BoundaryEdit;
import org.sightline.server.registry.DatedAreas;
import org.sightline.server.registry.FacilityEdit;
import org.sightline.server.registry.FacilityRegistry;
import org.sightline.server.registry.ZoneEdit;

/**
 * Imports facilities, boundary versions and zone versions read from GeoJSON, KML or CSV.
 *
 * <p>What each feature is: one with {@code zoneKey} is a zone version; one with {@code facilityId}
 * is a boundary version (so is a KML polygon without {@code type} inside a folder whose name is a
 * facility id, lower case with '-'); anything else is a facility (its id from {@code id}, or made
 * from its names: {@link ImportedId}). Facilities are imported before boundaries and zones, so a
 * file may carry both. Facilities without type or status get the {@link ImportDefaults}; boundaries
 * and zones without basis or confidence get {@code approximate} and {@code low}; the report warns
 * of each: never presented as surveyed. A made id that is taken by a different facility is a
 * conflict (never a silent suffix). Every problem of a feature is reported, not only the first.
 *
 * <p>All or nothing, and repeatable: everything runs in one attributed transaction, each feature in
 * a savepoint so that every error is reported; a dry run, or a run with any error, is rolled back
 * whole. Data identical to what is stored is {@code unchanged}, so re-running an import duplicates
 * nothing. Thread-safe.
 */
public final class FacilityImporter {
  private final AttributedTransactions transactions;
  private final FacilityRegistry registry;
  private final DatedAreas boundaries;
  private final DatedAreas zones;

  public FacilityImporter(
      AttributedTransactions transactions,
      FacilityRegistry registry,
      DatedAreas boundaries,
      DatedAreas zones) {
    this.transactions = transactions;
    this.registry = registry;
    this.boundaries = boundaries;
    this.zones = zones;
  }

  /**
   * @param defaults what a facility without type or status is recorded as
   */
  public ImportReport run(
      Actor actor,
      List<ImportFeature> features,
      boolean dryRun,
      boolean repair,
      ImportDefaults defaults) {
    List<ImportFeature> ordered = new ArrayList<>(features);
    ordered.sort(Comparator.comparingInt(f -> kindOf(f).equals("facility") ? 0 : 1));
    try {
      return transactions.inTransaction(
          actor,
          handle -> {
            List<ImportReport.Item> items = new ArrayList<>();
            for (ImportFeature feature : ordered) {
              items.add(importOne(handle, actor, feature, repair, defaults));
            }
            items.sort(Comparator.comparingInt(ImportReport.Item::index));
            ImportReport report = report(dryRun, items);
            if (dryRun || report.errors() > 0) {
              throw new RollBack(report);
            }
            return new ImportReport(false, true, report.created(), report.unchanged(), 0, items);
          });
    } catch (RollBack rolledBack) {
      return rolledBack.report;
    }
  }

  private static ImportReport report(boolean dryRun, List<ImportReport.Item> items) {
    int created = (int) items.stream().filter(i -> i.outcome().equals("created")).count();
    int unchanged = (int) items.stream().filter(i -> i.outcome().equals("unchanged")).count();
    int errors = (int) items.stream().filter(i -> i.outcome().equals("error")).count();
    return new ImportReport(dryRun, false, created, unchanged, errors, items);
  }

  private ImportReport.Item importOne(
      Handle handle, Actor actor, ImportFeature feature, boolean repair, ImportDefaults defaults) {
    String kind = kindOf(feature);
    String savepoint = "import_" + feature.index();
    handle.savepoint(savepoint);
    String facilityId = null;
    List<String> notes = new ArrayList<>();
    try {
      boolean created;
      switch (kind) {
        case "facility" -> {
          ImportedId importedId = importedId(feature, repair, defaults, notes);
          facilityId = importedId.id();
          if (importedId.made()) {
            notes.add("id not given: '" + importedId.id() + "' " + importedId.madeFrom());
          }
          FacilityEdit edit = facility(feature, importedId.id(), defaults, notes);
          Optional<FacilityRegistry.Written> written;
          try {
            written = registry.createIfAbsent(handle, actor, edit, repair);
          } catch (ConflictException e) {
            throw importedId.made()
                ? new ConflictException(
                    e.getMessage()
                        + " (the id was "
                        + importedId.madeFrom()
                        + ": if this is another facility, give it its own id)")
                : e;
          }
          created = written.isPresent();
          written.ifPresent(w -> notes.addAll(w.repairs()));
        }
        case "boundary" -> {
          facilityId = boundaryFacility(feature);
          Optional<DatedAreas.Added> added =
              boundaries.addIfAbsent(
                  handle,
                  actor,
                  facilityId,
                  new BoundaryEdit(
                      feature.geometry(),
                      feature.field("validFrom"),
                      feature.field("validTo"),
                      withDefault(feature, "basis", "approximate", notes),
                      withDefault(feature, "confidence", "low", notes),
                      feature.field("sceneId"),
                      feature.list("sourceIds"),
                      feature.field("note")),
                  repair);
          created = added.isPresent();
          added.ifPresent(a -> notes.addAll(a.repairs()));
        }
        default -> {
          facilityId =
              feature.field("facilityId") != null
                  ? feature.field("facilityId")
                  : feature.field("folder");
          if (facilityId == null) {
            throw new InvalidInputException("a zone needs facilityId");
          }
          Optional<DatedAreas.Added> added =
              zones.addIfAbsent(
                  handle,
                  actor,
                  facilityId,
                  new ZoneEdit(
                      feature.field("zoneKey"),
                      feature.field("name"),
                      feature.field("nameKo"),
                      feature.field("kind"),
                      feature.geometry(),
                      feature.field("validFrom"),
                      feature.field("validTo"),
                      withDefault(feature, "basis", "approximate", notes),
                      withDefault(feature, "confidence", "low", notes),
                      feature.field("sceneId"),
                      feature.list("sourceIds"),
                      feature.field("note")),
                  repair);
          created = added.isPresent();
          added.ifPresent(a -> notes.addAll(a.repairs()));
        }
      }
      handle.releaseSavepoint(savepoint);
      return new ImportReport.Item(
          feature.index(),
          feature.label(),
          kind,
          facilityId,
          created ? "created" : "unchanged",
          notes.isEmpty() ? null : String.join("; ", notes),
          List.of(),
          notes);
    } catch (InvalidFieldsException e) {
      handle.rollbackToSavepoint(savepoint);
      return failed(feature, kind, facilityId, e.problems(), notes);
    } catch (InvalidDataException e) {
      handle.rollbackToSavepoint(savepoint);
      return failed(feature, kind, facilityId, e.problems(), notes);
    } catch (DomainException e) {
      handle.rollbackToSavepoint(savepoint);
      return failed(feature, kind, facilityId, List.of(e.getMessage()), notes);
    } catch (RuntimeException e) {
      handle.rollbackToSavepoint(savepoint);
      return failed(
          feature, kind, facilityId, List.of("could not be stored: " + rootMessage(e)), notes);
    }
  }

  private static ImportReport.Item failed(
      ImportFeature feature,
      String kind,
      String facilityId,
      List<String> errors,
      List<String> warnings) {
    return new ImportReport.Item(
        feature.index(),
        feature.label(),
        kind,
        facilityId,
        "error",
        String.join("; ", errors),
        errors,
        warnings);
  }

  /**
   * The feature's id, given or made from its names.
   *
   * @param notes where the defaults that the other checks assumed are noted, when no id can be made
   * @throws InvalidFieldsException when none can be made: that, and every other problem of the
   *     feature
   */
  private static ImportedId importedId(
      ImportFeature feature, boolean repair, ImportDefaults defaults, List<String> notes) {
    try {
      return ImportedId.of(feature);
    } catch (InvalidInputException e) {
      List<String> problems = new ArrayList<>();
      problems.add(e.getMessage());
      problems.addAll(
          FacilityRegistry.problemsBesideId(facility(feature, null, defaults, notes), repair));
      throw new InvalidFieldsException(problems);
    }
  }

  static String kindOf(ImportFeature feature) {
    if (feature.field("zoneKey") != null) {
      return "zone";
    }
    if (feature.field("facilityId") != null) {
      return "boundary";
    }
    String type = feature.geometry() == null ? "" : feature.geometry().path("type").asText();
    if (feature.field("type") == null
        && feature.field("folder") != null
        && IdSlug.ID.matcher(feature.field("folder")).matches()
        && (type.equals("Polygon") || type.equals("MultiPolygon"))) {
      return "boundary";
    }
    return "facility";
  }

  private static String boundaryFacility(ImportFeature feature) {
    String id = feature.field("facilityId");
    if (id == null) {
      id = feature.field("folder");
    }
    if (id == null) {
      throw new InvalidInputException(
          "which facility is this boundary of? give facilityId"
              + " (KML: ExtendedData, or put the placemark in a folder named after the facility id)");
    }
    return id.strip();
  }

  private static FacilityEdit facility(
      ImportFeature feature, String id, ImportDefaults defaults, List<String> notes) {
    return new FacilityEdit(
        id,
        feature.field("name"),
        feature.field("nameKo"),
        feature.field("nameMr"),
        ImportedId.romanization(feature),
        feature.list("aliases"),
        withDefault(feature, "type", defaults.type(), notes),
        withDefault(feature, "status", defaults.status(), notes),
        feature.field("statusSince"),
        feature.field("controllingAgency"),
        feature.field("province"),
        feature.field("description"),
        feature.geometry());
  }

  private static String withDefault(
      ImportFeature feature, String field, String fallback, List<String> notes) {
    String value = feature.field(field);
    if (value == null) {
      notes.add(field + " not given: recorded as '" + fallback + "'");
      return fallback;
    }
    return value;
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  /** Carries the report out of a transaction that must not commit. */
  private static final class RollBack extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ImportReport report;

    RollBack(ImportReport report) {
      super(null, null, false, false);
      this.report = report;
    }
  }
}
