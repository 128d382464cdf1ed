package org.sightline.server.corroboration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.sightline.geodata.corroboration.EventType;
import org.sightline.geodata.corroboration.EvidenceItem;
import org.sightline.geodata.corroboration.EvidenceKind;
import org.sightline.geodata.corroboration.SourceRef;
import org.sightline.geodata.structure.ChangeKind;
import org.sightline.geodata.structure.StructureCondition;

/**
 * Every live claim and structure change event as an evidence item, with what the stored events need
 * beside it. Keys: {@code claim:<id>} and {@code change:<facility>:<event key>} (no slash: keys
 * name features in URLs). Sources: a claim from testimony is its witness ({@code witness:<code>},
 * after confirmed merges; hearsay names the witness it was heard from), a claim from a document is
 * {@code document:<id>} with its lineage's first document as origin, and a claim confirmed to
 * duplicate another takes that one's source. A change event is its scene pair. Claims without a
 * region (no place resolved) are left out.
 *
 * @param items sorted by key
 * @param facts per item key: what is stored beside the event
 */
public record EvidenceItems(List<EvidenceItem> items, Map<String, Facts> facts) {

  /**
   * @param claimId the claim, or null for a change event
   * @param changeFacility the change event's facility, or null for a claim
   * @param changeEventKey the change event's key, or null
   * @param withheld whether its originating organisation said it may count but not be shown
   * @param synthetic whether it is made-up sample data (synthetic claims, illustrative changes)
   */
  public record Facts(
      Long claimId,
      String changeFacility,
      String changeEventKey,
      boolean withheld,
      boolean synthetic) {}

  /** Loads them inside the caller's transaction. */
  public static EvidenceItems load(Handle handle) {
    EvidenceItemDao dao = handle.attach(EvidenceItemDao.class);
    Map<Long, EvidenceItemDao.ClaimRow> claims = new HashMap<>();
    for (EvidenceItemDao.ClaimRow row : dao.claims()) {
      claims.put(row.id(), row);
    }
    Map<Long, Long> sameAccountAs = new HashMap<>();
    for (EvidenceItemDao.ConfirmedDuplicate duplicate : dao.confirmedDuplicates()) {
      sameAccountAs.put(duplicate.claimB(), duplicate.claimA());
    }
    List<EvidenceItem> items = new ArrayList<>();
    Map<String, Facts> facts = new HashMap<>();
    for (EvidenceItemDao.ClaimRow row : claims.values()) {
      if (row.region() == null) {
        continue;
      }
      EvidenceItemDao.ClaimRow account = row;
      for (int depth = 0; depth < 50 && sameAccountAs.containsKey(account.id()); depth++) {
        EvidenceItemDao.ClaimRow original = claims.get(sameAccountAs.get(account.id()));
        if (original == null) {
          break;
        }
        account = original;
      }
      String key = "claim:" + row.id();
      EvidenceItem item =
          new EvidenceItem(
              key,
              EventType.fromCode(row.type()),
              row.earliest(),
              row.latest(),
              row.region(),
              source(account),
              row.testimonyId() == null ? null : "testimony:" + row.testimonyId(),
              row.description());
      items.add(item);
      facts.put(
          key,
          new Facts(
              row.id(), null, null, "corroboration-only".equals(row.sharing()), row.synthetic()));
    }
    for (EvidenceItemDao.ChangeRow row : dao.changeEvents()) {
      Optional<EventType> type = typeOf(row.kind(), row.condition());
      if (type.isEmpty()) {
        continue;
      }
      String key = "change:" + row.facilityId() + ":" + row.eventKey();
      items.add(
          new EvidenceItem(
              key,
              type.get(),
              row.earliest(),
              row.latest(),
              row.geometry(),
              imagerySource(row),
              null,
              null));
      facts.put(key, new Facts(null, row.facilityId(), row.eventKey(), false, row.illustrative()));
    }
    items.sort((a, b) -> a.key().compareTo(b.key()));
    return new EvidenceItems(List.copyOf(items), Map.copyOf(facts));
  }

  /**
   * One source per facility and imagery collection: the changes an analysis of one series of scenes
   * finds at one facility are one account of it, however many scene pairs bracket them (the pairs
   * share scenes, analysts and processing). Another collection (another provider or sensor) is
   * another source.
   */
  static SourceRef imagerySource(EvidenceItemDao.ChangeRow row) {
    return new SourceRef(
        "imagery:" + row.facilityId() + "/" + row.sceneCollection(),
        EvidenceKind.IMAGERY,
        null,
        null);
  }

  private static SourceRef source(EvidenceItemDao.ClaimRow row) {
    if (row.documentId() != null) {
      String key = "document:" + row.documentId();
      return row.documentRoot() == null || row.documentRoot().equals(row.documentId())
          ? SourceRef.document(key)
          : SourceRef.document(key, "document:" + row.documentRoot());
    }
    String witness = "witness:" + row.witnessRoot();
    if (row.heardFromRoot() != null && !row.heardFromRoot().equals(row.witnessRoot())) {
      return SourceRef.hearsay(witness, "witness:" + row.heardFromRoot());
    }
    return SourceRef.witness(witness);
  }

  /**
   * What a structure change shows, as an event type: appeared or under construction is
   * construction; disappeared, destroyed or razed is demolition; expanded and reduced are expansion
   * and reduction. A change of class, a move or another change of condition is not weighed.
   */
  static Optional<EventType> typeOf(String changeKind, String condition) {
    ChangeKind kind = ChangeKind.fromCode(changeKind);
    return switch (kind) {
      case APPEARED -> Optional.of(EventType.CONSTRUCTION);
      case DISAPPEARED -> Optional.of(EventType.DEMOLITION);
      case EXPANDED -> Optional.of(EventType.EXPANSION);
      case REDUCED -> Optional.of(EventType.REDUCTION);
      case CONDITION_CHANGED -> {
        StructureCondition now = StructureCondition.fromCode(condition);
        if (now == StructureCondition.UNDER_CONSTRUCTION) {
          yield Optional.of(EventType.CONSTRUCTION);
        }
        if (now == StructureCondition.DESTROYED || now == StructureCondition.RAZED) {
          yield Optional.of(EventType.DEMOLITION);
        }
        yield Optional.empty();
      }
      default -> Optional.empty();
    };
  }
}
