package org.sightline.server.corroboration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.sightline.geodata.corroboration.CorroboratedEvent;
import org.sightline.geodata.corroboration.Corroboration;
import org.sightline.geodata.corroboration.Corroborator;
import org.sightline.geodata.corroboration.EvidenceItem;
import org.sightline.geodata.corroboration.EvidenceKind;
import org.sightline.geodata.corroboration.Explanation;
import org.sightline.geodata.json.JsonMapping;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.testimony.ClaimPlaces;
import org.sightline.server.testimony.Claims;

/**
 * Keeps the stored corroborated events true after claims, places, boundaries or change events
 * change, inside the writing transaction: the items connected to what changed ({@link
 * Corroborator#affectedBy}, seeded with the changed keys and the members of the events that held
 * them) are corroborated again; an event whose members, level and explanation are unchanged is kept
 * as it is, others are superseded and the new ones inserted with their members. The same pass
 * proposes likely duplicate claims among those items ({@link ClaimDuplicates}). Recomputations are
 * serialised by a transaction-scoped advisory lock. Thread-safe.
 */
public final class CorroborationRecomputation implements Claims.ClaimsChanged {
  /**
   * The version of how the server turns claims and change events into evidence items (keys,
   * sources, regions, types): part of the rules' fingerprint, so a new version recomputes every
   * stored event at start-up.
   */
  static final String ITEM_RULES_VERSION = "2026-12-06.2";

  /** Descriptions at least this similar (character trigrams) make a pair a likely duplicate. */
  public static final double DUPLICATE_SIMILARITY = 0.5;

  private final Corroborator corroborator;

  public CorroborationRecomputation(Corroborator corroborator) {
    this.corroborator = corroborator;
  }

  public Corroborator corroborator() {
    return corroborator;
  }

  /** What a recomputation did. */
  public record Summary(int itemsWeighed, int eventsKept, int eventsReplaced, int eventsAdded) {}

  /**
   * The fingerprint of the rules: tolerances, type table, item rules version, duplicate threshold.
   * Hex SHA-256.
   */
  public String rulesFingerprint() {
    StringBuilder rules =
        new StringBuilder(ITEM_RULES_VERSION)
            .append('\n')
            .append(corroborator.tolerances())
            .append('\n')
            .append(DUPLICATE_SIMILARITY)
            .append('\n');
    corroborator.types().rules().forEach(rule -> rules.append(rule).append('\n'));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(rules.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * At start-up: when the stored events were derived with other rules (or never), recomputes every
   * event, and records the rules. Returns the summary, or empty when the rules are unchanged.
   */
  public Optional<Summary> recomputeIfRulesChanged(AttributedTransactions transactions) {
    String fingerprint = rulesFingerprint();
    return transactions.inTransaction(
        Actor.system("corroboration"),
        handle -> {
          EventDao events = handle.attach(EventDao.class);
          events.lockRecomputation();
          if (events.rulesFingerprint().filter(fingerprint::equals).isPresent()) {
            return Optional.<Summary>empty();
          }
          EvidenceItems all = EvidenceItems.load(handle);
          Set<String> keys = new TreeSet<>(events.liveMemberKeys());
          all.items().forEach(item -> keys.add(item.key()));
          Summary summary = recompute(handle, keys, all);
          events.recordRules(fingerprint);
          return Optional.of(summary);
        });
  }

  @Override
  public void after(Handle handle, Set<Long> claimIds) {
    Set<String> keys = new TreeSet<>();
    claimIds.forEach(id -> keys.add("claim:" + id));
    recompute(handle, keys);
  }

  /**
   * After a facility's boundary or zone versions changed: re-resolves the regions of the claims
   * placed in or near it, relinks them, and recomputes their events.
   */
  public Summary afterAreas(Handle handle, String facilityId) {
    handle.attach(EventDao.class).lockRecomputation();
    Set<String> keys = new TreeSet<>();
    ClaimPlaces.refreshNear(handle, facilityId).forEach(id -> keys.add("claim:" + id));
    return recompute(handle, keys);
  }

  /** After structure change events of a facility were recomputed. */
  public Summary afterChangeEvents(Handle handle, String facilityId) {
    handle.attach(EventDao.class).lockRecomputation();
    Set<String> keys = new TreeSet<>();
    EvidenceItems all = EvidenceItems.load(handle);
    for (EvidenceItem item : all.items()) {
      if (item.key().startsWith("change:" + facilityId + ":")) {
        keys.add(item.key());
      }
    }
    keys.addAll(
        handle
            .createQuery(
                """
                SELECT m.member_key FROM event_member m JOIN corroborated_event e ON e.id = m.event_id
                 WHERE e.superseded_at IS NULL AND m.change_facility = :facilityId""")
            .bind("facilityId", facilityId)
            .mapTo(String.class)
            .list());
    return recompute(handle, keys, all);
  }

  /** Recomputes the events around the items {@code changedKeys} (present, changed or gone). */
  public Summary recompute(Handle handle, Collection<String> changedKeys) {
    handle.attach(EventDao.class).lockRecomputation();
    return recompute(handle, changedKeys, EvidenceItems.load(handle));
  }

  private Summary recompute(Handle handle, Collection<String> changedKeys, EvidenceItems all) {
    EventDao events = handle.attach(EventDao.class);
    events.lockRecomputation();
    if (changedKeys.isEmpty()) {
      return new Summary(0, 0, 0, 0);
    }
    Map<String, EvidenceItem> byKey = new HashMap<>();
    all.items().forEach(item -> byKey.put(item.key(), item));
    List<EventDao.Stored> before = events.liveContaining(changedKeys);
    Set<String> seedKeys = new LinkedHashSet<>(changedKeys);
    for (EventDao.Stored stored : before) {
      seedKeys.addAll(events.members(stored.id()));
    }
    List<EvidenceItem> seeds = new ArrayList<>();
    for (String key : seedKeys) {
      EvidenceItem item = byKey.get(key);
      if (item != null) {
        seeds.add(item);
      }
    }
    List<EvidenceItem> affected = corroborator.affectedBy(seeds, all.items());
    Set<String> affectedKeys = new TreeSet<>(seedKeys);
    affected.forEach(item -> affectedKeys.add(item.key()));
    Corroboration result = corroborator.corroborate(affected);

    Map<String, EventDao.Stored> stored = new HashMap<>();
    for (EventDao.Stored old : events.liveContaining(affectedKeys)) {
      stored.put(old.eventKey(), old);
    }
    int kept = 0;
    int replaced = 0;
    int added = 0;
    Set<String> derivedKeys = new HashSet<>();
    for (CorroboratedEvent event : result.events()) {
      derivedKeys.add(event.key());
      Explanation explanation = explain(event, all.items());
      String json = ExplanationJson.write(explanation);
      EventDao.Stored old = stored.get(event.key());
      if (old != null && sameJson(old.explanation(), json)) {
        kept++;
        continue;
      }
      if (old != null) {
        events.supersede(old.id());
        replaced++;
      } else {
        added++;
      }
      insert(events, event, explanation, json, all);
    }
    for (EventDao.Stored old : stored.values()) {
      if (!derivedKeys.contains(old.eventKey())) {
        events.supersede(old.id());
        replaced++;
      }
    }
    ClaimDuplicates.propose(handle, result.duplicateCandidates(DUPLICATE_SIMILARITY), affectedKeys);
    return new Summary(affected.size(), kept, replaced, added);
  }

  /** The event explained as corroborating everything would, sensitivity included. */
  private Explanation explain(CorroboratedEvent event, List<EvidenceItem> all) {
    List<EvidenceItem> members = new ArrayList<>();
    Set<String> keys = new HashSet<>(event.memberKeys());
    for (EvidenceItem item : all) {
      if (keys.contains(item.key())) {
        members.add(item);
      }
    }
    Corroboration around = corroborator.corroborate(corroborator.neighbourhood(members, all, 2));
    return around.explain(around.eventOf(event.firstMemberKey()).orElseThrow());
  }

  private static void insert(
      EventDao events,
      CorroboratedEvent event,
      Explanation explanation,
      String json,
      EvidenceItems all) {
    List<Long> claimIds = new ArrayList<>();
    Set<String> facilities = new TreeSet<>();
    Set<String> types = new TreeSet<>();
    boolean synthetic = false;
    for (String key : event.memberKeys()) {
      EvidenceItems.Facts facts = all.facts().get(key);
      synthetic |= facts.synthetic();
      if (facts.claimId() != null) {
        claimIds.add(facts.claimId());
      } else {
        facilities.add(facts.changeFacility());
      }
    }
    for (EvidenceItem item : all.items()) {
      if (event.memberKeys().contains(item.key())) {
        types.add(item.eventType().code());
      }
    }
    if (!claimIds.isEmpty()) {
      facilities.addAll(events.linkedFacilities(claimIds));
    }
    long id =
        events.insert(
            new EventDao.Row(
                event.key(),
                event.level().code(),
                event.sources().size(),
                event.kinds().stream().map(EvidenceKind::code).toList(),
                List.copyOf(types),
                explanation.time().earliest(),
                explanation.time().latest(),
                explanation.place().region(),
                List.copyOf(facilities),
                json,
                synthetic));
    for (String key : event.memberKeys()) {
      EvidenceItems.Facts facts = all.facts().get(key);
      events.insertMember(id, key, facts.claimId(), facts.changeFacility(), facts.changeEventKey());
    }
  }

  private static boolean sameJson(String stored, String derived) {
    try {
      JsonNode a = JsonMapping.reader().readTree(stored);
      JsonNode b = JsonMapping.reader().readTree(derived);
      return a.equals(b);
    } catch (JsonProcessingException e) {
      return false;
    }
  }
}
