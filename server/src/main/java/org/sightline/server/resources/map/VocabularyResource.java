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
import org.sightline.geodata.corroboration.CorroborationLevel;
import org.sightline.geodata.corroboration.EventType;
import org.sightline.geodata.corroboration.EvidenceKind;
import org.sightline.geodata.facility.FacilityStatus;
import org.sightline.geodata.facility.FacilityType;
import org.sightline.geodata.place.PlacePrecision;
import org.sightline.geodata.structure.ChangeKind;
import org.sightline.geodata.structure.EstimativeConfidence;
import org.sightline.geodata.structure.StructureClass;
import org.sightline.geodata.structure.StructureCondition;
import org.sightline.geodata.structure.StructureState;
import org.sightline.geodata.structure.UnassessableReason;
import org.sightline.geodata.testimony.ClaimType;
import org.sightline.geodata.testimony.Consent;
import org.sightline.geodata.testimony.DocumentKind;
import org.sightline.geodata.testimony.FacilityRelation;
import org.sightline.geodata.testimony.Gender;
import org.sightline.geodata.testimony.InformationGrade;
import org.sightline.geodata.testimony.Province;
import org.sightline.geodata.testimony.Sharing;
import org.sightline.geodata.testimony.SourceGrade;
import org.sightline.geodata.testimony.WitnessRelation;
import org.sightline.geodata.time.TimePrecision;
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
            coded(ChangeKind.class, "changeKind.", catalogues),
            testimony(catalogues));
  }

  /** The vocabularies of testimony and corroboration, by name, each in its enum's order. */
  private static Map<String, List<Term>> testimony(List<TranslationCatalogue> catalogues) {
    Map<String, List<Term>> vocabularies = new LinkedHashMap<>();
    vocabularies.put("claimTypes", coded(ClaimType.class, "claimType.", catalogues));
    vocabularies.put("eventTypes", coded(EventType.class, "eventType.", catalogues));
    vocabularies.put("sourceGrades", coded(SourceGrade.class, "sourceGrade.", catalogues));
    vocabularies.put(
        "informationGrades", coded(InformationGrade.class, "informationGrade.", catalogues));
    vocabularies.put(
        "witnessRelations", coded(WitnessRelation.class, "witnessRelation.", catalogues));
    vocabularies.put(
        "facilityRelations", coded(FacilityRelation.class, "facilityRelation.", catalogues));
    vocabularies.put("consents", coded(Consent.class, "consent.", catalogues));
    vocabularies.put("sharings", coded(Sharing.class, "sharing.", catalogues));
    vocabularies.put("genders", coded(Gender.class, "gender.", catalogues));
    vocabularies.put("provinces", coded(Province.class, "province.", catalogues));
    vocabularies.put("documentKinds", coded(DocumentKind.class, "documentKind.", catalogues));
    vocabularies.put("timePrecisions", coded(TimePrecision.class, "timePrecision.", catalogues));
    vocabularies.put("placePrecisions", coded(PlacePrecision.class, "placePrecision.", catalogues));
    vocabularies.put(
        "corroborationLevels", coded(CorroborationLevel.class, "corroborationLevel.", catalogues));
    vocabularies.put("evidenceKinds", coded(EvidenceKind.class, "evidenceKind.", catalogues));
    return vocabularies;
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
              + " and under testimony every code of testimony and corroboration (claim and event"
              + " types, Admiralty grades, relations, consent, sharing, provinces, precisions,"
              + " levels), in order, with its label in each language.")
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
      List<Term> changeKinds,
      Map<String, List<Term>> testimony) {
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
      testimony = Collections.unmodifiableMap(new LinkedHashMap<>(testimony));
    }
  }

  /** A code and its label by language ({@code "en"}, {@code "ko"}). */
  public record Term(String code, Map<String, String> labels) {
    public Term {
      labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }
  }
}
