package org.sightline.server.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sightline.server.audit.Actor;
import org.sightline.server.testimony.ClaimEdit;
import org.sightline.server.testimony.Claims;
import org.sightline.server.testimony.DocumentEdit;
import org.sightline.server.testimony.DocumentView;
import org.sightline.server.testimony.Documents;
import org.sightline.server.testimony.MergeProposalView;
import org.sightline.server.testimony.Organisations;
import org.sightline.server.testimony.Testimonies;
import org.sightline.server.testimony.TestimonyEdit;
import org.sightline.server.testimony.TestimonyView;
import org.sightline.server.testimony.WitnessEdit;
import org.sightline.server.testimony.WitnessMerges;
import org.sightline.server.testimony.WitnessView;
import org.sightline.server.testimony.Witnesses;

/**
 * The bundled SYNTHETIC testimony ({@code sample-data/synthetic-testimony.json}): made-up
 * organisations, witnesses, testimonies, documents and claims that reach every corroboration level,
 * with a hearsay chain, a second interview of one witness, two documents of one origin and one
 * person recorded by both organisations (merged). Never real testimony: every record made from it
 * is marked synthetic. References between records ({@code ref}) are resolved here; the file never
 * holds database ids.
 */
public record SyntheticTestimony(
    String about,
    String licence,
    List<Organisations.Edit> organisations,
    List<Witness> witnesses,
    List<Testimony> testimonies,
    List<Document> documents,
    List<Claim> claims,
    List<Merge> confirmedMerges) {
  public static final String RESOURCE = "/sample-data/synthetic-testimony.json";

  /** A witness and the reference other records use for it. */
  public record Witness(
      String ref,
      String organisation,
      String sharing,
      String gender,
      Integer birthDecade,
      String provinceOfOrigin,
      List<String> relations,
      WitnessEdit.IdentityEdit identity) {}

  /** A testimony; {@code witness} is a witness's ref. */
  public record Testimony(
      String ref,
      String witness,
      String organisation,
      String sharing,
      String interviewedOn,
      String interviewer,
      String language,
      String consent,
      String sourceGrade,
      String summary) {}

  /** A document; {@code origin} is another document's ref. */
  public record Document(
      String ref,
      String organisation,
      String sharing,
      String kind,
      String title,
      String publishedOn,
      String origin,
      String sourceGrade) {}

  /** A claim; {@code testimony}, {@code document} and {@code heardFrom} are refs. */
  public record Claim(
      String ref,
      String testimony,
      String document,
      String type,
      String informationGrade,
      String witnessRelation,
      String heardFrom,
      String time,
      String timeStated,
      Integer victimsMin,
      Integer victimsMax,
      String description,
      List<ClaimEdit.PlaceEdit> places) {}

  /** Two witness refs found to be one person, and why. */
  public record Merge(List<String> witnesses, String reason) {}

  public static SyntheticTestimony load(ObjectMapper mapper) {
    try (InputStream in = SyntheticTestimony.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled " + RESOURCE + " is missing");
      }
      return mapper.readValue(in, SyntheticTestimony.class);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** The services the sample is written through, as every client's writes are. */
  public record Services(
      Organisations organisations,
      Witnesses witnesses,
      Testimonies testimonies,
      Documents documents,
      Claims claims,
      WitnessMerges merges) {}

  /**
   * Writes the sample unless its first organisation exists (a later start, or someone already
   * loaded it): returns how many claims were added.
   */
  public int loadInto(Services services, Actor actor) {
    if (services.organisations().list().stream()
        .anyMatch(o -> o.id().equals(organisations.get(0).id()))) {
      return 0;
    }
    organisations.forEach(o -> services.organisations().addSynthetic(actor, o));
    Map<String, WitnessView> witnessByRef = new HashMap<>();
    for (Witness w : witnesses) {
      witnessByRef.put(
          w.ref(),
          services
              .witnesses()
              .record(
                  actor,
                  new WitnessEdit(
                      w.organisation(),
                      w.sharing(),
                      w.gender(),
                      w.birthDecade(),
                      w.provinceOfOrigin(),
                      w.relations(),
                      "SYNTHETIC sample witness " + w.ref() + ": not a real person",
                      w.identity()),
                  true));
    }
    Map<String, TestimonyView> testimonyByRef = new HashMap<>();
    for (Testimony t : testimonies) {
      testimonyByRef.put(
          t.ref(),
          services
              .testimonies()
              .record(
                  actor,
                  new TestimonyEdit(
                      witnessByRef.get(t.witness()).code(),
                      t.organisation(),
                      t.sharing(),
                      t.interviewedOn(),
                      t.interviewer(),
                      t.language(),
                      t.consent(),
                      t.sourceGrade(),
                      t.summary(),
                      List.of(),
                      "sample:" + t.ref()),
                  true));
    }
    Map<String, DocumentView> documentByRef = new HashMap<>();
    for (Document d : documents) {
      documentByRef.put(
          d.ref(),
          services
              .documents()
              .record(
                  actor,
                  new DocumentEdit(
                      d.organisation(),
                      d.sharing(),
                      d.kind(),
                      d.title(),
                      null,
                      d.publishedOn(),
                      d.origin() == null ? null : documentByRef.get(d.origin()).id(),
                      d.sourceGrade(),
                      "sample:" + d.ref()),
                  true));
    }
    for (Merge merge : confirmedMerges) {
      String first = witnessByRef.get(merge.witnesses().get(0)).code();
      String second = witnessByRef.get(merge.witnesses().get(1)).code();
      for (MergeProposalView proposal : services.merges().list("proposed")) {
        boolean thesePeople =
            (proposal.witnessA().equals(first) && proposal.witnessB().equals(second))
                || (proposal.witnessA().equals(second) && proposal.witnessB().equals(first));
        if (thesePeople) {
          services
              .merges()
              .decide(
                  actor,
                  proposal.id(),
                  proposal.version(),
                  new WitnessMerges.Decision("confirm", merge.reason()));
        }
      }
    }
    for (Claim c : claims) {
      services
          .claims()
          .record(
              actor,
              new ClaimEdit(
                  c.testimony() == null ? null : testimonyByRef.get(c.testimony()).id(),
                  c.document() == null ? null : documentByRef.get(c.document()).id(),
                  null,
                  null,
                  c.type(),
                  c.description(),
                  null,
                  c.victimsMin(),
                  c.victimsMax(),
                  c.informationGrade(),
                  c.witnessRelation(),
                  c.heardFrom() == null ? null : witnessByRef.get(c.heardFrom()).code(),
                  null,
                  c.time(),
                  c.timeStated(),
                  c.places(),
                  "sample:" + c.ref()),
              true);
    }
    return claims.size();
  }
}
