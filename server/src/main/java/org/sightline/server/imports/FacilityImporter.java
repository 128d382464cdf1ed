package org.sightline.server.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.io.ImportFeature;
import org.sightline.geodata.io.ImportReport;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.errors.DomainException;
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
 * is a boundary version (so is a KML polygon without {@code type} inside a folder named after the
 * facility id); anything else is a facility (its id from {@code id}, or made from its name).
 * Facilities are imported before boundaries and zones, so a file may carry both. Boundaries and
 * zones without basis or confidence get {@code approximate} and {@code low}, and the report says
 * so: never presented as surveyed.
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

  public ImportReport run(
      Actor actor, List<ImportFeature> features, boolean dryRun, boolean repair) {
    List<ImportFeature> ordered = new ArrayList<>(features);
    ordered.sort(Comparator.comparingInt(f -> kindOf(f).equals("facility") ? 0 : 1));
    try {
      return transactions.inTransaction(
          actor,
          handle -> {
            List<ImportReport.Item> items = new ArrayList<>();
            for (ImportFeature feature : ordered) {
              items.add(importOne(handle, actor, feature, repair));
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
      Handle handle, Actor actor, ImportFeature feature, boolean repair) {
    String kind = kindOf(feature);
    String savepoint = "import_" + feature.index();
    handle.savepoint(savepoint);
    String facilityId = null;
    try {
      List<String> notes = new ArrayList<>();
      boolean created;
      switch (kind) {
        case "facility" -> {
          FacilityEdit edit = facility(feature);
          facilityId = edit.id();
          Optional<FacilityRegistry.Written> written =
              registry.createIfAbsent(handle, actor, edit, repair);
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
          notes.isEmpty() ? null : String.join("; ", notes));
    } catch (DomainException | InvalidDataException e) {
      handle.rollbackToSavepoint(savepoint);
      return new ImportReport.Item(
          feature.index(), feature.label(), kind, facilityId, "error", e.getMessage());
    } catch (RuntimeException e) {
      handle.rollbackToSavepoint(savepoint);
      return new ImportReport.Item(
          feature.index(),
          feature.label(),
          kind,
          facilityId,
          "error",
          "could not be stored: " + rootMessage(e));
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

  private static FacilityEdit facility(ImportFeature feature) {
    String id = feature.field("id");
    if (id == null && feature.field("name") != null) {
      id = slug(feature.field("name"));
    }
    return new FacilityEdit(
        id,
        feature.field("name"),
        feature.field("nameKo"),
        feature.field("nameMr"),
        feature.field("nameRr"),
        feature.list("aliases"),
        feature.field("type"),
        feature.field("status"),
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

  /** "Camp 15, Yodŏk" -> "camp-15-yodok". */
  static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.length() > 64 ? slug.substring(0, 64).replaceAll("-+$", "") : slug;
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
