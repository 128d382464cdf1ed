package org.sightline.geodata.testimony.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.io.ImportReport;
import org.sightline.geodata.testimony.ClaimType;
import org.sightline.geodata.testimony.DocumentKind;
import org.sightline.geodata.testimony.InformationGrade;
import org.sightline.geodata.testimony.Sharing;

/**
 * A TimeMap (events, sources, associations as timemap's datasheet-server serves them) read into
 * claims, documents and problems.
 */
class TimeMapReaderTest {
  /** Association ids, and one title ("Forced labour"), to claim types. */
  private static final Map<String, ClaimType> TYPES =
      Map.of(
          "executions", ClaimType.EXECUTION,
          "Forced labour", ClaimType.FORCED_LABOUR,
          "beatings", ClaimType.TORTURE);

  private static final TimeMapReader READER = new TimeMapReader(TimeMapOptions.of(TYPES));

  private static byte[] resource(String name) {
    try (InputStream in = TimeMapReaderTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TimeMapImport fixture(TimeMapReader reader) {
    return reader.read(resource("timemap-camp15.json"));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void eachEventMakesOneClaimPerSource() {
    TimeMapImport timeMap = fixture(READER);

    assertThat(timeMap.eventCount()).isEqualTo(8);
    assertThat(timeMap.claims())
        .extracting(
            TimeMapClaim::externalRef,
            TimeMapClaim::eventId,
            TimeMapClaim::sourceId,
            TimeMapClaim::documentRef,
            TimeMapClaim::type,
            TimeMapClaim::time,
            TimeMapClaim::timeStated,
            TimeMapClaim::sharing)
        .containsExactly(
            tuple(
                "timemap:1:S001",
                "1",
                "S001",
                "timemap-source:S001",
                ClaimType.EXECUTION,
                "1997-08-23",
                "08/23/1997 14:00",
                Sharing.STAFF_ONLY),
            tuple(
                "timemap:1:S002",
                "1",
                "S002",
                "timemap-source:S002",
                ClaimType.EXECUTION,
                "1997-08-23",
                "08/23/1997 14:00",
                Sharing.STAFF_ONLY),
            tuple(
                "timemap:2:S003",
                "2",
                "S003",
                "timemap-source:S003",
                ClaimType.FORCED_LABOUR,
                "1998-03",
                "3/1998",
                Sharing.CORROBORATION_ONLY),
            tuple(
                "timemap:5",
                "5",
                null,
                null,
                ClaimType.TORTURE,
                "1999",
                "1999",
                Sharing.STAFF_ONLY));

    TimeMapClaim first = timeMap.claims().get(0);
    assertThat(first.description())
        .isEqualTo(
            "Public execution of two prisoners at the mine entrance; the work units were made to"
                + " watch.");
    assertThat(first.place())
        .isEqualTo(new ClaimPlace.AtPoint(126.8523, 39.6717, 1000, "Yodok, mine entrance"));
    assertThat(first.informationGrade()).isEqualTo(InformationGrade.CANNOT_BE_JUDGED);
    assertThat(first.associations()).containsExactly("executions", "narrative-yodok");
    assertThat(first.warnings()).isEmpty();
  }

  @Test
  void sourcesBecomeDocumentsAndHiddenOnesAreCorroborationOnly() {
    TimeMapImport timeMap = fixture(READER);

    assertThat(timeMap.sources())
        .extracting(
            TimeMapSource::index,
            TimeMapSource::id,
            TimeMapSource::externalRef,
            TimeMapSource::title,
            TimeMapSource::kind,
            TimeMapSource::url,
            TimeMapSource::date,
            TimeMapSource::hidden,
            TimeMapSource::sharing)
        .containsExactly(
            tuple(
                1,
                "S001",
                "timemap-source:S001",
                "Yodok camp: testimonies of former prisoners",
                DocumentKind.REPORT,
                "https://example.org/reports/yodok-2014.pdf",
                "2014-05-02",
                false,
                Sharing.STAFF_ONLY),
            tuple(
                2,
                "S002",
                "timemap-source:S002",
                "Interview recording, former prisoner",
                DocumentKind.MEDIA,
                "https://example.org/video/s002",
                "2015",
                false,
                Sharing.STAFF_ONLY),
            tuple(
                3,
                "S003",
                "timemap-source:S003",
                "Unpublished interview notes",
                DocumentKind.OTHER,
                null,
                null,
                true,
                Sharing.CORROBORATION_ONLY),
            tuple(
                4,
                "S004",
                "timemap-source:S004",
                "S004",
                DocumentKind.OTHER,
                null,
                null,
                true,
                Sharing.CORROBORATION_ONLY));
    assertThat(timeMap.sources().get(0).paths())
        .containsExactly("https://example.org/reports/yodok-2014.pdf");
    assertThat(timeMap.sources().get(0).description())
        .isEqualTo("A documentation centre's report.");
    assertThat(timeMap.sources().get(3).warnings())
        .containsExactly(
            "title: not given; the source's id 'S004' is its title",
            "type: not given; recorded as 'other'",
            "date: '29/08/2014' is not a date: month 29 is not 1 to 12 (timemap reads dates as"
                + " MM/DD/YYYY); not recorded");
  }

  @Test
  void associationsAreRead() {
    assertThat(fixture(READER).associations())
        .extracting(
            TimeMapAssociation::index,
            TimeMapAssociation::id,
            TimeMapAssociation::title,
            TimeMapAssociation::mode,
            TimeMapAssociation::filterPaths)
        .containsExactly(
            tuple(1, "executions", "Executions", "FILTER", List.of("Violence", "Executions")),
            tuple(2, "beatings", "Beatings", "FILTER", List.of("Violence", "Beatings")),
            tuple(3, "forced-labour", "Forced labour", "FILTER", List.of("Labour")),
            tuple(4, "narrative-yodok", "Yodok, 1997-1999", "NARRATIVE", List.of()));
  }

  @Test
  void everyBadEventIsReportedWithItsId() {
    TimeMapImport timeMap = fixture(READER);

    assertThat(timeMap.problems())
        .extracting(TimeMapProblem::kind, TimeMapProblem::index, TimeMapProblem::id)
        .containsExactly(
            tuple("event", 3, "3"),
            tuple("event", 4, "4"),
            tuple("event", 6, "6"),
            tuple("event", 7, "7"),
            tuple("event", 7, "7"),
            tuple("event", 7, "7"),
            tuple("event", 8, "8"));
    assertThat(timeMap.errors())
        .containsExactly(
            "event 3 '3': latitude and longitude are empty: a claim needs a place",
            "event 4 '4': date: '13/45/2019' is not a date: month 13 is not 1 to 12 (timemap"
                + " reads dates as MM/DD/YYYY)",
            "event 6 '6': type: the event maps to more than one claim type: 'executions' →"
                + " execution, 'beatings' → torture; one event is one claim type",
            "event 7 '7': associations: 'riots' is not an association of the file (it has"
                + " executions, beatings, forced-labour, narrative-yodok)",
            "event 7 '7': type: none of association 'riots' is in the claim type mapping"
                + " (beatings, executions, forced labour)",
            "event 7 '7': sources: 'S009' is not a source of the file (it has S001, S002, S003,"
                + " S004)",
            "event 8 '8': type: none of association 'narrative-yodok' is in the claim type mapping"
                + " (beatings, executions, forced labour)");
    assertThat(timeMap.summary())
        .isEqualTo(
            "7 errors in 5 events; event 3 '3': latitude and longitude are empty: a claim needs a"
                + " place");
  }

  @Test
  void aDefaultTypeTurnsUnmappedAssociationsIntoWarnings() {
    TimeMapReader reader =
        new TimeMapReader(
            TimeMapOptions.of(TYPES)
                .withDefaultType(ClaimType.OTHER)
                .withRadiusM(250)
                .withSharing(Sharing.SHAREABLE)
                .withInformationGrade(InformationGrade.POSSIBLY_TRUE));
    TimeMapImport timeMap = fixture(reader);

    TimeMapClaim eight =
        timeMap.claims().stream().filter(c -> c.eventId().equals("8")).findFirst().orElseThrow();
    assertThat(eight.externalRef()).isEqualTo("timemap:8:S004");
    assertThat(eight.type()).isEqualTo(ClaimType.OTHER);
    assertThat(eight.sharing()).isEqualTo(Sharing.CORROBORATION_ONLY);
    assertThat(eight.informationGrade()).isEqualTo(InformationGrade.POSSIBLY_TRUE);
    assertThat(eight.place().radiusM()).isEqualTo(250);
    assertThat(eight.warnings())
        .containsExactly(
            "type: none of association 'narrative-yodok' is in the claim type mapping; recorded"
                + " as 'other'");
    assertThat(timeMap.claims().get(0).sharing()).isEqualTo(Sharing.SHAREABLE);
    assertThat(timeMap.errors())
        .containsExactly(
            "event 3 '3': latitude and longitude are empty: a claim needs a place",
            "event 4 '4': date: '13/45/2019' is not a date: month 13 is not 1 to 12 (timemap"
                + " reads dates as MM/DD/YYYY)",
            "event 6 '6': type: the event maps to more than one claim type: 'executions' →"
                + " execution, 'beatings' → torture; one event is one claim type",
            "event 7 '7': associations: 'riots' is not an association of the file (it has"
                + " executions, beatings, forced-labour, narrative-yodok)",
            "event 7 '7': sources: 'S009' is not a source of the file (it has S001, S002, S003,"
                + " S004)");
  }

  @Test
  void reportItemsListDocumentsThenClaims() {
    List<ImportReport.Item> items = fixture(READER).items(ref -> "created");

    assertThat(items)
        .extracting(
            ImportReport.Item::index,
            ImportReport.Item::kind,
            ImportReport.Item::id,
            ImportReport.Item::outcome)
        .containsExactly(
            tuple(1, "document", "timemap-source:S001", "created"),
            tuple(2, "document", "timemap-source:S002", "created"),
            tuple(3, "document", "timemap-source:S003", "created"),
            tuple(4, "document", "timemap-source:S004", "created"),
            tuple(1, "claim", "timemap:1:S001", "created"),
            tuple(1, "claim", "timemap:1:S002", "created"),
            tuple(2, "claim", "timemap:2:S003", "created"),
            tuple(3, "claim", "timemap:3", "error"),
            tuple(4, "claim", "timemap:4", "error"),
            tuple(5, "claim", "timemap:5", "created"),
            tuple(6, "claim", "timemap:6", "error"),
            tuple(7, "claim", "timemap:7", "error"),
            tuple(8, "claim", "timemap:8", "error"));
    assertThat(items.get(11).errors())
        .containsExactly(
            "associations: 'riots' is not an association of the file (it has executions,"
                + " beatings, forced-labour, narrative-yodok)",
            "type: none of association 'riots' is in the claim type mapping (beatings,"
                + " executions, forced labour)",
            "sources: 'S009' is not a source of the file (it has S001, S002, S003, S004)");
  }

  @Test
  void coordinatesAreParsedStrictly() {
    TimeMapImport timeMap =
        READER.read(
            utf8(
                """
                {"events": [
                  {"id": "a", "description": "d", "date": "01/02/1998", "latitude": "126.85",
                   "longitude": "39.67", "associations": ["beatings"], "sources": []},
                  {"id": "b", "description": "d", "date": "01/02/1998", "latitude": "39,67",
                   "longitude": "126.85", "associations": ["beatings"], "sources": []},
                  {"id": "c", "description": "d", "date": "01/02/1998", "latitude": "39.67",
                   "longitude": "", "associations": ["beatings"], "sources": []},
                  {"id": "d", "description": "d", "date": "02/30/1998", "latitude": 39.67,
                   "longitude": 126.85, "associations": ["beatings"], "sources": []}
                 ],
                 "associations": [{"id": "beatings", "title": "Beatings", "mode": "FILTER"}]}
                """));

    assertThat(timeMap.errors())
        .containsExactly(
            "event 1 'a': longitude, latitude: the point (longitude 39.67, latitude 126.85) looks"
                + " swapped: North Korea lies at longitude 124 to 131, latitude 37.5 to 43.1; put"
                + " the longitude in longitude and the latitude in latitude",
            "event 2 'b': latitude: '39,67' has a decimal comma; write decimal degrees with a"
                + " point (39.67)",
            "event 3 'c': longitude is required with latitude",
            "event 4 'd': date: '02/30/1998' is not a date: February 1998 has no day 30");
  }

  @Test
  void eventIdsMustBeGivenUniqueAndWithoutColons() {
    TimeMapImport timeMap =
        READER.read(
            utf8(
                """
                {"events": [
                  {"description": "d", "date": "1998", "latitude": "39.67", "longitude": "126.85",
                   "associations": ["beatings"]},
                  {"id": "x:1", "description": "d", "date": "1998", "latitude": "39.67",
                   "longitude": "126.85", "associations": ["beatings"]},
                  {"id": "y", "description": "d", "date": "1998", "latitude": "39.67",
                   "longitude": "126.85", "associations": ["beatings"]},
                  {"id": "y", "description": "", "date": "", "latitude": "39.67",
                   "longitude": "126.85", "associations": "beatings"}
                 ],
                 "sources": [{"id": "S1", "title": "t", "hidden": "maybe", "url": "ftp://x"}],
                 "associations": [{"id": "beatings", "title": "Beatings", "mode": "FILTER"},
                                  {"title": "untitled"}]}
                """));

    assertThat(timeMap.errors())
        .containsExactly(
            "association 2: id is missing",
            "source 1 'S1': url: 'ftp://x' is not an http or https address",
            "source 1 'S1': hidden: 'maybe' is not TRUE or FALSE",
            "event 1: id is missing: the claims' external references are made from it"
                + " (timemap:<id>:<source>)",
            "event 2 'x:1': id: 'x:1' must not contain ':', which separates the parts of the"
                + " claims' external references",
            "event 4 'y': id: 'y' is also the id of event 3; each event needs its own id",
            "event 4 'y': description is empty: a claim needs a description",
            "event 4 'y': date is empty: a claim needs a time",
            "event 4 'y': associations: must be an array, got a text",
            "event 4 'y': type: the event has no association, category or type to map to a claim"
                + " type");
  }

  @Test
  void aSourceKeyedByIdCarriesThatId() {
    TimeMapImport timeMap =
        READER.read(
            utf8(
                """
                {"events": [],
                 "sources": {"S1": {"id": "S2", "title": "t", "type": "photo"},
                             "S3": ["not", "an", "object"],
                             "S4": {"id": "S4", "title": "t", "type": "photo", "paths": "a.jpg"}}}
                """));

    assertThat(timeMap.errors())
        .containsExactly(
            "source 1 'S1': id: 'S2' differs from the key 'S1' the source is filed under",
            "source 2 'S3': the source is not a JSON object",
            "source 3 'S4': paths: must be an array, got a text");
    assertThat(timeMap.sources()).isEmpty();
  }

  @Test
  void theThreeEndpointsMayBeReadApart() {
    TimeMapImport timeMap =
        READER.read(
            utf8(
                """
                [{"id": "1", "description": "d", "date": "12/31/1999", "latitude": "39.67",
                  "longitude": "126.85", "associations": ["beatings"], "sources": ["S1"]}]
                """),
            utf8("[{\"id\": \"S1\", \"title\": \"Report\", \"type\": \"report\", \"paths\": []}]"),
            utf8("[{\"id\": \"beatings\", \"title\": \"Beatings\", \"mode\": \"FILTER\"}]"));

    assertThat(timeMap.problems()).isEmpty();
    assertThat(timeMap.claims())
        .extracting(TimeMapClaim::externalRef, TimeMapClaim::time, TimeMapClaim::type)
        .containsExactly(tuple("timemap:1:S1", "1999-12-31", ClaimType.TORTURE));
    assertThat(timeMap.summary())
        .isEqualTo("1 event read: 1 claim, 1 source (0 hidden), 1 association, 0 warnings");
  }

  @Test
  void moreThanFiftyThousandEventsAreRefused() {
    String events = "{},".repeat(TimeMapReader.MAX_EVENTS) + "{}";

    assertThatThrownBy(() -> READER.read(utf8("{\"events\": [" + events + "]}")))
        .hasMessage("the TimeMap has 50,001 events; at most 50,000 are read at once");
  }

  @Test
  void malformedJsonIsOneProblemWithLineAndColumn() {
    assertThatThrownBy(
            () -> READER.read(utf8("{\"events\": [\n  {\"id\": \"1\",, \"date\": \"1998\"}\n]}")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "the TimeMap file is not valid JSON: Unexpected character (',' (code 44)): was"
                + " expecting double-quote to start field name [line 2, column 14]");
    assertThatThrownBy(() -> READER.read(utf8("{\"sources\": {}}")))
        .hasMessage(
            "the TimeMap file must be a JSON object with an \"events\" array, and \"sources\" and"
                + " \"associations\" as timemap's datasheet-server serves them");
    assertThatThrownBy(() -> READER.read(utf8("{\"events\": [], \"sources\": \"S1\"}")))
        .hasMessage(
            "the TimeMap sources must be a JSON object keyed by source id (as datasheet-server's"
                + " deepids serves them) or an array");
  }

  @Test
  void aSourceWhoseTitleIsRefusedIsAProblemNotACrash() {
    // Found by fuzzing (docs/FUZZING.md): a refused title left it null, and building the source
    // threw NullPointerException.
    TimeMapImport read =
        READER.read(
            """
            {"events": [], "sources": {"S1": {"id": "S1", "title": {"nested": true}}}}
            """
                .getBytes(StandardCharsets.UTF_8));
    assertThat(read.sources()).isEmpty();
    assertThat(read.problems())
        .extracting(TimeMapProblem::kind, TimeMapProblem::id, TimeMapProblem::field)
        .contains(tuple("source", "S1", "title"));
  }
}
