package org.sightline.geodata.corroboration;

import java.util.List;

/**
 * A cluster of items that agree on type, place and time: a connected component of the match graph.
 *
 * @param key {@code event:} followed by the first member's key; it names the event as long as its
 *     first member stays first (it changes when a member with a smaller key joins or the first one
 *     leaves)
 * @param memberKeys the members' keys, sorted (String order); never empty
 * @param level how many independent sources support it
 * @param sources the source keys counted as independent, sorted ({@link SourceVerdict#countedAs})
 * @param kinds the kinds of evidence among the counted sources, in {@link EvidenceKind} order
 */
public record CorroboratedEvent(
    String key,
    List<String> memberKeys,
    CorroborationLevel level,
    List<String> sources,
    List<EvidenceKind> kinds) {

  /** The prefix of every event key. */
  public static final String KEY_PREFIX = "event:";

  public CorroboratedEvent {
    memberKeys = List.copyOf(memberKeys);
    sources = List.copyOf(sources);
    kinds = List.copyOf(kinds);
  }

  /** The member whose key is smallest, which names the event. */
  public String firstMemberKey() {
    return memberKeys.get(0);
  }
}
