package org.sightline.server.resources.testimony;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import java.time.Clock;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.corroboration.ClaimDuplicates;
import org.sightline.server.corroboration.CorroboratedEvents;
import org.sightline.server.corroboration.CorroborationRecomputation;
import org.sightline.server.resources.features.EventItemsResource;
import org.sightline.server.sample.SyntheticTestimony;
import org.sightline.server.sealing.IdentityFingerprints;
import org.sightline.server.sealing.Sealer;
import org.sightline.server.testimony.ClaimImport;
import org.sightline.server.testimony.Claims;
import org.sightline.server.testimony.Documents;
import org.sightline.server.testimony.Organisations;
import org.sightline.server.testimony.Testimonies;
import org.sightline.server.testimony.WitnessIdentities;
import org.sightline.server.testimony.WitnessMerges;
import org.sightline.server.testimony.Witnesses;

/**
 * Testimony and corroboration wired by hand: the services over one set of transactions, and their
 * resources. The application builds one and registers it.
 */
public final class TestimonyModule {
  private final Organisations organisations;
  private final WitnessIdentities identities;
  private final Witnesses witnesses;
  private final WitnessMerges merges;
  private final Testimonies testimonies;
  private final Documents documents;
  private final CorroborationRecomputation recomputation;
  private final Claims claims;
  private final ClaimDuplicates duplicates;
  private final CorroboratedEvents events;
  private final Clock clock;
  private final AttributedTransactions transactions;

  public TestimonyModule(
      AttributedTransactions transactions,
      Clock clock,
      Sealer sealer,
      IdentityFingerprints fingerprints,
      CorroborationRecomputation recomputation) {
    this.clock = clock;
    this.transactions = transactions;
    this.organisations = new Organisations(transactions);
    this.identities = new WitnessIdentities(transactions, sealer, fingerprints);
    this.witnesses = new Witnesses(transactions, identities);
    this.merges = new WitnessMerges(transactions, recomputation);
    this.testimonies = new Testimonies(transactions, clock);
    this.documents = new Documents(transactions, clock);
    this.recomputation = recomputation;
    this.claims = new Claims(transactions, recomputation);
    this.duplicates = new ClaimDuplicates(transactions, recomputation);
    this.events = new CorroboratedEvents(transactions.jdbi());
  }

  public CorroborationRecomputation recomputation() {
    return recomputation;
  }

  public CorroboratedEvents events() {
    return events;
  }

  /** The services the synthetic sample is written through. */
  public SyntheticTestimony.Services sampleServices() {
    return new SyntheticTestimony.Services(
        organisations, witnesses, testimonies, documents, claims, merges);
  }

  public void register(JerseyEnvironment jersey) {
    jersey.register(new OrganisationResource(organisations));
    jersey.register(new WitnessResource(witnesses, identities));
    jersey.register(new WitnessMergeResource(merges));
    jersey.register(new TestimonyResource(testimonies));
    jersey.register(new DocumentResource(documents));
    jersey.register(new ClaimResource(claims));
    jersey.register(
        new ClaimImportResource(new ClaimImport(transactions, claims, documents, recomputation)));
    jersey.register(new ClaimDuplicateResource(duplicates));
    jersey.register(new EventItemsResource(events, clock));
  }
}
