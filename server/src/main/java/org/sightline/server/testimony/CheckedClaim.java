package org.sightline.server.testimony;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.geom.CheckedGeometry;
import org.sightline.geodata.geom.GeometryCheck;
import org.sightline.geodata.place.UncertainPlace;
import org.sightline.geodata.testimony.ClaimType;
import org.sightline.geodata.testimony.InformationGrade;
import org.sightline.geodata.testimony.Sharing;
import org.sightline.geodata.testimony.WitnessRelation;
import org.sightline.geodata.text.FieldText;
import org.sightline.geodata.time.Edtf;
import org.sightline.geodata.time.TimeStatements;
import org.sightline.geodata.time.UncertainTime;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.registry.FieldProblems;

/**
 * A claim body, checked without the database: every problem at once, each naming its field ({@code
 * places[1].point}, {@code time}). The testimony or document, the heard-from witness and the
 * facilities named are checked against the database by the caller.
 *
 * @param organisation null: the testimony's or document's
 * @param sharing null: the testimony's or document's
 * @param witnessRelation null for a claim from a document
 */
record CheckedClaim(
    Long testimony,
    Long document,
    String organisation,
    Sharing sharing,
    ClaimType type,
    String description,
    String perpetratorUnit,
    Integer victimsMin,
    Integer victimsMax,
    InformationGrade informationGrade,
    WitnessRelation witnessRelation,
    String heardFrom,
    String heardFromNote,
    UncertainTime time,
    String timeStated,
    List<Place> places,
    String externalRef) {

  static final int MAX_PLACES = 20;
  static final int MAX_VICTIMS = 1_000_000;

  /** A checked place and the words that describe it. */
  record Place(UncertainPlace place, String facilityId, String zoneKey, String description) {}

  private static final GeometryCheck AREA_CHECK =
      new GeometryCheck(
          GeometryCheck.KOREA_REGION,
          Set.of("Polygon", "MultiPolygon"),
          UncertainPlace.Area.MAX_AREA_SQ_KM);

  static CheckedClaim check(ClaimEdit edit) {
    if (edit == null) {
      throw new InvalidInputException(
          "the body must be a claim: {\"testimony\": 12, \"type\": \"public-execution\","
              + " \"description\": \"...\", \"time\": \"1997-24\", \"informationGrade\": \"2\","
              + " \"witnessRelation\": \"eyewitness\", \"places\": [{\"facility\":"
              + " \"kwanliso-15-yodok\"}]}");
    }
    FieldProblems problems = new FieldProblems();
    problems.check(
        () -> {
          if ((edit.testimony() == null) == (edit.document() == null)) {
            throw new InvalidInputException(
                "give exactly one of testimony (a testimony id) and document (a document id)");
          }
          return null;
        });
    String organisation =
        problems.check(() -> FieldText.optional("organisation", edit.organisation(), 64));
    Sharing sharing =
        problems.check(() -> edit.sharing() == null ? null : Sharing.fromCode(edit.sharing()));
    ClaimType type =
        problems.check(
            () -> {
              if (edit.type() == null) {
                throw new InvalidInputException(
                    "type is required: execution, public-execution, torture, ... (see"
                        + " /api/vocabulary)");
              }
              return ClaimType.fromCode(edit.type());
            });
    String description =
        problems.check(
            () -> {
              String text = FieldText.description("description", edit.description());
              if (text == null) {
                throw new InvalidInputException("description is required: what the claim says");
              }
              return text;
            });
    String perpetrator =
        problems.check(
            () ->
                FieldText.optional("perpetratorUnit", edit.perpetratorUnit(), FieldText.MAX_NAME));
    problems.check(() -> victims(edit.victimsMin(), edit.victimsMax()));
    InformationGrade grade =
        problems.check(
            () -> {
              if (edit.informationGrade() == null) {
                throw new InvalidInputException(
                    "informationGrade is required: the Admiralty credibility 1-6 of the"
                        + " information");
              }
              return InformationGrade.fromCode(edit.informationGrade());
            });
    WitnessRelation relation =
        problems.check(
            () -> {
              if (edit.document() != null) {
                if (edit.witnessRelation() != null || edit.heardFrom() != null) {
                  throw new InvalidInputException(
                      "witnessRelation and heardFrom are for claims from testimony; a document's"
                          + " lineage is its origin");
                }
                return null;
              }
              if (edit.witnessRelation() == null) {
                throw new InvalidInputException(
                    "witnessRelation is required: victim, eyewitness, heard-from-victim or"
                        + " hearsay");
              }
              WitnessRelation value = WitnessRelation.fromCode(edit.witnessRelation());
              boolean heard =
                  value == WitnessRelation.HEARSAY || value == WitnessRelation.HEARD_FROM_VICTIM;
              if (!heard && (edit.heardFrom() != null || edit.heardFromNote() != null)) {
                throw new InvalidInputException(
                    "heardFrom: a "
                        + value.code()
                        + " did not hear it from anyone; use witnessRelation hearsay or"
                        + " heard-from-victim");
              }
              return value;
            });
    String heardFrom = problems.check(() -> FieldText.optional("heardFrom", edit.heardFrom(), 16));
    String heardFromNote =
        problems.check(
            () -> FieldText.optional("heardFromNote", edit.heardFromNote(), FieldText.MAX_NAME));
    String timeStated =
        problems.check(
            () -> FieldText.optional("timeStated", edit.timeStated(), FieldText.MAX_NAME));
    UncertainTime time =
        problems.check(
            () -> {
              if (edit.time() != null && !edit.time().isBlank()) {
                return Edtf.parse("time", edit.time().strip());
              }
              if (edit.timeStated() != null && !edit.timeStated().isBlank()) {
                return TimeStatements.parse("timeStated", edit.timeStated().strip());
              }
              throw new InvalidInputException(
                  "time is required: EDTF (1997-12, 1997-24 for winter, 199X, 1996/1998, ../1998,"
                      + " or / when unknown) or timeStated in words (1997년 겨울, the 1990s,"
                      + " unknown)");
            });
    List<Place> places = problems.check(() -> places(edit.places()));
    String externalRef =
        problems.check(() -> FieldText.optional("externalRef", edit.externalRef(), 200));
    problems.throwIfAny();
    return new CheckedClaim(
        edit.testimony(),
        edit.document(),
        organisation,
        sharing,
        type,
        description,
        perpetrator,
        edit.victimsMin(),
        edit.victimsMax(),
        grade,
        relation,
        heardFrom,
        heardFromNote,
        time,
        timeStated,
        places,
        externalRef);
  }

  private static Void victims(Integer min, Integer max) {
    for (Integer value : new Integer[] {min, max}) {
      if (value != null && (value < 0 || value > MAX_VICTIMS)) {
        throw new InvalidInputException(
            "victimsMin and victimsMax must be 0-" + MAX_VICTIMS + ", got " + value);
      }
    }
    if (min != null && max != null && min > max) {
      throw new InvalidInputException(
          "victimsMin (" + min + ") is more than victimsMax (" + max + ")");
    }
    return null;
  }

  private static List<Place> places(List<ClaimEdit.PlaceEdit> edits) {
    if (edits == null || edits.isEmpty()) {
      throw new InvalidInputException(
          "places is required: at least one of {\"point\": [lon, lat], \"radiusM\": 500},"
              + " {\"area\": {GeoJSON polygon}}, {\"facility\": \"kwanliso-15-yodok\"}");
    }
    if (edits.size() > MAX_PLACES) {
      throw new InvalidInputException(
          "places takes at most " + MAX_PLACES + " places, got " + edits.size());
    }
    List<Place> places = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < edits.size(); i++) {
      String path = "places[" + i + "]";
      try {
        places.add(place(path, edits.get(i)));
      } catch (InvalidDataException e) {
        e.problems().forEach(p -> problems.add(path + ": " + p.replaceFirst("^place: ", "")));
      } catch (InvalidInputException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidDataException(problems);
    }
    return List.copyOf(places);
  }

  private static Place place(String path, ClaimEdit.PlaceEdit edit) {
    if (edit == null) {
      throw new InvalidInputException(path + " is null");
    }
    int forms =
        (edit.point() != null ? 1 : 0)
            + (edit.area() != null && !edit.area().isNull() ? 1 : 0)
            + (edit.facility() != null ? 1 : 0);
    if (forms != 1) {
      throw new InvalidInputException(
          path
              + ": give exactly one of point (with radiusM), area, or facility (with an optional"
              + " zone)");
    }
    String description =
        FieldText.optional(path + ".description", edit.description(), FieldText.MAX_NAME);
    if (edit.point() != null) {
      if (edit.point().size() != 2 || edit.point().stream().anyMatch(Objects::isNull)) {
        throw new InvalidInputException(path + ".point must be [longitude, latitude]");
      }
      if (edit.radiusM() == null) {
        throw new InvalidInputException(
            path + ".radiusM is required with a point: how far from it the event may have been");
      }
      double lon = edit.point().get(0);
      double lat = edit.point().get(1);
      if (lon >= 33 && lon <= 44 && lat >= 123 && lat <= 132) {
        throw new InvalidInputException(
            path
                + ".point ["
                + lon
                + ", "
                + lat
                + "]: latitude and longitude look swapped; give [longitude, latitude], e.g."
                + " [126.85, 39.67]");
      }
      return new Place(
          UncertainPlace.PointRadius.of(lon, lat, edit.radiusM()), null, null, description);
    }
    if (edit.radiusM() != null || (edit.zone() != null && edit.facility() == null)) {
      throw new InvalidInputException(path + ": radiusM goes with a point, zone with a facility");
    }
    if (edit.area() != null && !edit.area().isNull()) {
      Geometry area =
          CheckedGeometry.unrepaired(edit.area(), path + ".area", AREA_CHECK).geometry();
      return new Place(new UncertainPlace.Area(area), null, null, description);
    }
    String facility = FieldText.required(path + ".facility", edit.facility(), 64);
    String zone = FieldText.optional(path + ".zone", edit.zone(), 64);
    return new Place(
        new UncertainPlace.WithinFacility(facility, zone), facility, zone, description);
  }
}
