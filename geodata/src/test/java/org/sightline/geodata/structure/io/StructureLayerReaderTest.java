package org.sightline.geodata.structure.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.io.GeoJsonImportReader;
import org.sightline.geodata.io.ImportFeature;
import org.sightline.geodata.io.ImportReport;
import org.sightline.geodata.io.KmlImportReader;
import org.sightline.geodata.structure.ObservedStructure;
import org.sightline.geodata.structure.StructureClass;
import org.sightline.geodata.structure.StructureCondition;
import org.sightline.geodata.structure.UnassessableReason;

/** Analysts' layers (QGIS GeoJSON, Google Earth KML) read into structure drafts and reports. */
class StructureLayerReaderTest {
  private static final String SQUARE =
      "{\"type\": \"Polygon\", \"coordinates\": [[[126.851, 39.67], [126.852, 39.67],"
          + " [126.852, 39.671], [126.851, 39.671], [126.851, 39.67]]]}";
  private static final String LINE =
      "{\"type\": \"LineString\", \"coordinates\": [[126.85, 39.672], [126.854, 39.672]]}";

  private static byte[] resource(String name) {
    try (InputStream in =
        StructureLayerReaderTest.class.getResourceAsStream("/structure/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static StructureLayer readGeoJson(byte[] bytes) {
    return new StructureLayerReader().read(new GeoJsonImportReader().read(bytes));
  }

  /** A FeatureCollection of features, each given as its properties (JSON) and geometry (JSON). */
  private static StructureLayer layer(
      StructureLayerReader reader, String... propertiesAndGeometry) {
    StringBuilder json = new StringBuilder("{\"type\": \"FeatureCollection\", \"features\": [");
    for (int i = 0; i < propertiesAndGeometry.length; i += 2) {
      json.append(i == 0 ? "" : ",")
          .append("{\"type\": \"Feature\", \"properties\": ")
          .append(propertiesAndGeometry[i])
          .append(", \"geometry\": ")
          .append(propertiesAndGeometry[i + 1])
          .append("}");
    }
    json.append("]}");
    return reader.read(
        new GeoJsonImportReader().read(json.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static StructureLayer layer(String... propertiesAndGeometry) {
    return layer(new StructureLayerReader(), propertiesAndGeometry);
  }

  @Test
  void aQgisLayerWithMixedClassesConditionsAndACloud() {
    StructureLayer layer = readGeoJson(resource("qgis-camp15-2019-04-12.geojson"));

    assertThat(layer.hasErrors()).as(layer.errors().toString()).isFalse();
    assertThat(layer.structures())
        .extracting(
            StructureDraft::index,
            StructureDraft::label,
            StructureDraft::structureClass,
            StructureDraft::condition,
            d -> d.geometry().getGeometryType())
        .containsExactly(
            tuple(
                1,
                "Block 1",
                StructureClass.PRISONER_HOUSING,
                StructureCondition.INTACT,
                "Polygon"),
            tuple(
                2,
                "Block 2",
                StructureClass.PRISONER_HOUSING,
                StructureCondition.MAJOR_DAMAGE,
                "Polygon"),
            tuple(3, "NE tower", StructureClass.GUARD_POST, StructureCondition.INTACT, "Polygon"),
            tuple(
                4,
                "North fence",
                StructureClass.PERIMETER,
                StructureCondition.INTACT,
                "MultiLineString"),
            tuple(5, "Old HQ", StructureClass.ADMINISTRATION, StructureCondition.RAZED, "Polygon"),
            tuple(
                6,
                "Workshop",
                StructureClass.LIGHT_INDUSTRY,
                StructureCondition.UNDER_CONSTRUCTION,
                "Polygon"),
            tuple(
                7,
                "Maize fields",
                StructureClass.AGRICULTURE,
                StructureCondition.INTACT,
                "MultiPolygon"),
            tuple(
                8,
                "Pig sheds",
                StructureClass.AGRICULTURAL_SUPPORT,
                StructureCondition.MINOR_DAMAGE,
                "Polygon"),
            tuple(9, "Adit 2", StructureClass.MINING, StructureCondition.DESTROYED, "Polygon"));
    assertThat(layer.structures())
        .allSatisfy(d -> assertThat(d.geometry().getSRID()).isEqualTo(4326));
    assertThat(layer.structures().get(0).geometry().getCoordinates()[0].x).isEqualTo(126.8512);
    assertThat(layer.structures()).extracting(StructureDraft::featureId).startsWith("1", "2", "3");
    assertThat(layer.structures().get(0).notes()).isEqualTo("Roof repaired since 2016.");
    assertThat(layer.structures().get(1).notes()).isNull();

    assertThat(layer.unassessable())
        .extracting(UnassessableDraft::index, UnassessableDraft::label, UnassessableDraft::reason)
        .containsExactly(tuple(10, "Cloud over the east valley", UnassessableReason.CLOUD));
    assertThat(layer.unassessable().get(0).toArea().geometry().getGeometryType())
        .isEqualTo("Polygon");

    // The one assumption: the fields' condition was null.
    assertThat(layer.warnings())
        .containsExactly("feature 7 'Maize fields': condition not given: recorded as 'intact'");
    assertThat(layer.features())
        .extracting(FeatureReport::kind)
        .containsExactly(
            "structure",
            "structure",
            "structure",
            "structure",
            "structure",
            "structure",
            "structure",
            "structure",
            "structure",
            "unassessable");
    assertThat(layer.summary())
        .isEqualTo("10 features read: 9 structures, 1 area not assessable, 1 warning");

    ObservedStructure observed = layer.structures().get(3).toObserved(42);
    assertThat(observed.id()).isEqualTo(42);
    assertThat(observed.structureClass()).isEqualTo(StructureClass.PERIMETER);
    assertThat(observed.notes()).isEqualTo("Double fence with a patrol path.");
  }

  @Test
  void aGoogleEarthKmlTakesTheClassFromItsFoldersAndAFenceLine() {
    List<ImportFeature> features = new KmlImportReader().read(resource("google-earth-camp15.kml"));
    StructureLayer layer = new StructureLayerReader().read(features);

    assertThat(layer.hasErrors()).as(layer.errors().toString()).isFalse();
    assertThat(layer.structures())
        .extracting(
            StructureDraft::label,
            StructureDraft::structureClass,
            d -> d.geometry().getGeometryType())
        .containsExactly(
            tuple("Block 1", StructureClass.PRISONER_HOUSING, "Polygon"),
            tuple("Block 2", StructureClass.PRISONER_HOUSING, "Polygon"),
            tuple("NE tower", StructureClass.GUARD_POST, "Polygon"),
            tuple("North fence", StructureClass.PERIMETER, "LineString"));
    assertThat(layer.structures().get(0).notes()).isEqualTo("Roof repaired since 2016.");
    assertThat(layer.structures().get(3).geometry().getNumPoints()).isEqualTo(3);
    // Google Earth has no condition: each is assumed intact, and the report says so.
    assertThat(layer.structures())
        .extracting(StructureDraft::condition)
        .containsOnly(StructureCondition.INTACT);
    assertThat(layer.warnings())
        .hasSize(4)
        .contains("feature 3 'NE tower': condition not given: recorded as 'intact'");
  }

  @Test
  void aFolderThatIsNotAClassWordIsNamedInTheDefaultsWarning() {
    String kml =
        """
        <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Folder><name>Camp 15, 2019-04-12</name>
          <Placemark><name>Shed</name><Polygon><outerBoundaryIs><LinearRing><coordinates>
            126.851,39.67 126.852,39.67 126.852,39.671 126.851,39.67</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
          <Folder><name>Clouds</name>
            <Placemark><name>C1</name><Polygon><outerBoundaryIs><LinearRing><coordinates>
              126.86,39.67 126.87,39.67 126.87,39.68 126.86,39.67</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
          </Folder>
        </Folder></Document></kml>""";
    StructureLayer layer =
        new StructureLayerReader()
            .read(new KmlImportReader().read(kml.getBytes(StandardCharsets.UTF_8)));
    assertThat(layer.hasErrors()).isFalse();
    assertThat(layer.structures().get(0).structureClass()).isEqualTo(StructureClass.OTHER);
    assertThat(layer.features().get(0).warnings())
        .containsExactly(
            "class not given (folder 'Camp 15, 2019-04-12' is not a class word): recorded as 'other'",
            "condition not given: recorded as 'intact'");
    assertThat(layer.unassessable())
        .extracting(UnassessableDraft::label, UnassessableDraft::reason)
        .containsExactly(tuple("C1", UnassessableReason.CLOUD));
  }

  @Test
  void everyDefectOfABadLayerIsReportedWithItsFeatureNumberAndLabel() {
    StructureLayer layer = readGeoJson(resource("bad-layer.geojson"));

    assertThat(layer.hasErrors()).isTrue();
    assertThat(layer.failedCount()).isEqualTo(5);
    // The geometry wording is StructureDrawing's (the API's too); the feature and defect are ours.
    assertThat(layer.errors())
        .satisfiesExactly(
            e ->
                assertThat(e)
                    .isEqualTo(
                        "feature 3 'Block 7': condition: 'damaged' does not say how badly; give"
                            + " minor-damage or major-damage (or destroyed)"),
            e ->
                assertThat(e)
                    .startsWith(
                        "feature 3 'Block 7': geometry: self-intersection at 126.8514 39.6703"),
            e ->
                assertThat(e)
                    .startsWith("feature 4 'Tower NE': geometry: a LineString ")
                    .contains("perimeter"),
            e ->
                assertThat(e)
                    .isEqualTo(
                        "feature 5: class: unknown class 'hut'; expected one of: perimeter (fence,"
                            + " wall, 울타리), guard-post (guard post, watchtower, 경비초소),"
                            + " administration (admin, headquarters, 행정), prisoner-housing"
                            + " (housing, barracks, 주거), light-industry (factory, workshop, 공장),"
                            + " mining (mine, shaft, 광산), agriculture (field, farm, 농장),"
                            + " agricultural-support (greenhouse, barn, 축사), other (unknown,"
                            + " unidentified, 미상) (every word: docs/IMPORT-STRUCTURES.md)"),
            e -> assertThat(e).startsWith("feature 6 'Gate': geometry: a Point is not "),
            e ->
                assertThat(e)
                    .isEqualTo(
                        "feature 7 'Storehouse': geometry: coordinate out of range (longitude must"
                            + " be -180..180, latitude -90..90); latitude and longitude look"
                            + " swapped, expected longitude first at 39.669 126.847"));
    assertThat(layer.warnings())
        .containsExactly("feature 2 'Kitchen': condition not given: recorded as 'intact'");
    assertThat(layer.summary())
        .startsWith(
            "5 of 7 features failed, so nothing was imported; feature 3 'Block 7': condition:"
                + " 'damaged' does not say how badly; give minor-damage or major-damage (or"
                + " destroyed); geometry: self-intersection at 126.8514 39.6703");
    // Only the clean features are drafts, for the dry run's report; nothing of these is imported.
    assertThat(layer.structures()).extracting(StructureDraft::index).containsExactly(1, 2);

    ImportReport.Item block7 = layer.features().get(2).toItem("created");
    assertThat(block7.outcome()).isEqualTo("error");
    assertThat(block7.kind()).isEqualTo("structure");
    assertThat(block7.id()).isEqualTo("3");
    assertThat(block7.errors()).hasSize(2);
    ImportReport.Item kitchen = layer.features().get(1).toItem("created");
    assertThat(kitchen.outcome()).isEqualTo("created");
    assertThat(kitchen.message()).isEqualTo("condition not given: recorded as 'intact'");
  }

  @Test
  void theDefaultClassMayBeChosen() {
    StructureLayer layer =
        layer(
            new StructureLayerReader(StructureClass.PRISONER_HOUSING),
            "{\"name\": \"Block 7\", \"condition\": \"intact\"}",
            SQUARE);
    assertThat(layer.structures().get(0).structureClass())
        .isEqualTo(StructureClass.PRISONER_HOUSING);
    assertThat(layer.warnings())
        .containsExactly("feature 1 'Block 7': class not given: recorded as 'prisoner-housing'");
  }

  @Test
  void koreanWordsAndAnyCaseOrPunctuation() {
    StructureLayer layer =
        layer(
            "{\"class\": \"주거\", \"condition\": \"철거\"}", SQUARE,
            "{\"구분\": \"x\", \"structure_class\": \"막사\", \"state\": \"경미한 손상\"}", SQUARE,
            "{\"category\": \"경비 초소\", \"status\": \"공사 중\"}", SQUARE,
            "{\"type\": \"정문\", \"damage\": \"반파\"}", SQUARE,
            "{\"class\": \"울타리\", \"condition\": \"온전\"}", LINE,
            "{\"class\": \"담장\", \"condition\": \"파괴\"}", LINE,
            "{\"class\": \"행정\"}", SQUARE,
            "{\"class\": \"광산\"}", SQUARE,
            "{\"class\": \"과수원\"}", SQUARE,
            "{\"class\": \"창고\"}", SQUARE,
            "{\"class\": \"GUARD-POST\", \"condition\": \"Minor_Damage\"}", SQUARE,
            "{\"class\": \"Watch Towers\", \"condition\": \"TORN-DOWN\"}", SQUARE,
            "{\"class\": \"factories\", \"condition\": \"under construction.\"}", SQUARE,
            "{\"class\": \"ＨＱ\"}", SQUARE);
    assertThat(layer.errors()).isEmpty();
    assertThat(layer.structures())
        .extracting(StructureDraft::structureClass, StructureDraft::condition)
        .containsExactly(
            tuple(StructureClass.PRISONER_HOUSING, StructureCondition.RAZED),
            tuple(StructureClass.PRISONER_HOUSING, StructureCondition.MINOR_DAMAGE),
            tuple(StructureClass.GUARD_POST, StructureCondition.UNDER_CONSTRUCTION),
            tuple(StructureClass.GUARD_POST, StructureCondition.MAJOR_DAMAGE),
            tuple(StructureClass.PERIMETER, StructureCondition.INTACT),
            tuple(StructureClass.PERIMETER, StructureCondition.DESTROYED),
            tuple(StructureClass.ADMINISTRATION, StructureCondition.INTACT),
            tuple(StructureClass.MINING, StructureCondition.INTACT),
            tuple(StructureClass.AGRICULTURE, StructureCondition.INTACT),
            tuple(StructureClass.AGRICULTURAL_SUPPORT, StructureCondition.INTACT),
            tuple(StructureClass.GUARD_POST, StructureCondition.MINOR_DAMAGE),
            tuple(StructureClass.GUARD_POST, StructureCondition.RAZED),
            tuple(StructureClass.LIGHT_INDUSTRY, StructureCondition.UNDER_CONSTRUCTION),
            tuple(StructureClass.ADMINISTRATION, StructureCondition.INTACT));
  }

  @Test
  void theWaysToMarkAnAreaThatCouldNotBeAssessed() {
    StructureLayer layer =
        layer(
            "{\"unassessable\": \"cloud\"}", SQUARE,
            "{\"class\": \"Cloud\"}", SQUARE,
            "{\"reason\": \"shadow\"}", SQUARE,
            "{\"unassessable\": \"yes\", \"reason\": \"haze\"}", SQUARE,
            "{\"class\": \"obscured\", \"reason\": \"outside the scene\"}", SQUARE,
            "{\"unassessable\": \"구름\", \"condition\": \"intact\"}", SQUARE,
            "{\"class\": \"housing\", \"unassessable\": \"no\"}", SQUARE);
    assertThat(layer.errors()).isEmpty();
    assertThat(layer.unassessable())
        .extracting(UnassessableDraft::index, UnassessableDraft::reason)
        .containsExactly(
            tuple(1, UnassessableReason.CLOUD),
            tuple(2, UnassessableReason.CLOUD),
            tuple(3, UnassessableReason.SHADOW),
            tuple(4, UnassessableReason.HAZE),
            tuple(5, UnassessableReason.OUTSIDE_FOOTPRINT),
            tuple(6, UnassessableReason.CLOUD));
    assertThat(layer.structures()).extracting(StructureDraft::index).containsExactly(7);
    assertThat(layer.warnings())
        .contains(
            "feature 6: condition: 'intact' ignored: an area that could not be assessed has no"
                + " condition");
  }

  @Test
  void contradictionsAndMissingReasonsAreErrors() {
    StructureLayer layer =
        layer(
            "{\"unassessable\": \"yes\"}", SQUARE,
            "{\"class\": \"housing\", \"reason\": \"shadow\"}", SQUARE,
            "{\"class\": \"cloud\", \"reason\": \"shadow\"}", SQUARE,
            "{\"unassessable\": \"perhaps\"}", SQUARE,
            "{\"class\": \"cloud\"}", LINE,
            "{\"class\": \"housing\", \"unassessable\": \"yes\", \"reason\": \"cloud\"}", SQUARE);
    assertThat(layer.errors())
        .containsExactly(
            "feature 1: reason: not given; an area that could not be assessed needs one of:"
                + " cloud (clouds, cloudy, 구름), shadow (shade, terrain shadow, 그림자), haze"
                + " (hazy, smoke, 연무), outside-footprint (outside footprint, outside scene, 범위"
                + " 밖), resolution (low resolution, coarse resolution, 해상도)",
            "feature 2: reason: 'shadow' is for an area that could not be assessed, but class"
                + " 'housing' marks a structure; give one or the other",
            "feature 3: reason: class 'cloud' and reason 'shadow' disagree; give one reason",
            "feature 4: unassessable: unknown value 'perhaps'; expected yes or no, or a reason:"
                + " cloud (clouds, cloudy, 구름), shadow (shade, terrain shadow, 그림자), haze"
                + " (hazy, smoke, 연무), outside-footprint (outside footprint, outside scene, 범위"
                + " 밖), resolution (low resolution, coarse resolution, 해상도)",
            "feature 5: geometry: geometry type LineString is not allowed here; expected one of"
                + " [MultiPolygon, Polygon]",
            "feature 6: class: 'housing' marks a structure, but the feature is marked as an area"
                + " that could not be assessed; give one or the other");
    assertThat(layer.features())
        .extracting(FeatureReport::kind)
        .containsExactly(
            "unassessable",
            "structure",
            "unassessable",
            "unassessable",
            "unassessable",
            "unassessable");
  }

  @Test
  void unknownAndAmbiguousConditionsAreErrorsListingTheAcceptedWords() {
    StructureLayer layer =
        layer(
            "{\"class\": \"housing\", \"condition\": \"leaning\"}", SQUARE,
            "{\"class\": \"housing\", \"damage\": \"손상\"}", SQUARE);
    assertThat(layer.errors())
        .containsExactly(
            "feature 1: condition: unknown condition 'leaning'; expected one of: intact (ok,"
                + " standing, 온전), under-construction (construction, being built, 건설),"
                + " minor-damage (minor, minor damage, 경미), major-damage (major, major damage,"
                + " 심각), destroyed (collapsed, burned, 파괴), razed (demolished, torn down, 철거)"
                + " (every word: docs/IMPORT-STRUCTURES.md)",
            "feature 2: damage: '손상' does not say how badly; give minor-damage or major-damage"
                + " (or destroyed)");
  }

  @Test
  void aPointIsRefusedAndALineOnlyForThePerimeter() {
    String point = "{\"type\": \"Point\", \"coordinates\": [126.85, 39.67]}";
    StructureLayer layer =
        layer(
            "{\"name\": \"Tower\", \"class\": \"guard post\"}", point,
            "{\"name\": \"Fence\", \"class\": \"fence\"}", point,
            "{\"name\": \"Barracks line\", \"class\": \"barracks\"}", LINE,
            "{\"name\": \"Fence\", \"class\": \"fence\"}", LINE,
            "{\"name\": \"Unknown line\"}", LINE);
    assertThat(layer.features())
        .extracting(FeatureReport::errors)
        .satisfiesExactly(
            errors -> assertThat(errors).singleElement().asString().startsWith("geometry: a Point"),
            errors -> assertThat(errors).singleElement().asString().startsWith("geometry: a Point"),
            errors ->
                assertThat(errors)
                    .singleElement()
                    .asString()
                    .startsWith("geometry: a LineString may only be a perimeter"),
            errors -> assertThat(errors).isEmpty(),
            errors ->
                assertThat(errors)
                    .singleElement()
                    .asString()
                    .startsWith("geometry: a LineString may only be a perimeter"));
  }

  @Test
  void missingGeometryAndTheVertexLimitAreErrors() {
    ObjectNode huge = JsonNodeFactory.instance.objectNode().put("type", "LineString");
    ArrayNode positions = huge.putArray("coordinates");
    for (int i = 0; i < 100_001; i++) {
      positions.addArray().add(126.85 + i * 1e-7).add(39.67);
    }
    StructureLayer layer =
        new StructureLayerReader()
            .read(
                List.of(
                    new ImportFeature(1, "feature 1", Map.of("class", "fence"), Map.of(), null),
                    new ImportFeature(2, "feature 2", Map.of("class", "fence"), Map.of(), huge)));
    assertThat(layer.errors())
        .containsExactly(
            "feature 1: geometry is required: a GeoJSON Polygon or MultiPolygon",
            "feature 2: geometry has 100,001 vertices; at most 100,000 are accepted per geometry"
                + " (simplify it first, for example with ogr2ogr -simplify 0.00001, about 1 m)");
  }

  @Test
  void notesAreJoinedAndControlOrBidirectionalCharactersRefused() {
    StructureLayer layer =
        layer(
            "{\"name\": \"Block 1\", \"class\": \"housing\", \"notes\": \"Roof new.\","
                + " \"description\": \"Seen 2019.\\nTwo doors.\", \"comment\": \"Roof new.\"}",
            SQUARE,
            "{\"name\": \"Block\\u202E2\", \"class\": \"housing\", \"comment\": \"ok\\u0007\"}",
            SQUARE);
    assertThat(layer.structures().get(0).notes()).isEqualTo("Roof new.\n\nSeen 2019.\nTwo doors.");
    assertThat(layer.features().get(1).label()).isEqualTo("Block\uFFFD2");
    assertThat(layer.features().get(1).errors())
        .containsExactly(
            "name must not contain U+202E RIGHT-TO-LEFT OVERRIDE at character 6 (control"
                + " characters and bidirectional controls are refused: they make text display as"
                + " something else)",
            "comment must not contain U+0007 BEL at character 3 (control characters other than"
                + " line breaks and tabs and bidirectional controls are refused: they make text"
                + " display as something else)");
  }

  @Test
  void twoFeaturesWithOneIdAreAnError() {
    StructureLayer layer =
        layer(
            "{\"id\": \"b7\", \"class\": \"housing\"}", SQUARE,
            "{\"id\": \"b7\", \"class\": \"housing\"}", SQUARE);
    assertThat(layer.errors())
        .containsExactly(
            "feature 2: id: 'b7' is also the id of feature 1; each feature needs its own id");
    assertThat(layer.structures().get(0).featureId()).isEqualTo("b7");
  }

  @Test
  void anEmptyLayerIsRefused() {
    assertThatThrownBy(() -> new StructureLayerReader().read(List.of()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("the layer holds no features");
  }
}
