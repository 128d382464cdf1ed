package org.sightline.geodata.corroboration;

import java.util.List;

/**
 * Why an event is what it is: who is in it, how each joined, which sources count and which do not,
 * where and when it took place, under which tolerances, and whether its level survives other
 * tolerances. Every part has English text and the data it states; the whole is JSON-friendly (codes
 * for vocabulary values, ISO dates, GeoJSON for the region through the server's geometry
 * serializer).
 *
 * @param eventKey the event explained
 * @param level its level
 * @param memberKeys its members, sorted
 * @param links one per member except the first, in the members' order: the match that joined it
 * @param sources one per member, in the members' order: counted or not, and why
 * @param place the combined place
 * @param time the combined time
 * @param tolerances the tolerances used
 * @param sensitivity the level with the tolerances halved and doubled
 * @param summary the whole in a few English sentences
 */
public record Explanation(
    String eventKey,
    CorroborationLevel level,
    List<String> memberKeys,
    List<MatchLink> links,
    List<SourceVerdict> sources,
    CombinedPlace place,
    CombinedTime time,
    Tolerances tolerances,
    Sensitivity sensitivity,
    String summary) {

  public Explanation {
    memberKeys = List.copyOf(memberKeys);
    links = List.copyOf(links);
    sources = List.copyOf(sources);
  }
}
