package org.sightline.server.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * CPU time spent during a benchmark pass by this JVM and by the PostgreSQL cluster (its postmaster,
 * every live child process and every child already reaped: backends, WAL writer, checkpointer,
 * autovacuum), read from /proc. On a machine with few cores their sum per Item bounds the rate: two
 * cores cannot ingest faster than 2 s / (CPU seconds per Item). Linux only; not thread-safe.
 */
final class CpuMeter {
  private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux
  private final long postmaster;
  private final double jvmStart;
  private final double clusterStart;
  private final long wallStart = System.nanoTime();

  CpuMeter(Jdbi jdbi) {
    // The postmaster is the parent of every backend (this connection's included).
    long backend = jdbi.withHandle(CpuMeter::backendPid);
    postmaster = parent(backend);
    jvmStart = jvmSeconds();
    clusterStart = clusterSeconds();
  }

  private static long backendPid(Handle handle) {
    return handle.select("SELECT pg_backend_pid()").mapTo(Long.class).one();
  }

  /** "JVM x s, PostgreSQL y s of CPU (z ms per 1,000 Items)" since this meter was made. */
  String summary(long items) {
    double jvm = jvmSeconds() - jvmStart;
    double cluster = clusterSeconds() - clusterStart;
    double wall = (System.nanoTime() - wallStart) / 1e9;
    return String.format(
        "CPU: JVM %.1f s, PostgreSQL %.1f s in %.1f s wall; per 1,000 Items %.0f + %.0f ms",
        jvm, cluster, wall, jvm * 1e6 / items, cluster * 1e6 / items);
  }

  private static double jvmSeconds() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1e9;
  }

  private double clusterSeconds() {
    long ticks = 0;
    List<String> own = stat(postmaster);
    if (own != null) {
      // utime, stime, cutime, cstime: fields 14-17 (the reaped children are in the last two).
      for (int field = 14; field <= 17; field++) {
        ticks += Long.parseLong(own.get(field - 1));
      }
    }
    try (var processes = Files.list(Path.of("/proc"))) {
      for (Path p : processes.toList()) {
        String name = p.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        List<String> stat = stat(Long.parseLong(name));
        if (stat != null && Long.parseLong(stat.get(3)) == postmaster) {
          ticks += Long.parseLong(stat.get(13)) + Long.parseLong(stat.get(14));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return ticks / TICKS_PER_SECOND;
  }

  private static long parent(long pid) {
    List<String> stat = stat(pid);
    if (stat == null) {
      throw new IllegalStateException("no process " + pid);
    }
    return Long.parseLong(stat.get(3));
  }

  /** /proc/PID/stat's fields, numbered from 1 as in proc(5) (index = field - 1), or null. */
  private static List<String> stat(long pid) {
    try {
      String text = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // The command name (field 2) is in parentheses and may hold spaces.
      String rest = text.substring(text.lastIndexOf(')') + 2);
      List<String> fields = new ArrayList<>(List.of("pid", "comm"));
      fields.addAll(List.of(rest.split(" ")));
      return fields;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
