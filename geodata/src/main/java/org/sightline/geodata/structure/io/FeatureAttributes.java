package org.sightline.geodata.structure.io;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sightline.geodata.io.ImportFeature;
import org.sightline.geodata.structure.StructureClass;
import org.sightline.geodata.structure.StructureCondition;
import org.sightline.geodata.structure.UnassessableReason;
import org.sightline.geodata.text.DisplayText;

/**
 * What a feature's attributes say: a structure (class, condition) or an area that could not be
 * assessed (reason), its label, notes and id, as {@code docs/IMPORT-STRUCTURES.md} describes. Every
 * problem goes to the errors, every assumption to the warnings; a value is null when its field
 * failed.
 *
 * @param unassessable whether the feature is an area that could not be assessed
 * @param structureClass a structure's class, null for an unassessable area or on error
 * @param condition a structure's condition, null for an unassessable area or on error
 * @param reason an unassessable area's reason, null for a structure or on error
 * @param label the feature's {@code name}, else "feature N"
 * @param notes the notes fields joined, or null
 * @param featureId {@code id}, else {@code fid}, or null
 */
record FeatureAttributes(
    boolean unassessable,
    StructureClass structureClass,
    StructureCondition condition,
    UnassessableReason reason,
    String label,
    String notes,
    String featureId) {

  /** The longest name or id, in characters (as for facility names). */
  static final int MAX_NAME = 200;

  /** The longest notes, all notes fields together, in characters. */
  static final int MAX_NOTES = 20_000;

  static final List<String> CLASS_FIELDS = List.of("class", "structure_class", "category", "type");

  /** Names of containers (QGIS's merged layers, KML folders): a class only when they are one. */
  static final List<String> CONTAINER_FIELDS = List.of("layer", "folder");

  static final List<String> CONDITION_FIELDS = List.of("condition", "state", "status", "damage");
  static final List<String> NOTES_FIELDS = List.of("notes", "description", "comment");
  static final String DOCS = "docs/IMPORT-STRUCTURES.md";

  /** A field's name as the file may spell it, and its value. */
  private record Named(String field, String value, boolean container) {
    String quoted() {
      return field + " '" + value + "'";
    }
  }

  static FeatureAttributes of(
      ImportFeature feature,
      StructureClass defaultClass,
      List<String> errors,
      List<String> warnings) {
    String featureId = text(firstOf(feature, List.of("id", "fid")), errors);
    String name = text(firstOf(feature, List.of("name")), errors);
    String label = name != null ? name : "feature " + feature.index();
    String notes = notes(feature, errors);

    Named classWord = firstOf(feature, CLASS_FIELDS);
    List<Named> unrecognisedContainers = new ArrayList<>();
    if (classWord == null) {
      for (String field : CONTAINER_FIELDS) {
        Named container = named(feature, field, true);
        if (container == null) {
          continue;
        }
        if (recognised(container.value())) {
          classWord = container;
          break;
        }
        unrecognisedContainers.add(container);
      }
    }
    Named marker = named(feature, "unassessable", false);
    Named reasonField = named(feature, "reason", false);

    // Is it an area that could not be assessed? Each way of saying so, and their disagreements.
    List<Named> reasonWords = new ArrayList<>();
    Optional<Boolean> markedAs =
        marker == null ? Optional.empty() : StructureWords.yesNo(marker.value());
    boolean unassessable = markedAs.orElse(false);
    boolean markedNo = markedAs.isPresent() && !markedAs.get();
    if (marker != null && markedAs.isEmpty()) {
      unassessable = true;
      reasonWords.add(marker);
    }
    boolean classSaysUnassessable =
        classWord != null
            && (StructureWords.REASONS.find(classWord.value()).isPresent()
                || StructureWords.isNotAssessable(classWord.value()));
    if (classSaysUnassessable) {
      if (markedNo) {
        errors.add(
            classWord.field()
                + ": '"
                + classWord.value()
                + "' marks an area that could not be assessed, but unassessable is '"
                + marker.value()
                + "'; give one or the other");
      }
      unassessable = true;
      if (StructureWords.REASONS.find(classWord.value()).isPresent()) {
        reasonWords.add(classWord);
      }
    }
    boolean structureClassGiven =
        classWord != null && !classWord.container() && !classSaysUnassessable;
    if (reasonField != null) {
      if (markedNo || (!unassessable && structureClassGiven)) {
        errors.add(
            "reason: '"
                + reasonField.value()
                + "' is for an area that could not be assessed, but "
                + (markedNo
                    ? "unassessable is '" + marker.value() + "'"
                    : classWord.quoted() + " marks a structure")
                + "; give one or the other");
      } else {
        unassessable = true;
        reasonWords.add(reasonField);
      }
    }

    if (unassessable) {
      if (structureClassGiven && StructureWords.CLASSES.find(classWord.value()).isPresent()) {
        errors.add(
            classWord.field()
                + ": '"
                + classWord.value()
                + "' marks a structure, but the feature is marked as an area that could not be"
                + " assessed; give one or the other");
      }
      Named condition = firstOf(feature, CONDITION_FIELDS);
      if (condition != null) {
        warnings.add(
            condition.field()
                + ": '"
                + condition.value()
                + "' ignored: an area that could not be assessed has no condition");
      }
      UnassessableReason reason = reason(reasonWords, errors);
      return new FeatureAttributes(true, null, null, reason, label, notes, featureId);
    }
    StructureClass structureClass =
        structureClass(classWord, unrecognisedContainers, defaultClass, errors, warnings);
    StructureCondition condition = condition(feature, errors, warnings);
    return new FeatureAttributes(false, structureClass, condition, null, label, notes, featureId);
  }

  private static boolean recognised(String value) {
    return StructureWords.CLASSES.find(value).isPresent()
        || StructureWords.REASONS.find(value).isPresent()
        || StructureWords.isNotAssessable(value);
  }

  private static UnassessableReason reason(List<Named> words, List<String> errors) {
    if (words.isEmpty()) {
      errors.add(
          "reason: not given; an area that could not be assessed needs one of: "
              + StructureWords.REASONS.accepted());
      return null;
    }
    Set<UnassessableReason> reasons = new LinkedHashSet<>();
    for (Named word : words) {
      Optional<UnassessableReason> reason = StructureWords.REASONS.find(word.value());
      if (reason.isEmpty()) {
        errors.add(
            word.field()
                + ": unknown value '"
                + word.value()
                + "'; expected "
                + (word.field().equals("unassessable") ? "yes or no, or a reason: " : "one of: ")
                + StructureWords.REASONS.accepted());
        return null;
      }
      reasons.add(reason.get());
    }
    if (reasons.size() > 1) {
      errors.add(
          "reason: "
              + String.join(" and ", words.stream().map(Named::quoted).toList())
              + " disagree; give one reason");
      return null;
    }
    return reasons.iterator().next();
  }

  private static StructureClass structureClass(
      Named word,
      List<Named> unrecognisedContainers,
      StructureClass defaultClass,
      List<String> errors,
      List<String> warnings) {
    if (word == null) {
      warnings.add(
          "class not given"
              + (unrecognisedContainers.isEmpty()
                  ? ""
                  : " ("
                      + String.join(
                          ", ", unrecognisedContainers.stream().map(Named::quoted).toList())
                      + (unrecognisedContainers.size() == 1 ? " is" : " are")
                      + " not a class word)")
              + ": recorded as '"
              + defaultClass.code()
              + "'");
      return defaultClass;
    }
    Optional<StructureClass> found = StructureWords.CLASSES.find(word.value());
    if (found.isEmpty()) {
      errors.add(
          word.field()
              + ": unknown class '"
              + word.value()
              + "'; expected one of: "
              + StructureWords.CLASSES.accepted()
              + " (every word: "
              + DOCS
              + ")");
      return null;
    }
    return found.get();
  }

  private static StructureCondition condition(
      ImportFeature feature, List<String> errors, List<String> warnings) {
    Named word = firstOf(feature, CONDITION_FIELDS);
    if (word == null) {
      warnings.add("condition not given: recorded as '" + StructureCondition.INTACT.code() + "'");
      return StructureCondition.INTACT;
    }
    if (StructureWords.isDamagedWithoutDegree(word.value())) {
      errors.add(
          word.field()
              + ": '"
              + word.value()
              + "' does not say how badly; give minor-damage or major-damage (or destroyed)");
      return null;
    }
    Optional<StructureCondition> found = StructureWords.CONDITIONS.find(word.value());
    if (found.isEmpty()) {
      errors.add(
          word.field()
              + ": unknown condition '"
              + word.value()
              + "'; expected one of: "
              + StructureWords.CONDITIONS.accepted()
              + " (every word: "
              + DOCS
              + ")");
      return null;
    }
    return found.get();
  }

  /** The notes fields that are present, each checked, joined by a blank line. */
  private static String notes(ImportFeature feature, List<String> errors) {
    Set<String> parts = new LinkedHashSet<>();
    boolean ok = true;
    for (String field : NOTES_FIELDS) {
      String value = feature.field(field);
      if (value == null) {
        continue;
      }
      String text = Normalizer.normalize(value, Normalizer.Form.NFC);
      Optional<String> problem = DisplayText.problem(field, text, true);
      if (problem.isPresent()) {
        errors.add(problem.get());
        ok = false;
      }
      parts.add(text);
    }
    if (!ok || parts.isEmpty()) {
      return null;
    }
    String notes = String.join("\n\n", parts);
    if (notes.codePointCount(0, notes.length()) > MAX_NOTES) {
      errors.add(
          String.format(
              Locale.ROOT,
              "%s: at most %,d characters together",
              String.join(", ", NOTES_FIELDS),
              MAX_NOTES));
      return null;
    }
    return notes;
  }

  /** A one-line text (name, id): NFC, at most {@link #MAX_NAME}, no control characters. */
  private static String text(Named named, List<String> errors) {
    if (named == null) {
      return null;
    }
    String text = Normalizer.normalize(named.value(), Normalizer.Form.NFC);
    if (text.codePointCount(0, text.length()) > MAX_NAME) {
      errors.add(named.field() + ": at most " + MAX_NAME + " characters");
      return null;
    }
    Optional<String> problem = DisplayText.problem(named.field(), text, false);
    if (problem.isPresent()) {
      errors.add(problem.get());
      return null;
    }
    return text;
  }

  private static Named firstOf(ImportFeature feature, List<String> fields) {
    for (String field : fields) {
      Named named = named(feature, field, false);
      if (named != null) {
        return named;
      }
    }
    return null;
  }

  private static Named named(ImportFeature feature, String field, boolean container) {
    String value = feature.field(field);
    return value == null ? null : new Named(field, value, container);
  }
}
