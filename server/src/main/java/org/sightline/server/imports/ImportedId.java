package org.sightline.server.imports;

import java.util.Optional;
import org.sightline.geodata.io.ImportFeature;
import org.sightline.geodata.text.IdSlug;
import org.sightline.server.errors.InvalidInputException;

/**
 * The id of an imported facility: the feature's {@code id}, or else one made from its names, in
 * this order:
 *
 * <ol>
 *   <li>a {@code name} with Latin letters (or without Hangul): its Latin letters and digits ("Camp
 *       15 Yodŏk 요덕" → {@code camp-15-yodok}, as ids were always made);
 *   <li>a romanization the feature gives: {@code nameRr} (also read from {@code romanization} or
 *       {@code nameRomanized}), then {@code nameMr};
 *   <li>the Revised Romanization of the Hangul of {@code name}, then of {@code nameKo} (요덕 → {@code
 *       yodeok}).
 * </ol>
 *
 * @param id the id, not yet checked against the id pattern when given
 * @param madeFrom how a made id was made, for the report's warning and a conflict's message; null
 *     when the feature gave its id
 */
record ImportedId(String id, String madeFrom) {

  boolean made() {
    return madeFrom != null;
  }

  /** The romanization the feature gives, under any of the names it is read from; or null. */
  static String romanization(ImportFeature feature) {
    for (String field : new String[] {"nameRr", "romanization", "nameRomanized"}) {
      if (feature.field(field) != null) {
        return feature.field(field);
      }
    }
    return null;
  }

  /**
   * @throws InvalidInputException saying to give {@code id} when no id can be made
   */
  static ImportedId of(ImportFeature feature) {
    if (feature.field("id") != null) {
      return new ImportedId(feature.field("id"), null);
    }
    String name = feature.field("name");
    if (name != null && (IdSlug.hasLatinLetter(name) || !IdSlug.hasHangul(name))) {
      Optional<String> latin = IdSlug.ofLatin(name);
      if (latin.isPresent()) {
        return new ImportedId(latin.get(), "made from name '" + name + "'");
      }
    }
    String romanization = romanization(feature);
    String[][] candidates = {
      {"nameRr", romanization}, {"nameMr", feature.field("nameMr")},
    };
    for (String[] candidate : candidates) {
      if (candidate[1] != null) {
        Optional<String> id = IdSlug.of(candidate[1]);
        if (id.isPresent()) {
          return new ImportedId(id.get(), "made from " + candidate[0] + " '" + candidate[1] + "'");
        }
      }
    }
    String[][] hangul = {{"name", name}, {"nameKo", feature.field("nameKo")}};
    for (String[] candidate : hangul) {
      if (candidate[1] != null && IdSlug.hasHangul(candidate[1])) {
        Optional<String> id = IdSlug.of(candidate[1]);
        if (id.isPresent()) {
          return new ImportedId(
              id.get(),
              "made from the Revised Romanization of " + candidate[0] + " '" + candidate[1] + "'");
        }
      }
    }
    throw new InvalidInputException(
        name == null
            ? "id is missing: give id (or a name to make it from)"
            : "id is missing and cannot be made from name '"
                + name
                + "' (it has no Latin letters or digits and no Hangul): give id");
  }
}
