package org.sightline.geodata.testimony.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.io.ImportReport;
import org.sightline.geodata.testimony.ClaimType;
import org.sightline.geodata.testimony.InformationGrade;
import org.sightline.geodata.testimony.Sharing;
import org.sightline.geodata.testimony.WitnessRelation;

/** Claims CSVs read into checked rows and per-row problems, or refused as a whole. */
class ClaimCsvReaderTest {
  private static final String HEADER =
      "ref,testimony_ref,document_ref,type,description,time,place_lon,place_lat,place_radius_m,"
          + "place_facility,place_zone,place_wkt,information_grade,witness_relation,heard_from,"
          + "perpetrator_unit,victims_min,victims_max,sharing\n";

  private static final ClaimCsvReader READER = new ClaimCsvReader();

  private static byte[] resource(String name) {
    try (InputStream in = ClaimCsvReaderTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ClaimCsv read(String text) {
    return READER.read(text.getBytes(StandardCharsets.UTF_8));
  }

  private static ClaimCsv fixture() {
    return READER.read(resource("claims.csv"));
  }

  @Test
  void goodRowsAreReadWithTheirFieldsTyped() {
    ClaimCsv csv = fixture();

    assertThat(csv.rowCount()).isEqualTo(11);
    assertThat(csv.claims())
        .extracting(
            ClaimRow::row,
            ClaimRow::ref,
            ClaimRow::testimonyRef,
            ClaimRow::documentRef,
            ClaimRow::type,
            ClaimRow::time,
            ClaimRow::informationGrade,
            ClaimRow::witnessRelation,
            ClaimRow::sharing)
        .containsExactly(
            tuple(
                1,
                "c-1",
                "T-2019-001",
                null,
                ClaimType.PUBLIC_EXECUTION,
                "1997년 겨울",
                InformationGrade.PROBABLY_TRUE,
                WitnessRelation.EYEWITNESS,
                Sharing.STAFF_ONLY),
            tuple(
                2,
                "c-2",
                null,
                "D-NKDB-2015-3",
                ClaimType.FORCED_LABOUR,
                "1998-03",
                InformationGrade.POSSIBLY_TRUE,
                null,
                Sharing.CORROBORATION_ONLY),
            tuple(
                3,
                "c-3",
                "T-2019-001",
                null,
                ClaimType.TORTURE,
                "1999",
                InformationGrade.PROBABLY_TRUE,
                WitnessRelation.HEARSAY,
                Sharing.SHAREABLE));

    ClaimRow first = csv.claims().get(0);
    assertThat(first.description())
        .isEqualTo(
            "Two prisoners were shot in front of the assembled work units, near the mine"
                + " entrance.");
    assertThat(first.places()).containsExactly(new ClaimPlace.AtPoint(126.85, 39.67, 500, null));
    assertThat(first.victimsMin()).isEqualTo(2);
    assertThat(first.victimsMax()).isEqualTo(2);
    assertThat(first.heardFrom()).isNull();
    assertThat(first.warnings()).isEmpty();

    assertThat(csv.claims().get(1).places())
        .containsExactly(new ClaimPlace.InFacility("kwanliso-15-yodok", "mine-north", null));

    ClaimPlace area = csv.claims().get(2).places().get(0);
    assertThat(area.kind()).isEqualTo("area");
    assertThat(((ClaimPlace.InArea) area).area().toText())
        .isEqualTo("POLYGON ((126.8 39.6, 126.9 39.6, 126.9 39.7, 126.8 39.7, 126.8 39.6))");
    assertThat(((ClaimPlace.InArea) area).area().getSRID()).isEqualTo(4326);
    assertThat(csv.claims().get(2).heardFrom()).isEqualTo("W-7K3Q9A");
  }

  @Test
  void htmlAndSqlAreKeptVerbatim() {
    ClaimRow row = fixture().claims().get(2);

    assertThat(row.description())
        .isEqualTo("<b>Beaten</b> with rods <script>alert('x')</script>; '; DROP TABLE claim; --");
    assertThat(row.perpetratorUnit()).isEqualTo("Robert'); DROP TABLE claim;--");
  }

  @Test
  void everyBadRowIsReportedWithItsRowRefAndColumn() {
    ClaimCsv csv = fixture();

    assertThat(csv.hasErrors()).isTrue();
    assertThat(csv.failedRowCount()).isEqualTo(8);
    assertThat(csv.problems())
        .extracting(RowProblem::row, RowProblem::ref, RowProblem::field)
        .containsExactly(
            tuple(4, "c-4", "place_lon"),
            tuple(5, "c-5", "place_wkt"),
            tuple(6, "c-6", "type"),
            tuple(7, "c-7", "place"),
            tuple(8, "c-8", "victims_min"),
            tuple(9, "c-1", "ref"),
            tuple(10, "c-10", "witness_relation"),
            tuple(10, "c-10", "heard_from"),
            tuple(11, "c-11", "place_radius_m"),
            tuple(11, "c-11", "place_facility"));
    assertThat(csv.errors())
        .containsExactly(
            "row 4 'c-4': place_lon, place_lat: the point (place_lon 39.67, place_lat 126.85) looks"
                + " swapped: North Korea lies at longitude 124 to 131, latitude 37.5 to 43.1; put"
                + " the longitude in place_lon and the latitude in place_lat",
            "row 5 'c-5': place_wkt: self-intersection at 126.05 39.05",
            "row 6 'c-6': type: unknown value 'beating'; expected one of execution,"
                + " public-execution, torture, death-in-custody, forced-labour, sexual-violence,"
                + " forced-abortion-or-infanticide, enforced-disappearance, starvation,"
                + " arbitrary-detention, forcible-transfer, other (or its English or Korean label)",
            "row 7 'c-7': place: none given; give place_lon, place_lat and place_radius_m, or"
                + " place_facility (and place_zone), or place_wkt",
            "row 8 'c-8': victims_min 12 is more than victims_max 5",
            "row 9 'c-1': ref: 'c-1' is also the ref of row 1; each claim needs its own ref",
            "row 10 'c-10': witness_relation: a claim from a document has none; leave it empty (it"
                + " says how a witness knows of the event)",
            "row 10 'c-10': heard_from: 'kim' is not a witness code (W- and 4 to 16 capital"
                + " letters or digits, such as W-7K3Q9A)",
            "row 11 'c-11': place_radius_m: 150000 is out of range 0 to 100,000 metres",
            "row 11 'c-11': place_facility: 'Camp 15' is not a facility id: 2 to 64 characters of"
                + " a-z, 0-9 and '-', such as kwanliso-15-yodok");
    assertThat(csv.summary())
        .isEqualTo(
            "8 of 11 rows have errors; row 4 'c-4': place_lon, place_lat: the point (place_lon"
                + " 39.67, place_lat 126.85) looks swapped: North Korea lies at longitude 124 to"
                + " 131, latitude 37.5 to 43.1; put the longitude in place_lon and the latitude in"
                + " place_lat");
  }

  @Test
  void koreanAndEnglishLabelsAndCodesAreAccepted() {
    ClaimCsv csv =
        read(
            HEADER
                + "k-1,T-1,,구금 중 사망,d,1998,,,,kwanliso-15-yodok,,,진위를 판단할 수 없음,피해자에게서 들음,W-0042,,,,공유 가능\n"
                + "k-2,T-1,,Death In Custody,d,1998,,,,kwanliso-15-yodok,,,6,Heard from a victim,,,,,SHAREABLE\n"
                + "k-3,T-1,,death_in_custody,d,1998,,,,kwanliso-15-yodok,,,6,heard-from-victim,,,,,shareable\n");

    assertThat(csv.problems()).isEmpty();
    assertThat(csv.claims())
        .extracting(
            ClaimRow::type,
            ClaimRow::informationGrade,
            ClaimRow::witnessRelation,
            ClaimRow::heardFrom,
            ClaimRow::sharing)
        .containsOnly(
            tuple(
                ClaimType.DEATH_IN_CUSTODY,
                InformationGrade.CANNOT_BE_JUDGED,
                WitnessRelation.HEARD_FROM_VICTIM,
                "W-0042",
                Sharing.SHAREABLE),
            tuple(
                ClaimType.DEATH_IN_CUSTODY,
                InformationGrade.CANNOT_BE_JUDGED,
                WitnessRelation.HEARD_FROM_VICTIM,
                null,
                Sharing.SHAREABLE));
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    ClaimCsv csv = read("\uFEFF" + HEADER + "b-1,,D-1,other,d,1998,,,,camp-x,,,6,,,,,,\n");

    assertThat(csv.problems()).isEmpty();
    assertThat(csv.claims()).extracting(ClaimRow::ref).containsExactly("b-1");
  }

  @Test
  void controlCharactersAreRefusedAndTheRestOfTheRowStillChecked() {
    ClaimCsv csv =
        read(
            HEADER
                + "x-1,T-1,,torture,Beaten \u0007 daily,19\u000098,,,,camp-x,,,3,victim,,,-1,,\n");

    assertThat(csv.errors())
        .containsExactly(
            "row 1 'x-1': description must not contain U+0007 BEL at character 8 (control"
                + " characters other than line breaks and tabs and bidirectional controls are"
                + " refused: they make text display as something else)",
            "row 1 'x-1': time must not contain U+0000 NULL at character 3 (control characters"
                + " and bidirectional controls are refused: they make text display as something"
                + " else)",
            "row 1 'x-1': victims_min: '-1' is not a whole number of 0 or more");
  }

  @Test
  void pointProblemsNameTheirColumn() {
    ClaimCsv csv =
        read(
            HEADER
                + "p-1,T-1,,torture,d,1998,\"126,85\",39.67,500,,,,3,victim,,,,,\n"
                + "p-2,T-1,,torture,d,1998,126.85,,500,,,,3,victim,,,,,\n"
                + "p-3,T-1,,torture,d,1998,126.85,39.67,,,,,3,victim,,,,,\n"
                + "p-4,T-1,,torture,d,1998,200,95,500,,,,3,victim,,,,,\n"
                + "p-5,T-1,,torture,d,1998,east,39.67,500,,,,3,victim,,,,,\n"
                + "p-6,T-1,,torture,d,1998,2.35,48.85,500,,,,3,victim,,,,,\n");

    assertThat(csv.errors())
        .containsExactly(
            "row 1 'p-1': place_lon: '126,85' has a decimal comma; write decimal degrees with a"
                + " point (126.85)",
            "row 2 'p-2': place_lat is required with place_lon",
            "row 3 'p-3': place_radius_m is required with place_lon and place_lat: how far from"
                + " the point the event may have been, 0 to 100,000 metres",
            "row 4 'p-4': place_lon: 200 is out of range -180 to 180",
            "row 4 'p-4': place_lat: 95 is out of range -90 to 90",
            "row 5 'p-5': place_lon: 'east' is not a number; give decimal degrees such as"
                + " 126.85");
    assertThat(csv.claims())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.ref()).isEqualTo("p-6");
              assertThat(row.warnings())
                  .containsExactly(
                      "place_lon, place_lat: the point (2.35, 48.85) lies outside the Korean"
                          + " peninsula (longitude 123 to 132, latitude 33 to 44); check the"
                          + " coordinates");
            });
  }

  @Test
  void areaProblemsSayWhatAndWhere() {
    ClaimCsv csv =
        read(
            HEADER
                + "a-1,T-1,,torture,d,1998,,,,,,\"POLYGON((39.0 126.0, 39.1 126.0, 39.1 126.1,"
                + " 39.0 126.1, 39.0 126.0))\",3,victim,,,,,\n"
                + "a-2,T-1,,torture,d,1998,,,,,,POINT(126.8 39.6),3,victim,,,,,\n"
                + "a-3,T-1,,torture,d,1998,,,,,,\"POLYGON((126.8 39.6, 126.9\",3,victim,,,,,\n"
                + "a-4,T-1,,torture,d,1998,,,,,zone-a,,3,victim,,,,,\n");

    assertThat(csv.errors())
        .containsExactly(
            "row 1 'a-1': place_wkt: the polygon looks swapped (latitude first): North Korea lies"
                + " at longitude 124 to 131, latitude 37.5 to 43.1, and WKT gives the longitude"
                + " first",
            "row 2 'a-2': place_wkt: a POINT is not an area; give a POLYGON in longitude latitude"
                + " order (a point goes in place_lon, place_lat and place_radius_m)",
            "row 3 'a-3': place_wkt: not valid WKT: Expected number but found End-of-Stream (line 1)",
            "row 4 'a-4': place_zone is given without place_facility: a zone is inside a"
                + " facility");
  }

  @Test
  void whereTheClaimComesFromIsCheckedAgainstTheWitnessRelation() {
    ClaimCsv csv =
        read(
            HEADER
                + "o-1,T-1,D-1,torture,d,1998,,,,camp-x,,,3,victim,,,,,\n"
                + "o-2,,,torture,d,1998,,,,camp-x,,,3,,,,,,\n"
                + "o-3,T-1,,torture,d,1998,,,,camp-x,,,3,,,,,,\n"
                + "o-4,T-1,,torture,d,1998,,,,camp-x,,,3,eyewitness,W-7K3Q9A,,,,\n"
                + ",T-1,,torture,,,,,,camp-x,,,,victim,,,,,\n");

    assertThat(csv.errors())
        .containsExactly(
            "row 1 'o-1': testimony_ref and document_ref: give one, not both (a claim comes from"
                + " one testimony or one document)",
            "row 2 'o-2': testimony_ref or document_ref is required: the testimony or document"
                + " the claim comes from",
            "row 3 'o-3': witness_relation is required for a claim from a testimony: one of"
                + " victim, eyewitness, heard-from-victim, hearsay",
            "row 4 'o-4': heard_from is only for witness_relation heard-from-victim or hearsay,"
                + " not eyewitness",
            "row 5: ref is required",
            "row 5: description is required",
            "row 5: time is required",
            "row 5: information_grade is required");
  }

  @Test
  void aRowWithMoreCellsThanTheHeaderIsOneProblem() {
    ClaimCsv csv =
        read(HEADER + "m-1,T-1,,torture,Beaten, then kicked,1998,,,,camp-x,,,3,victim,,,,,\n");

    assertThat(csv.errors())
        .containsExactly(
            "row 1 'm-1': the row has 20 cells but the header has 19 columns; a text with a comma"
                + " must be in double quotes");
  }

  @Test
  void reportItemsCarryEachRowsOutcome() {
    List<ImportReport.Item> items = fixture().items(ref -> "created");

    assertThat(items).hasSize(11);
    assertThat(items.get(0))
        .isEqualTo(
            new ImportReport.Item(1, "c-1", "claim", "c-1", "created", null, List.of(), List.of()));
    assertThat(items.get(5))
        .isEqualTo(
            new ImportReport.Item(
                6,
                "c-6",
                "claim",
                "c-6",
                "error",
                "type: unknown value 'beating'; expected one of execution, public-execution,"
                    + " torture, death-in-custody, forced-labour, sexual-violence,"
                    + " forced-abortion-or-infanticide, enforced-disappearance, starvation,"
                    + " arbitrary-detention, forcible-transfer, other (or its English or Korean label)",
                List.of(
                    "type: unknown value 'beating'; expected one of execution, public-execution,"
                        + " torture, death-in-custody, forced-labour, sexual-violence,"
                        + " forced-abortion-or-infanticide, enforced-disappearance, starvation,"
                        + " arbitrary-detention, forcible-transfer, other (or its English or Korean label)"),
                List.of()));
  }

  @Test
  void aFileThatIsNotUtf8IsRefused() {
    byte[] latin1 =
        (HEADER + "c-1,T-1,,torture,Schläge,1998,,,,camp-x,,,3,victim,,,,,\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> READER.read(latin1))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "the CSV is not UTF-8: byte 0xE4 at offset 240 (line 2) is not valid UTF-8; save the"
                + " file as CSV UTF-8");
  }

  @Test
  void fileLevelProblemsRefuseTheWholeFileWithOneMessage() {
    assertThatThrownBy(() -> read(""))
        .hasMessage(
            "the CSV is empty; its first row must name the columns: ref, testimony_ref,"
                + " document_ref, type, description, time, place_lon, place_lat, place_radius_m,"
                + " place_facility, place_zone, place_wkt, information_grade, witness_relation,"
                + " heard_from, perpetrator_unit, victims_min, victims_max, sharing");
    assertThatThrownBy(() -> read(HEADER)).hasMessage("the CSV has a header but no rows");
    assertThatThrownBy(() -> read("c-1,T-1,,torture,d,1998\n"))
        .hasMessage(
            "the first row is not a header: none of its cells is a column name; the columns are:"
                + " ref, testimony_ref, document_ref, type, description, time, place_lon,"
                + " place_lat, place_radius_m, place_facility, place_zone, place_wkt,"
                + " information_grade, witness_relation, heard_from, perpetrator_unit,"
                + " victims_min, victims_max, sharing");
    assertThatThrownBy(() -> read("ref,testimony_ref,Claim Type,notes\nc-1,T-1,torture,x\n"))
        .hasMessage(
            "unknown columns 'Claim Type', 'notes'; the columns are: ref, testimony_ref,"
                + " document_ref, type, description, time, place_lon, place_lat,"
                + " place_radius_m, place_facility, place_zone, place_wkt, information_grade,"
                + " witness_relation, heard_from, perpetrator_unit, victims_min, victims_max,"
                + " sharing");
    assertThatThrownBy(() -> read("ref,document_ref,type,place_facility\nc-1,D-1,torture,x\n"))
        .hasMessage("the header lacks the required columns description, time, information_grade");
    assertThatThrownBy(
            () -> read("ref,type,description,time,information_grade,place_facility\nc-1\n"))
        .hasMessage(
            "the header needs a testimony_ref or a document_ref column: where each claim comes"
                + " from");
    assertThatThrownBy(
            () -> read("ref,testimony_ref,type,description,time,information_grade,place_facility"))
        .hasMessage(
            "the header has testimony_ref but no witness_relation column: a claim from a"
                + " testimony says how the witness knows of the event");
    assertThatThrownBy(
            () ->
                read(
                    "ref,document_ref,type,description,time,information_grade,place_lon,place_lat"))
        .hasMessage(
            "the header has place_lon, place_lat but not place_radius_m; a point needs place_lon,"
                + " place_lat and place_radius_m");
    assertThatThrownBy(
            () -> read("ref,document_ref,type,description,time,information_grade\nc-1\n"))
        .hasMessage(
            "the header has no place column; give place_lon, place_lat and place_radius_m, or"
                + " place_facility (and place_zone), or place_wkt");
    assertThatThrownBy(
            () -> read("ref,document_ref,type,description,time,information_grade,place_wkt,REF"))
        .hasMessage("the header names the column ref twice");
    assertThatThrownBy(
            () -> read("ref,document_ref,type,description,time,information_grade,place_wkt,"))
        .hasMessage("the header's column 8 has no name; name it or remove the empty column");
    assertThatThrownBy(() -> read(HEADER + "c-1,T-1,,torture,\"unterminated,1998\n"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "the CSV cannot be read: (startline 2) EOF reached before encapsulated token"
                + " finished");
  }

  @Test
  void moreThanFiftyThousandRowsAreRefused() {
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; i <= ClaimCsvReader.MAX_ROWS; i++) {
      text.append("r-").append(i).append(",,D-1,other,d,1998,,,,camp-x,,,6,,,,,,\n");
    }

    assertThatThrownBy(() -> read(text.toString()))
        .hasMessage(
            "the CSV has more than 50,000 rows; split it into files of at most 50,000 rows");
  }
}
