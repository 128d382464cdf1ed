package org.sightline.server.testimony;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.testimony.FacilityRelation;
import org.sightline.geodata.testimony.Gender;
import org.sightline.geodata.testimony.Province;
import org.sightline.geodata.testimony.Sharing;
import org.sightline.geodata.text.FieldText;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.registry.FieldProblems;

/**
 * A witness body's open attributes, checked: every problem reported at once, each naming its field.
 * The organisation is checked against the database by the caller.
 */
record CheckedWitness(
    String organisation,
    Sharing sharing,
    Gender gender,
    Integer birthDecade,
    Province provinceOfOrigin,
    List<FacilityRelation> relations,
    String notes) {

  static final int EARLIEST_DECADE = 1900;
  static final int LATEST_DECADE = 2020;

  static CheckedWitness check(WitnessEdit edit) {
    if (edit == null) {
      throw new InvalidInputException(
          "the body must be a witness: {\"organisation\": \"...\", \"gender\": \"female\","
              + " \"birthDecade\": 1970, \"provinceOfOrigin\": \"north-hamgyong\", \"relations\":"
              + " [\"former-prisoner\"]}");
    }
    FieldProblems problems = new FieldProblems();
    String organisation =
        problems.check(() -> FieldText.required("organisation", edit.organisation(), 64));
    Sharing sharing =
        problems.check(
            () -> edit.sharing() == null ? Sharing.STAFF_ONLY : Sharing.fromCode(edit.sharing()));
    Gender gender =
        problems.check(
            () -> edit.gender() == null ? Gender.UNDISCLOSED : Gender.fromCode(edit.gender()));
    Integer decade = problems.check(() -> decade(edit.birthDecade()));
    Province province =
        problems.check(
            () ->
                edit.provinceOfOrigin() == null
                    ? Province.UNKNOWN
                    : Province.fromCode(edit.provinceOfOrigin()));
    List<FacilityRelation> relations = problems.check(() -> relations(edit.relations()));
    String notes = problems.check(() -> FieldText.description("notes", edit.notes()));
    problems.throwIfAny();
    return new CheckedWitness(organisation, sharing, gender, decade, province, relations, notes);
  }

  private static Integer decade(Integer year) {
    if (year == null) {
      return null;
    }
    if (year % 10 != 0 || year < EARLIEST_DECADE || year > LATEST_DECADE) {
      throw new InvalidInputException(
          "birthDecade: "
              + year
              + " is not a decade; give its first year, "
              + EARLIEST_DECADE
              + "-"
              + LATEST_DECADE
              + " (1970 for the 1970s); the exact birth date belongs in the sealed identity");
    }
    return year;
  }

  private static List<FacilityRelation> relations(List<String> codes) {
    if (codes == null) {
      return List.of();
    }
    Set<FacilityRelation> relations = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      try {
        relations.add(FacilityRelation.fromCode(codes.get(i)));
      } catch (InvalidDataException e) {
        problems.add("relations[" + i + "]: " + e.getMessage().replaceFirst("^relation: ", ""));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(String.join("; ", problems));
    }
    return List.copyOf(relations);
  }

  WitnessDao.Fields fields() {
    return new WitnessDao.Fields(
        organisation,
        sharing.code(),
        gender.code(),
        birthDecade,
        provinceOfOrigin.code(),
        relations.stream().map(FacilityRelation::code).toList(),
        notes);
  }
}
