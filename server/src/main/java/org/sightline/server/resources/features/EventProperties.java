package org.sightline.server.resources.features;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.sightline.server.corroboration.EventRow;

/**
 * The properties of an {@code events} feature: what the event is, when (its combined span, either
 * end open), where it is linked, and the {@code corroboration} object that explains it.
 *
 * @param types the types of its members (claims' and changes')
 * @param facilities the facilities its members are linked to
 * @param synthetic true when any member is synthetic or illustrative sample data, never real
 */
public record EventProperties(
    String eventKey,
    List<String> types,
    LocalDate earliest,
    LocalDate latest,
    List<String> facilities,
    boolean synthetic,
    Corroboration corroboration) {

  /**
   * How the event is corroborated.
   *
   * @param level {@code single-source}, {@code corroborated} or {@code strongly-corroborated}
   * @param independentSources how many independent sources support it
   * @param sourceKinds the kinds among them ({@code testimony}, {@code document}, {@code imagery})
   * @param members every member (a withheld one shows only its key and kind)
   * @param explanation the members' matches, the sources counted and why others were not, the
   *     combined place and time, in English and as data
   * @param tolerances the tolerances used
   * @param sensitivity the level with the tolerances halved and doubled
   */
  public record Corroboration(
      String level,
      int independentSources,
      List<String> sourceKinds,
      List<EventRow.Member> members,
      JsonNode explanation,
      JsonNode tolerances,
      JsonNode sensitivity) {}

  public static EventProperties of(EventRow row) {
    return new EventProperties(
        row.eventKey(),
        row.types(),
        row.earliest(),
        row.latest(),
        row.facilities(),
        row.synthetic(),
        new Corroboration(
            row.level(),
            row.independentSources(),
            row.sourceKinds(),
            row.members(),
            row.explanation(),
            row.explanation().path("tolerances"),
            row.explanation().path("sensitivity")));
  }
}
