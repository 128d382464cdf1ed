package org.sightline.server.catalogue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.google.common.io.CountingInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVException;
import org.sightline.imagery.FlatFootprintReader;
import org.sightline.imagery.InputFormat;
import org.sightline.imagery.ParsedItem;
import org.sightline.imagery.Rejection;
import org.sightline.imagery.Scene;
import org.sightline.imagery.SceneCsvReader;
import org.sightline.imagery.StacCatalogWalker;
import org.sightline.imagery.StacReader;
import org.sightline.server.audit.Actor;

/**
 * Ingests scenes from files, directories and static catalogs, or from a stream, in batches of
 * {@value #BATCH_SIZE} through {@link SceneStore}. Rejections are counted by reason: reasons that
 * differ only in their values (numbers, quoted text) are one group, reported under its first
 * reason.
 *
 * <p>Parsing and writing overlap, and writing runs on {@code lanes} connections at once: each Item
 * goes to the lane chosen by its (collection, id), so one key is always written by one lane, in
 * order, and two lanes never race on a key. Each lane has one writer thread and a queue of at most
 * {@value #MAX_PENDING_BATCHES} batches, so the database works while the next batches are parsed,
 * and memory stays bounded. The first failure stops the ingest and is thrown; every batch committed
 * before it stays (each is complete, so a re-run finishes the job). Not thread-safe: one ingest per
 * instance, and {@link #finish} must be called.
 */
public final class SceneIngest {
  public static final int BATCH_SIZE = 5_000;
  static final int MAX_PENDING_BATCHES = 2;
  private static final int MAX_EXAMPLES = 20;

  /** Progress, reported about every batch and at the end; called on the ingesting thread. */
  public interface Progress {
    /**
     * @param itemsRead Items read so far (accepted or rejected)
     * @param bytesRead bytes read so far of the files given (directories: the files under them);
     *     the Item files a static catalog links to are not counted
     * @param walkingCatalog whether a static catalog is being walked, whose size is not known ahead
     */
    void update(long itemsRead, long bytesRead, boolean walkingCatalog);

    /** Reports nothing. */
    Progress NONE = (itemsRead, bytesRead, walkingCatalog) -> {};
  }

  /**
   * The bytes {@link #ingest(Path)} will read of {@code path} (a file, or the ingestible files
   * under a directory), for a progress bar's total; static catalogs' linked Items are not included.
   */
  public static long inputBytes(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return Files.size(path);
    }
    try (Stream<Path> files = Files.walk(path)) {
      long total = 0;
      for (Path file :
          files.filter(Files::isRegularFile).filter(SceneIngest::ingestible).toList()) {
        total += Files.size(file);
      }
      return total;
    }
  }

  private final SceneStore store;
  private final Actor actor;
  private final String defaultCollection;
  private final Progress progress;
  private final Lane[] lanes;
  private final Map<String, Long> reasons = new LinkedHashMap<>();

  /** The first reason of each group: the label it is reported under, with real values. */
  private final Map<String, String> firstReasons = new LinkedHashMap<>();

  private final List<String> examples = new ArrayList<>();
  private final List<String> unreadable = new ArrayList<>();
  private long read;
  private long inserted;
  private long updated;
  private long unchanged;
  private long duplicates;
  private long rejected;
  private String source = "";
  private long bytesOfFinishedFiles;
  private CountingInputStream currentFile;
  private boolean walkingCatalog;

  /** When the ingest began; the report's time runs until every batch is written. */
  private final long startNanos = System.nanoTime();

  /** One writer: its batch being filled, its thread and its queue of batches being written. */
  private static final class Lane {
    final List<Scene> batch = new ArrayList<>();
    final ExecutorService writer;
    final ArrayDeque<Future<SceneStore.BatchResult>> pending = new ArrayDeque<>();

    Lane(int number) {
      writer =
          Executors.newSingleThreadExecutor(
              r -> {
                Thread thread = new Thread(r, "scene-ingest-writer-" + number);
                thread.setDaemon(true);
                return thread;
              });
    }
  }

  /** One lane per core, at most two: the database's share of the work is what parallelism buys. */
  public SceneIngest(SceneStore store, Actor actor, String defaultCollection, Progress progress) {
    this(
        store,
        actor,
        defaultCollection,
        progress,
        Math.min(2, Runtime.getRuntime().availableProcessors()));
  }

  /**
   * @param lanes how many batches are written at once, each on its own connection (at least 1)
   */
  public SceneIngest(
      SceneStore store, Actor actor, String defaultCollection, Progress progress, int lanes) {
    if (lanes < 1) {
      throw new IllegalArgumentException("at least one writer lane, got " + lanes);
    }
    this.store = store;
    this.actor = actor;
    this.defaultCollection = defaultCollection;
    this.progress = progress;
    this.lanes = new Lane[lanes];
    for (int i = 0; i < lanes; i++) {
      this.lanes[i] = new Lane(i + 1);
    }
  }

  /**
   * A file (JSON, NDJSON, GeoJSON, CSV), a directory (every such file under it), or a catalog.json.
   */
  public void ingest(Path path) throws IOException {
    ingest(path, InputFormat.STAC);
  }

  /**
   * A file, a directory (every such file under it) or a catalog.json, its JSON read as {@code
   * format} says (CSV files are order sheets either way). A file that cannot be opened or read is
   * reported as unreadable, with why, and the ingest goes on with the next.
   */
  public void ingest(Path path, InputFormat format) throws IOException {
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        for (Path file :
            files.filter(Files::isRegularFile).filter(SceneIngest::ingestible).sorted().toList()) {
          ingestFile(file, format);
        }
      }
      return;
    }
    ingestFile(path, format);
  }

  private void ingestFile(Path file, InputFormat format) throws IOException {
    source = file.getFileName().toString();
    String name = source.toLowerCase(Locale.ROOT);
    List<Path> catalogs = new ArrayList<>();
    CountingInputStream opened;
    try {
      opened = new CountingInputStream(Files.newInputStream(file));
    } catch (IOException e) {
      unreadable.add(file + ": cannot be opened: " + ioReason(e));
      return;
    }
    try (CountingInputStream in = opened) {
      currentFile = in;
      readStopping(
          () -> {
            if (name.endsWith(".csv")) {
              SceneCsvReader.read(in, defaultCollection, this::accept);
            } else if (format == InputFormat.FLAT) {
              new FlatFootprintReader(in, defaultCollection).readAll(this::accept);
            } else {
              try (StacReader reader =
                  new StacReader(
                      in,
                      defaultCollection,
                      node -> {
                        if (node.path("links").isArray()) {
                          catalogs.add(file);
                        }
                      })) {
                reader.readAll(this::accept);
              }
            }
          });
    } finally {
      bytesOfFinishedFiles += currentFile.getCount();
      currentFile = null;
    }
    for (Path catalog : catalogs) {
      walkingCatalog = true;
      StacCatalogWalker.walk(catalog, this::accept);
    }
  }

  private long bytesRead() {
    return bytesOfFinishedFiles + (currentFile == null ? 0 : currentFile.getCount());
  }

  /** NDJSON, an ItemCollection, a JSON array or a single Item from a stream (HTTP bodies). */
  public void ingest(InputStream in, String sourceLabel) throws IOException {
    ingest(in, sourceLabel, InputFormat.STAC);
  }

  /** A stream (HTTP bodies) read as {@code format} says; STAC static catalogs are not walked. */
  public void ingest(InputStream in, String sourceLabel, InputFormat format) throws IOException {
    source = sourceLabel;
    readStopping(
        () -> {
          if (format == InputFormat.FLAT) {
            new FlatFootprintReader(in, defaultCollection).readAll(this::accept);
            return;
          }
          try (StacReader reader = new StacReader(in, defaultCollection, node -> {})) {
            reader.readAll(this::accept);
          }
        });
  }

  /** Why a file could not be read, in words (the JDK's messages are often the path alone). */
  private static String ioReason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Reading that may meet malformed input. */
  private interface Reading {
    void run() throws IOException;
  }

  /**
   * Runs a reading; input that is not valid JSON stops it, and is reported with its line and column
   * (the Items before it stay ingested, and the ingest goes on with the next input).
   */
  private void readStopping(Reading reading) throws IOException {
    long readBefore = read;
    try {
      reading.run();
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
      String what;
      if (cause instanceof JsonProcessingException json) {
        JsonLocation at = json.getLocation();
        what =
            "not valid JSON"
                + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                + ": "
                + json.getOriginalMessage();
      } else if (cause instanceof CharConversionException chars) {
        // Jackson's reading of text it takes for UTF-32 (found by fuzzing: a 500 over HTTP).
        what =
            "not valid JSON: its text is not UTF-8, UTF-16 or UTF-32 (" + chars.getMessage() + ")";
      } else if (cause instanceof CSVException csv) {
        what = "not valid CSV: " + csv.getMessage();
      } else if (currentFile != null && cause instanceof IOException io) {
        what = "cannot be read: " + ioReason(io); // a file (a disk error, a directory)
      } else {
        throw e; // a stream that breaks (an HTTP client gone) is not the input's fault
      }
      unreadable.add(
          source
              + ": "
              + what
              + " (the "
              + (read - readBefore)
              + " Items before it were read; nothing after it)");
    }
  }

  private void accept(ParsedItem item) {
    read++;
    if (item instanceof ParsedItem.Accepted accepted) {
      Scene scene = accepted.scene();
      Lane lane =
          lanes[
              Math.floorMod(
                  31 * scene.collection().hashCode() + scene.id().hashCode(), lanes.length)];
      lane.batch.add(scene);
      if (lane.batch.size() >= BATCH_SIZE) {
        flush(lane);
      }
    } else {
      Rejection r = ((ParsedItem.Rejected) item).rejection();
      rejected++;
      String group = group(r.reason());
      reasons.merge(group, 1L, Long::sum);
      firstReasons.putIfAbsent(group, r.reason());
      if (examples.size() < MAX_EXAMPLES) {
        examples.add(
            source
                + " #"
                + r.position()
                + (r.id() == null ? "" : " " + shortened(r.id()))
                + ": "
                + r.reason());
      }
    }
  }

  private void flush(Lane lane) {
    if (lane.batch.isEmpty()) {
      return;
    }
    List<Scene> full = List.copyOf(lane.batch);
    String label = source;
    lane.batch.clear();
    while (lane.pending.size() >= MAX_PENDING_BATCHES) {
      collect(lane.pending.removeFirst());
    }
    lane.pending.addLast(lane.writer.submit(() -> store.write(actor, full, label)));
    progress.update(read, bytesRead(), walkingCatalog);
  }

  private void collect(Future<SceneStore.BatchResult> future) {
    SceneStore.BatchResult result;
    try {
      result = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    } catch (ExecutionException e) {
      for (Lane lane : lanes) {
        lane.writer.shutdownNow();
      }
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
      for (Lane lane : lanes) {
        flush(lane);
      }
      for (Lane lane : lanes) {
        while (!lane.pending.isEmpty()) {
          collect(lane.pending.removeFirst());
        }
      }
    } finally {
      for (Lane lane : lanes) {
        lane.writer.shutdown();
      }
    }
    progress.update(read, bytesRead(), walkingCatalog);
    Map<String, Long> byReason = new LinkedHashMap<>();
    reasons.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> byReason.put(firstReasons.get(e.getKey()), e.getValue()));
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    return new IngestReport(
        read,
        inserted,
        updated,
        unchanged,
        duplicates,
        rejected,
        byReason,
        List.copyOf(examples),
        List.copyOf(unreadable),
        seconds);
  }

  /**
   * The reason with its values blanked (numbers, quoted text), to group like with like; a group is
   * reported under its first reason, with that Item's real values.
   */
  static String group(String reason) {
    return reason.replaceAll("'[^']*'", "'…'").replaceAll("-?\\d+(\\.\\d+)?", "N");
  }

  /**
   * At most 60 characters of an id, for an example (the id rule allows 256; input may be longer).
   */
  private static String shortened(String id) {
    return id.codePointCount(0, id.length()) <= 60
        ? id
        : id.substring(0, id.offsetByCodePoints(0, 60)) + "...";
  }

  private static boolean ingestible(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json")
        || name.endsWith(".geojson")
        || name.endsWith(".ndjson")
        || name.endsWith(".jsonl")
        || name.endsWith(".csv");
  }
}
