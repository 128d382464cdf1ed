package org.sightline.server.sample;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.sightline.geodata.facility.AreaFields;
import org.sightline.geodata.facility.Facility;
import org.sightline.geodata.facility.SourcedLocation;
import org.sightline.geodata.geom.GeodesicCircle;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.geom.Measures;
import org.sightline.geodata.source.Source;
import org.sightline.imagery.KoreaSentinel2Sample;
import org.sightline.imagery.ParsedItem;
import org.sightline.imagery.Scene;
import org.sightline.imagery.StacItemParser;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.catalogue.SceneStore;
import org.sightline.server.db.SourceDao;
import org.sightline.server.registry.DatedAreaDao;
import org.sightline.server.registry.DatedAreaKind;
import org.sightline.server.registry.FacilityDao;
import org.sightline.server.registry.FacilityFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the sample dataset into the database in one transaction. Re-running it adds nothing that
 * is already there and never overwrites an existing facility (which users may have edited).
 */
public final class SampleDataLoader {
  private static final Logger LOG = LoggerFactory.getLogger(SampleDataLoader.class);

  /** Who the audit trail names for the sample data. */
  public static final Actor ACTOR = Actor.system("sample-data");

  private final AttributedTransactions transactions;

  public SampleDataLoader(Jdbi jdbi) {
    this.transactions = new AttributedTransactions(jdbi);
  }

  /**
   * What a load did.
   *
   * @param agenciesInserted inserted facilities that came with a controlling agency
   * @param agenciesFilled facilities already present whose missing controlling agency was filled in
   */
  public record Report(
      int facilitiesRead,
      int facilitiesInserted,
      int locationsInserted,
      int agenciesInserted,
      int agenciesFilled) {

    /** The start log's line: only what happened, counted as such. */
    public String summary() {
      StringBuilder line =
          new StringBuilder("Sample data: ").append(facilitiesRead).append(" facilities read, ");
      if (facilitiesInserted == 0) {
        line.append("all already present");
      } else {
        line.append(facilitiesInserted)
            .append(" inserted (")
            .append(agenciesInserted)
            .append(" with a controlling agency) with ")
            .append(locationsInserted)
            .append(" sourced locations");
      }
      if (agenciesFilled > 0) {
        line.append("; ")
            .append(agenciesFilled)
            .append(" missing controlling ")
            .append(agenciesFilled == 1 ? "agency" : "agencies")
            .append(" filled in on facilities already present");
      }
      return line.toString();
    }
  }

  /**
   * Loads the bundled Sentinel-2 scenes over Camps 14, 15 and 16 (footprints derived from their
   * MGRS tiles) into the catalogue; unchanged on every later start.
   */
  public SceneStore.BatchResult loadScenes(SceneStore store) {
    try {
      List<Scene> scenes = new ArrayList<>();
      int position = 0;
      for (var item : KoreaSentinel2Sample.items()) {
        ParsedItem parsed = StacItemParser.parse(item, ++position, null);
        if (parsed instanceof ParsedItem.Accepted accepted) {
          scenes.add(accepted.scene());
        } else {
          throw new IllegalStateException(
              "bundled sample scene rejected: " + ((ParsedItem.Rejected) parsed).rejection());
        }
      }
      SceneStore.BatchResult result = store.write(ACTOR, scenes, KoreaSentinel2Sample.RESOURCE);
      LOG.info(
          "Sample scenes: {} inserted, {} updated, {} unchanged",
          result.inserted(),
          result.updated(),
          result.unchanged());
      return result;
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot read the bundled sample scenes: " + e.getMessage(), e);
    }
  }

  /** What applying the editorial additions changed (0 and 0 on every later start). */
  public record AdditionsReport(int namesAdded, int searchAreasAdded) {}

  /**
   * Adds Hangul and romanized names where a facility has none yet, and a placeholder search area
   * (an approximate, low-confidence boundary) where a facility has never had any boundary, even a
   * deleted one. Never overwrites what users entered.
   */
  public AdditionsReport apply(RegistryAdditions additions) {
    AdditionsReport report =
        transactions.inTransaction(
            ACTOR,
            handle -> {
              handle.attach(SourceDao.class).upsert(additions.source());
              int names = 0;
              for (RegistryAdditions.Names n : additions.names()) {
                names +=
                    handle
                        .attach(FacilityDao.class)
                        .fillNames(
                            n.facilityId(), n.nameKo(), n.nameMr(), n.nameRr(), ACTOR.name());
              }
              int areas = 0;
              for (RegistryAdditions.SearchArea area : additions.searchAreas()) {
                Optional<Point> point =
                    handle
                        .attach(FacilityDao.class)
                        .primaryLocationWithoutBoundary(area.facilityId());
                if (point.isEmpty()) {
                  continue;
                }
                Polygon circle = GeodesicCircle.around(point.get(), area.radiusKm(), 64);
                MultiPolygon multi = Geometries.FACTORY.createMultiPolygon(new Polygon[] {circle});
                String note =
                    "Placeholder search area: a circle of "
                        + area.radiusKm()
                        + " km radius around the primary"
                        + " sourced location. No source used here publishes an outline; replace with a boundary digitized from"
                        + " dated imagery.";
                handle
                    .attach(DatedAreaDao.class)
                    .insert(
                        DatedAreaKind.BOUNDARY,
                        area.facilityId(),
                        null,
                        new AreaFields(
                            multi,
                            List.of(),
                            null,
                            null,
                            "approximate",
                            "low",
                            null,
                            List.of(additions.source().id()),
                            note,
                            Measures.areaSqKm(multi),
                            Measures.lengthKm(multi)),
                        ACTOR.name());
                areas++;
              }
              return new AdditionsReport(names, areas);
            });
    LOG.info(
        "Sample additions: {} facilities named in Hangul and romanizations, {} placeholder search areas added",
        report.namesAdded(),
        report.searchAreasAdded());
    return report;
  }

  public Report load(SampleFacilities sample) {
    Report report =
        transactions.inTransaction(
            ACTOR,
            handle -> {
              SourceDao sources = handle.attach(SourceDao.class);
              for (Source source : sample.sources()) {
                sources.upsert(source);
              }
              FacilityDao facilities = handle.attach(FacilityDao.class);
              int inserted = 0;
              int locations = 0;
              int agenciesFilled = 0;
              int agenciesInserted = 0;
              for (Facility f : sample.facilities()) {
                int added = facilities.insertIfAbsent(FacilityFields.of(f, true));
                inserted += added;
                if (added > 0 && f.controllingAgency() != null) {
                  agenciesInserted++;
                }
                if (added == 0) {
                  // An existing facility keeps its own locations and values; only a missing agency
                  // is filled in.
                  if (f.controllingAgency() != null) {
                    agenciesFilled +=
                        facilities.fillControllingAgency(f.id(), f.controllingAgency());
                  }
                  continue;
                }
                for (SourcedLocation l : f.sourcedLocations()) {
                  locations += facilities.insertSourcedLocationIfAbsent(f.id(), l);
                }
              }
              return new Report(
                  sample.facilities().size(),
                  inserted,
                  locations,
                  agenciesInserted,
                  agenciesFilled);
            });
    LOG.info("{}", report.summary());
    return report;
  }

  /**
   * Publishes what came from public sources and has no review yet (V019 {@code
   * sightline_publish_public_sources}): the facilities loaded as published, their boundaries and
   * zones written only by the system. Recorded as reviews decided by {@code system:public-sources}.
   * Run after {@link #load} and {@link #apply}, so that the versions published are the completed
   * ones.
   *
   * @return how many records it published
   */
  public int publishPublicSources() {
    int published =
        transactions.inTransaction(
            ACTOR,
            handle ->
                handle
                    .createQuery("SELECT sightline_publish_public_sources()")
                    .mapTo(Integer.class)
                    .one());
    LOG.info("Sample data from public sources: {} records published", published);
    return published;
  }
}
