package org.sightline.server.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.sightline.server.structure.ObservationEdit;

/**
 * The bundled ILLUSTRATIVE observation series ({@code sample-data/illustrative-observations.json},
 * built by {@code scripts/build-illustrative-observations.py}): invented structures at one kwanliso
 * on scenes of the sample catalogue, to show structure change end to end. Never a real finding:
 * everything made from it is marked illustrative.
 *
 * @param about what the series is, and that it is invented
 * @param facilityId the facility it is drawn at
 * @param observations in scene order, as the API takes them
 */
public record IllustrativeObservations(
    String about, String licence, String facilityId, List<ObservationEdit> observations) {
  public static final String RESOURCE = "/sample-data/illustrative-observations.json";

  public static IllustrativeObservations load(ObjectMapper mapper) {
    try (InputStream in = IllustrativeObservations.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled " + RESOURCE + " is missing");
      }
      return mapper.readValue(in, IllustrativeObservations.class);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }
}
