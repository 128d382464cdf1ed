package org.sightline.server.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.sightline.imagery.ParsedItem;
import org.sightline.imagery.Rejection;
import org.sightline.imagery.Scene;
import org.sightline.imagery.SceneCsvReader;
import org.sightline.imagery.StacCatalogWalker;
import org.sightline.imagery.StacReader;
import org.sightline.server.audit.Actor;

/**
 * Ingests scenes from files, directories and static catalogs, or from a stream, in batches of
 * {@value #BATCH_SIZE} through {@link SceneStore}. Rejections are counted by reason (the reason
 * without the item-specific numbers is the group).
 *
 * <p>Parsing and writing overlap: batches go to one writer thread through a queue of at most
 * {@value #MAX_PENDING_BATCHES} batches, so the database works while the next batch is parsed, and
 * memory stays bounded. Batches are written in order; the first failure stops the ingest and is
 * thrown, and every batch written before it stays (complete, so a re-run finishes the job). Not
 * thread-safe: one ingest per instance, and {@link #finish} must be called.
 */
public final class SceneIngest {
  public static final int BATCH_SIZE = 5_000;
  static final int MAX_PENDING_BATCHES = 2;
  private static final int MAX_EXAMPLES = 20;

  /** Progress: items read so far. Called about every batch. */
  public interface Progress {
    void update(long itemsRead);
  }

  private final SceneStore store;
  private final Actor actor;
  private final String defaultCollection;
  private final Progress progress;
  private final List<Scene> batch = new ArrayList<>();
  private final Map<String, Long> reasons = new LinkedHashMap<>();
  private final List<String> examples = new ArrayList<>();
  private long read;
  private long inserted;
  private long updated;
  private long unchanged;
  private long duplicates;
  private long rejected;
  private String source = "";
  /** When the ingest began; the report's time runs until every batch is written. */
  private final long startNanos = System.nanoTime();
  private final java.util.concurrent.ExecutorService writer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "scene-ingest-writer");
    thread.setDaemon(true);
    return thread;
  });
  private final java.util.ArrayDeque<java.util.concurrent.Future<SceneStore.BatchResult>> pending =
      new java.util.ArrayDeque<>();

  public SceneIngest(SceneStore store, Actor actor, String defaultCollection, Progress progress) {
    this.store = store;
    this.actor = actor;
    this.defaultCollection = defaultCollection;
    this.progress = progress;
  }

  /** A file (JSON, NDJSON, GeoJSON, CSV), a directory (every such file under it), or a catalog.json. */
  public void ingest(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        for (Path file : files.filter(Files::isRegularFile).filter(SceneIngest::ingestible).sorted().toList()) {
          ingestFile(file);
        }
      }
      return;
    }
    ingestFile(path);
  }

  private void ingestFile(Path file) throws IOException {
    source = file.getFileName().toString();
    String name = source.toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      try (InputStream in = Files.newInputStream(file)) {
        SceneCsvReader.read(in, defaultCollection, this::accept);
      }
      return;
    }
    List<Path> catalogs = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file); StacReader reader = new StacReader(in, defaultCollection, node -> {
      if (node.path("links").isArray()) {
        catalogs.add(file);
      }
    })) {
      reader.readAll(this::accept);
    }
    for (Path catalog : catalogs) {
      StacCatalogWalker.walk(catalog, this::accept);
    }
  }

  /** NDJSON, an ItemCollection, a JSON array or a single Item from a stream (HTTP bodies). */
  public void ingest(InputStream in, String sourceLabel) throws IOException {
    source = sourceLabel;
    try (StacReader reader = new StacReader(in, defaultCollection, node -> {})) {
      reader.readAll(this::accept);
    }
  }

  private void accept(ParsedItem item) {
    read++;
    if (item instanceof ParsedItem.Accepted accepted) {
      batch.add(accepted.scene());
      if (batch.size() >= BATCH_SIZE) {
        flush();
      }
    } else {
      Rejection r = ((ParsedItem.Rejected) item).rejection();
      rejected++;
      reasons.merge(group(r.reason()), 1L, Long::sum);
      if (examples.size() < MAX_EXAMPLES) {
        examples.add(source + " #" + r.position() + (r.id() == null ? "" : " " + r.id()) + ": " + r.reason());
      }
    }
  }

  private void flush() {
    if (batch.isEmpty()) {
      return;
    }
    List<Scene> full = List.copyOf(batch);
    String label = source;
    batch.clear();
    while (pending.size() >= MAX_PENDING_BATCHES) {
      collect(pending.removeFirst());
    }
    pending.addLast(writer.submit(() -> store.write(actor, full, label)));
    progress.update(read);
  }

  private void collect(java.util.concurrent.Future<SceneStore.BatchResult> future) {
    SceneStore.BatchResult result;
    try {
      result = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      writer.shutdownNow();
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
    inserted += result.inserted();
    updated += result.updated();
    unchanged += result.unchanged();
    duplicates += result.duplicates();
  }

  /** Writes the last partial batch, waits for every batch to be written, and returns the totals. */
  public IngestReport finish() {
    try {
      flush();
      while (!pending.isEmpty()) {
        collect(pending.removeFirst());
      }
    } finally {
      writer.shutdown();
    }
    progress.update(read);
    Map<String, Long> byReason = new LinkedHashMap<>();
    reasons.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> byReason.put(e.getKey(), e.getValue()));
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    return new IngestReport(read, inserted, updated, unchanged, duplicates, rejected, byReason, List.copyOf(examples),
        seconds);
  }

  /** The reason with its item-specific values blanked, to group like with like. */
  static String group(String reason) {
    return reason.replaceAll("'[^']*'", "'…'").replaceAll("-?\\d+(\\.\\d+)?", "N");
  }

  private static boolean ingestible(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || name.endsWith(".geojson") || name.endsWith(".ndjson") || name.endsWith(".jsonl")
        || name.endsWith(".csv");
  }
}
