package org.sightline.server.sample;

import org.jdbi.v3.core.Jdbi;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.geodata.facility.Facility;
import org.sightline.geodata.facility.SourcedLocation;
import org.sightline.geodata.source.Source;
import org.sightline.server.db.FacilityDao;
import org.sightline.server.db.SourceDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the sample dataset into the database in one transaction. Re-running it adds nothing
 * that is already there and never overwrites an existing facility (which users may have edited).
 */
public final class SampleDataLoader {
  private static final Logger LOG = LoggerFactory.getLogger(SampleDataLoader.class);

  /** Who the audit trail names for the sample data. */
  public static final Actor ACTOR = Actor.system("sample-data");
  private final AttributedTransactions transactions;

  public SampleDataLoader(Jdbi jdbi) {
    this.transactions = new AttributedTransactions(jdbi);
  }

  /** What a load did. */
  public record Report(int facilitiesRead, int facilitiesInserted, int locationsInserted) {}

  public Report load(SampleFacilities sample) {
    Report report = transactions.inTransaction(ACTOR, handle -> {
      SourceDao sources = handle.attach(SourceDao.class);
      for (Source source : sample.sources()) {
        sources.upsert(source);
      }
      FacilityDao facilities = handle.attach(FacilityDao.class);
      int inserted = 0;
      int locations = 0;
      for (Facility f : sample.facilities()) {
        int added = facilities.insertIfAbsent(f.id(), f.name(), f.nameKo(), f.aliases().toArray(String[]::new),
            f.type().code(), f.status().code(), f.province(), f.location(), true);
        inserted += added;
        if (added == 0) {
          continue; // an existing facility keeps its own locations
        }
        for (SourcedLocation l : f.sourcedLocations()) {
          locations += facilities.insertSourcedLocationIfAbsent(f.id(), l.sourceId(), l.recordId(),
              l.nameAsPublished(), l.point(), l.url(), l.primary(), l.note());
        }
      }
      return new Report(sample.facilities().size(), inserted, locations);
    });
    LOG.info("Sample data: {} facilities read, {} inserted, {} locations inserted",
        report.facilitiesRead(), report.facilitiesInserted(), report.locationsInserted());
    return report;
  }
}
