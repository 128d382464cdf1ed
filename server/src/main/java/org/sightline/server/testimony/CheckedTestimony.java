package org.sightline.server.testimony;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sightline.geodata.testimony.Consent;
import org.sightline.geodata.testimony.Sharing;
import org.sightline.geodata.testimony.SourceGrade;
import org.sightline.geodata.text.FieldText;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.registry.FieldProblems;

/**
 * A testimony body, checked without the database: every problem at once, each naming its field. The
 * witness, organisation and evidence files are checked against the database by the caller.
 */
record CheckedTestimony(
    String witness,
    String organisation,
    Sharing sharing,
    LocalDate interviewedOn,
    String interviewer,
    String language,
    Consent consent,
    SourceGrade sourceGrade,
    String summary,
    List<String> evidence,
    String externalRef) {

  private static final String LANGUAGE_TAG = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";
  private static final String SHA256 = "[0-9a-f]{64}";
  static final int MAX_EVIDENCE = 100;

  static CheckedTestimony check(TestimonyEdit edit, LocalDate today) {
    if (edit == null) {
      throw new InvalidInputException(
          "the body must be a testimony: {\"witness\": \"W-...\", \"organisation\": \"...\","
              + " \"interviewedOn\": \"2019-05-02\", \"interviewer\": \"...\", \"language\": \"ko\","
              + " \"consent\": \"anonymised\", \"sourceGrade\": \"B\"}");
    }
    FieldProblems problems = new FieldProblems();
    String witness = problems.check(() -> FieldText.required("witness", edit.witness(), 16));
    String organisation =
        problems.check(() -> FieldText.required("organisation", edit.organisation(), 64));
    Sharing sharing =
        problems.check(
            () -> edit.sharing() == null ? Sharing.STAFF_ONLY : Sharing.fromCode(edit.sharing()));
    LocalDate interviewedOn =
        problems.check(() -> date("interviewedOn", edit.interviewedOn(), today));
    String interviewer =
        problems.check(
            () -> FieldText.required("interviewer", edit.interviewer(), FieldText.MAX_NAME));
    String language =
        problems.check(
            () -> {
              if (edit.language() == null || !edit.language().matches(LANGUAGE_TAG)) {
                throw new InvalidInputException(
                    "language: '"
                        + edit.language()
                        + "' is not a BCP 47 language tag; e.g. ko, en, ko-KP");
              }
              return edit.language();
            });
    Consent consent =
        problems.check(
            () -> {
              if (edit.consent() == null) {
                throw new InvalidInputException(
                    "consent is required: none, anonymised or attributable");
              }
              return Consent.fromCode(edit.consent());
            });
    SourceGrade grade =
        problems.check(
            () -> {
              if (edit.sourceGrade() == null) {
                throw new InvalidInputException(
                    "sourceGrade is required: the Admiralty grade A-F of the source's reliability");
              }
              return SourceGrade.fromCode(edit.sourceGrade());
            });
    String summary = problems.check(() -> FieldText.description("summary", edit.summary()));
    List<String> evidence = problems.check(() -> evidence(edit.evidence()));
    String externalRef =
        problems.check(() -> FieldText.optional("externalRef", edit.externalRef(), 200));
    problems.throwIfAny();
    return new CheckedTestimony(
        witness,
        organisation,
        sharing,
        interviewedOn,
        interviewer,
        language,
        consent,
        grade,
        summary,
        evidence,
        externalRef);
  }

  static LocalDate date(String field, String value, LocalDate today) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field + " is required: an ISO 8601 date, e.g. 2019-05-02");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field + ": '" + value + "' is not an ISO 8601 date (YYYY-MM-DD), e.g. 2019-05-02");
    }
    if (date.isAfter(today)) {
      throw new InvalidInputException(field + ": " + date + " is in the future");
    }
    return date;
  }

  private static List<String> evidence(List<String> hashes) {
    if (hashes == null) {
      return List.of();
    }
    if (hashes.size() > MAX_EVIDENCE) {
      throw new InvalidInputException(
          "evidence takes at most " + MAX_EVIDENCE + " files, got " + hashes.size());
    }
    Set<String> unique = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < hashes.size(); i++) {
      String hash = hashes.get(i);
      if (hash == null || !hash.matches(SHA256)) {
        problems.add("evidence[" + i + "]: '" + hash + "' is not a lowercase hex SHA-256");
      } else {
        unique.add(hash);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(String.join("; ", problems));
    }
    return List.copyOf(unique);
  }
}
