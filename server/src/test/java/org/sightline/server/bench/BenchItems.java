package org.sightline.server.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;

/**
 * The benchmarks' STAC Items: a real 3 KB Planetary Computer NAIP Item ({@code
 * bench/naip-item-template.json}) cloned with ids {@code bench-00000000}, ..., collection {@code
 * bench-naip}, dates spread over 2015-2025 and square footprints of 0.05-0.1 degrees in lon
 * 124-131, lat 37-43, as NDJSON. The same count always gives the same bytes (seed 7). The template
 * is serialised once and only the changing members are written per Item, so generating costs little
 * next to ingesting (a 10,000,000-Item run can stream them instead of keeping 30 GB on disk).
 *
 * <p>{@code BenchItems <count> <file>} writes a file ({@code -}: standard output), for scripts such
 * as scripts/fault-ingest-kill.
 */
public final class BenchItems {
  private static final String ID = "@@BENCH_ID@@";
  private static final String GEOMETRY = "@@BENCH_GEOMETRY@@";
  private static final String BBOX = "@@BENCH_BBOX@@";
  private static final String DATETIME = "@@BENCH_DATETIME@@";

  private BenchItems() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BenchItems <count> <file, or - for standard output>");
      System.exit(2);
    }
    int count = Integer.parseInt(args[0]);
    if ("-".equals(args[1])) {
      Writer out =
          new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
      write(count, out);
      out.flush();
    } else {
      try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
        write(count, out);
      }
    }
  }

  /** The Items in a new temporary file. */
  static Path file(int count) throws IOException {
    Path file = Files.createTempFile("sightline-bench-", ".ndjson");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(count, out);
    }
    return file;
  }

  /** The Items as a stream, written by a daemon thread as they are read. */
  static InputStream stream(int count) throws IOException {
    PipedInputStream in = new PipedInputStream(1 << 20);
    PipedOutputStream sink = new PipedOutputStream(in);
    Thread writer =
        new Thread(
            () -> {
              try (Writer out =
                  new BufferedWriter(
                      new OutputStreamWriter(sink, StandardCharsets.UTF_8), 1 << 16)) {
                write(count, out);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            "bench-items");
    writer.setDaemon(true);
    writer.start();
    return in;
  }

  /** Writes {@code count} Items, one a line. */
  static void write(int count, Writer out) throws IOException {
    String[] parts = templateParts();
    Random random = new Random(7);
    long start2015 = Instant.parse("2015-01-01T00:00:00Z").getEpochSecond();
    long span = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond() - start2015;
    StringBuilder line = new StringBuilder(4096);
    for (int i = 0; i < count; i++) {
      double lon = 124 + random.nextDouble() * 6.9;
      double lat = 37 + random.nextDouble() * 5.9;
      double size = 0.05 + random.nextDouble() * 0.05;
      String datetime =
          Instant.ofEpochSecond(start2015 + (long) (random.nextDouble() * span)).toString();
      line.setLength(0);
      for (String part : parts) {
        switch (part) {
          case ID -> line.append('"').append(String.format("bench-%08d", i)).append('"');
          case GEOMETRY ->
              line.append("{\"type\":\"Polygon\",\"coordinates\":[[[")
                  .append(lon)
                  .append(',')
                  .append(lat)
                  .append("],[")
                  .append(lon + size)
                  .append(',')
                  .append(lat)
                  .append("],[")
                  .append(lon + size)
                  .append(',')
                  .append(lat + size)
                  .append("],[")
                  .append(lon)
                  .append(',')
                  .append(lat + size)
                  .append("],[")
                  .append(lon)
                  .append(',')
                  .append(lat)
                  .append("]]]}");
          case BBOX ->
              line.append('[')
                  .append(lon)
                  .append(',')
                  .append(lat)
                  .append(',')
                  .append(lon + size)
                  .append(',')
                  .append(lat + size)
                  .append(']');
          case DATETIME -> line.append('"').append(datetime).append('"');
          default -> line.append(part);
        }
      }
      out.append(line).append('\n');
    }
  }

  /**
   * The template as compact JSON cut at its changing members: literal text and the markers, in
   * order.
   */
  private static String[] templateParts() throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode template;
    try (InputStream in = BenchItems.class.getResourceAsStream("/bench/naip-item-template.json")) {
      template = (ObjectNode) json.readTree(in);
    }
    template.put("id", ID);
    template.put("collection", "bench-naip");
    template.put("geometry", GEOMETRY);
    template.put("bbox", BBOX);
    ((ObjectNode) template.get("properties")).put("datetime", DATETIME);
    String text = json.writeValueAsString(template);
    // "@@X@@" (quoted) -> the marker alone, between literal parts.
    return text.replace("\"@@", "\u0000@@").replace("@@\"", "@@\u0000").split("\u0000");
  }
}
