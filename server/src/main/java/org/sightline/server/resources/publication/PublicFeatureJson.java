package org.sightline.server.resources.publication;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sightline.geodata.geom.GeoJsonGeometryWriter;
import org.sightline.server.publication.PublicFeature;
import org.sightline.server.publication.RedactionPolicy;

/** Public features as a GeoJSON FeatureCollection, with the policy they were redacted under. */
final class PublicFeatureJson {
  private PublicFeatureJson() {}

  static ObjectNode collection(List<PublicFeature> features, RedactionPolicy policy) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("type", "FeatureCollection");
    ArrayNode array = json.putArray("features");
    for (PublicFeature feature : features) {
      ObjectNode f = array.addObject();
      f.put("type", "Feature");
      f.put("id", feature.id());
      f.set("geometry", GeoJsonGeometryWriter.toNode(feature.geometry()));
      f.set("properties", feature.properties());
    }
    json.put("numberReturned", features.size());
    ObjectNode p = json.putObject("policy");
    p.put("version", policy.version());
    p.set("rules", policy.rules().toJson());
    return json;
  }
}
