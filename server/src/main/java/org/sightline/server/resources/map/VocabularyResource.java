package org.sightline.server.resources.map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sightline.geodata.facility.FacilityStatus;
import org.sightline.geodata.facility.FacilityType;
import org.sightline.geodata.structure.ChangeKind;
import org.sightline.geodata.structure.EstimativeConfidence;
import org.sightline.geodata.structure.StructureClass;
import org.sightline.geodata.structure.StructureCondition;
import org.sightline.geodata.structure.StructureState;
import org.sightline.geodata.structure.UnassessableReason;
import org.sightline.geodata.vocabulary.Coded;
import org.sightline.server.web.TranslationCatalogue;

/**
 * {@code GET /api/vocabulary}: the codes of facility types and statuses and of structure change
 * (classes, conditions, confidences, unassessable reasons, states, change kinds), in the enums'
 * order, with their labels in every language of the map. The labels come from the translation
 * catalogues (keys {@code type.<code>}, {@code facilityStatus.<code>}, {@code
 * structureClass.<code>}, ...); a code without a label in some language stops the application at
 * start-up rather than showing a bare code.
 */
@Path("/vocabulary")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class VocabularyResource {
  private final Vocabulary vocabulary;

  public VocabularyResource() {
    List<TranslationCatalogue> catalogues =
        TranslationCatalogue.LANGUAGES.stream().map(TranslationCatalogue::load).toList();
    this.vocabulary =
        new Vocabulary(
            TranslationCatalogue.LANGUAGES,
            terms(Arrays.asList(FacilityType.values()), FacilityType::code, "type.", catalogues),
            terms(
                Arrays.asList(FacilityStatus.values()),
                FacilityStatus::code,
                "facilityStatus.",
                catalogues),
            coded(StructureClass.class, "structureClass.", catalogues),
            coded(StructureCondition.class, "structureCondition.", catalogues),
            coded(EstimativeConfidence.class, "confidence.", catalogues),
            coded(UnassessableReason.class, "unassessableReason.", catalogues),
            coded(StructureState.class, "structureState.", catalogues),
            coded(ChangeKind.class, "changeKind.", catalogues));
  }

  private static <E extends Enum<E> & Coded> List<Term> coded(
      Class<E> type, String keyPrefix, List<TranslationCatalogue> catalogues) {
    return terms(Arrays.asList(type.getEnumConstants()), Coded::code, keyPrefix, catalogues);
  }

  private static <E> List<Term> terms(
      List<E> values,
      Function<E, String> code,
      String keyPrefix,
      List<TranslationCatalogue> catalogues) {
    return values.stream()
        .map(code)
        .map(
            c -> {
              Map<String, String> labels = new LinkedHashMap<>();
              for (TranslationCatalogue catalogue : catalogues) {
                labels.put(catalogue.language(), catalogue.require(keyPrefix + c));
              }
              return new Term(c, labels);
            })
        .toList();
  }

  @GET
  @Operation(
      summary = "Vocabularies",
      description =
          "Every facility type and status code, and every code of structure change (classes,"
              + " conditions, estimative confidences, unassessable reasons, states, change kinds),"
              + " in order, with its label in each language.")
  public Vocabulary get() {
    return vocabulary;
  }

  /** The JSON shape the web map reads. */
  public record Vocabulary(
      List<String> languages,
      List<Term> facilityTypes,
      List<Term> facilityStatuses,
      List<Term> structureClasses,
      List<Term> structureConditions,
      List<Term> confidences,
      List<Term> unassessableReasons,
      List<Term> structureStates,
      List<Term> changeKinds) {
    public Vocabulary {
      languages = List.copyOf(languages);
      facilityTypes = List.copyOf(facilityTypes);
      facilityStatuses = List.copyOf(facilityStatuses);
      structureClasses = List.copyOf(structureClasses);
      structureConditions = List.copyOf(structureConditions);
      confidences = List.copyOf(confidences);
      unassessableReasons = List.copyOf(unassessableReasons);
      structureStates = List.copyOf(structureStates);
      changeKinds = List.copyOf(changeKinds);
    }
  }

  /** A code and its label by language ({@code "en"}, {@code "ko"}). */
  public record Term(String code, Map<String, String> labels) {
    public Term {
      labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }
  }
}
