package org.sightline.server.catalogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.sightline.imagery.CanonicalJson;
import org.sightline.imagery.Scene;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.audit.AuditLog;

/**
 * Writes scenes in bulk through {@link SceneDao}: per batch, one transaction that looks up the
 * stored content hashes of the batch's keys, COPYs new Items straight into {@code scene}, and COPYs
 * changed ones into a temporary staging table from which it keeps their previous versions ({@code
 * scene_previous}) and updates them. Unchanged Items are not sent at all: the same SHA-256 of their
 * JSON text, or, when the text differs, the same RFC 8785 canonical form as the stored text ({@link
 * CanonicalJson}: whitespace, member order and number notation do not count; the text received
 * first stays stored), so re-ingesting duplicates nothing and costs little; a batch that fails
 * leaves nothing behind, and re-running finishes the job. Two ingests racing on the same new keys
 * both succeed: the one that commits second sees a unique violation, and its batch is run again (at
 * most {@value #MAX_ATTEMPTS} times), finding those keys stored. One audit event per batch, and
 * each collection's summary ({@code scene_collection}) updated in the same transaction.
 * Thread-safe.
 */
public final class SceneStore {
  /** Attempts per batch when a concurrent ingest commits the same new keys first. */
  static final int MAX_ATTEMPTS = 3;

  private static final String UNIQUE_VIOLATION = "23505";
  private final AttributedTransactions transactions;
  private final Clock clock;

  /** Test hook: runs inside the batch's transaction after the COPY, before the merge. */
  private final Consumer<Handle> afterCopy;

  /** Test hook: told the number of each attempt after the first, before it runs. */
  private final IntConsumer beforeRetry;

  public SceneStore(Jdbi jdbi, Clock clock) {
    this(jdbi, clock, handle -> {});
  }

  SceneStore(Jdbi jdbi, Clock clock, Consumer<Handle> afterCopy) {
    this(jdbi, clock, afterCopy, attempt -> {});
  }

  SceneStore(Jdbi jdbi, Clock clock, Consumer<Handle> afterCopy, IntConsumer beforeRetry) {
    this.transactions = new AttributedTransactions(jdbi);
    this.clock = clock;
    this.afterCopy = afterCopy;
    this.beforeRetry = beforeRetry;
  }

  /**
   * What one batch did.
   *
   * @param duplicates Items given more than once in the batch (the last one counts)
   */
  public record BatchResult(int inserted, int updated, int unchanged, int duplicates) {}

  public BatchResult write(Actor actor, List<Scene> scenes, String sourceLabel) {
    Map<String, Scene> byKey = new LinkedHashMap<>();
    for (Scene scene : scenes) {
      byKey.put(scene.collection() + "\u0000" + scene.id(), scene);
    }
    int duplicates = scenes.size() - byKey.size();
    List<Scene> batch = new ArrayList<>(byKey.values());
    for (int attempt = 1; ; attempt++) {
      try {
        return writeOnce(actor, batch, duplicates, sourceLabel);
      } catch (RuntimeException e) {
        // Another ingest committed one of this batch's new keys first: this batch was rolled back
        // whole; the next attempt's lookup sees those keys and treats them as stored.
        if (attempt >= MAX_ATTEMPTS || !isUniqueViolation(e)) {
          throw e;
        }
        beforeRetry.accept(attempt + 1);
      }
    }
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private BatchResult writeOnce(
      Actor actor, List<Scene> batch, int duplicates, String sourceLabel) {
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    return transactions.inTransaction(
        actor,
        handle -> {
          SceneDao scenes = handle.attach(SceneDao.class);
          // Which Items are new, changed or unchanged: one indexed lookup of the batch's keys.
          Map<String, String> storedHashes = new HashMap<>();
          for (SceneDao.StoredHash stored :
              scenes.storedHashes(
                  batch.stream().map(Scene::collection).toArray(String[]::new),
                  batch.stream().map(Scene::id).toArray(String[]::new))) {
            storedHashes.put(stored.collection() + "\u0000" + stored.id(), stored.contentSha256());
          }
          List<SceneCopyRows.Hashed> fresh = new ArrayList<>();
          List<SceneCopyRows.Hashed> otherText = new ArrayList<>();
          for (Scene scene : batch) {
            String stored = storedHashes.get(scene.collection() + "\u0000" + scene.id());
            String hash = sha256(scene.originalJson());
            if (stored == null) {
              fresh.add(new SceneCopyRows.Hashed(scene, hash));
            } else if (!stored.equals(hash)) {
              otherText.add(new SceneCopyRows.Hashed(scene, hash));
            }
          }
          List<SceneCopyRows.Hashed> changed = changedInMeaning(scenes, otherText);
          // New Items go straight into the table; a concurrent ingest that commits the same new key
          // first makes this COPY fail on the primary key, and write() runs the batch again.
          if (!fresh.isEmpty()) {
            scenes.copy(SceneDao.CopyTarget.SCENE, SceneCopyRows.csv(fresh, now, actor.name()));
          }
          int updated = 0;
          if (!changed.isEmpty()) {
            scenes.createStagingTable();
            scenes.copy(SceneDao.CopyTarget.STAGING, SceneCopyRows.csv(changed, now, actor.name()));
          }
          afterCopy.accept(handle);
          if (!changed.isEmpty()) {
            int kept = scenes.keepPreviousVersions(now, actor.name());
            updated = scenes.updateFromStaging();
            if (updated != kept) {
              throw new IllegalStateException(
                  "kept " + kept + " previous versions but updated " + updated);
            }
          }
          BatchResult result =
              new BatchResult(
                  fresh.size(), updated, batch.size() - fresh.size() - updated, duplicates);
          AuditLog.record(
              handle,
              "ingest",
              "scene",
              "batch",
              Map.of(
                  "source",
                  sourceLabel,
                  "inserted",
                  result.inserted(),
                  "updated",
                  updated,
                  "unchanged",
                  result.unchanged(),
                  "duplicates",
                  duplicates));
          // Last, so that the collections' rows are locked only until the commit.
          CollectionTally tally = new CollectionTally();
          fresh.forEach(h -> tally.add(h.scene(), true));
          changed.forEach(h -> tally.add(h.scene(), false));
          tally.addTo(scenes);
          return result;
        });
  }

  /**
   * Those of {@code otherText} (Items whose text differs from the stored text) whose meaning
   * differs too: the stored and the received JSON compared in their RFC 8785 canonical form ({@link
   * CanonicalJson}), so that whitespace, member order and number notation do not count. The stored
   * text, the first received, stays.
   */
  private static List<SceneCopyRows.Hashed> changedInMeaning(
      SceneDao scenes, List<SceneCopyRows.Hashed> otherText) {
    if (otherText.isEmpty()) {
      return otherText;
    }
    Map<String, String> storedJson = new HashMap<>();
    for (SceneDao.StoredItem stored :
        scenes.storedItems(
            otherText.stream().map(h -> h.scene().collection()).toArray(String[]::new),
            otherText.stream().map(h -> h.scene().id()).toArray(String[]::new))) {
      storedJson.put(stored.collection() + "\u0000" + stored.id(), stored.itemJson());
    }
    List<SceneCopyRows.Hashed> changed = new ArrayList<>();
    for (SceneCopyRows.Hashed candidate : otherText) {
      Scene scene = candidate.scene();
      String stored = storedJson.get(scene.collection() + "\u0000" + scene.id());
      if (stored == null || !CanonicalJson.sameMeaning(stored, scene.originalJson())) {
        changed.add(candidate);
      }
    }
    return changed;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
