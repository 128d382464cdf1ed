package org.sightline.server.bench;

import com.sun.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the heap every 10 ms while a benchmark pass runs: the most heap in use at once (live
 * objects and garbage not yet collected) and the largest heap left after a collection (the live
 * set). Both are bounded by -Xmx; the second says how much headroom the work needs. Thread-safe.
 */
final class HeapWatch implements AutoCloseable {
  private static final long MIB = 1024 * 1024;
  private final AtomicLong maxUsedBytes = new AtomicLong();
  private final AtomicLong maxAfterGcBytes = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  HeapWatch() {
    sampler =
        new Thread(
            () -> {
              while (running) {
                maxUsedBytes.accumulateAndGet(
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                  if (gc instanceof GarbageCollectorMXBean sun && sun.getLastGcInfo() != null) {
                    long after =
                        sun.getLastGcInfo().getMemoryUsageAfterGc().values().stream()
                            .filter(usage -> usage != null)
                            .mapToLong(MemoryUsage::getUsed)
                            .sum();
                    maxAfterGcBytes.accumulateAndGet(after, Math::max);
                  }
                }
                try {
                  Thread.sleep(10);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-watch");
    sampler.setDaemon(true);
    sampler.start();
  }

  @Override
  public void close() {
    running = false;
    try {
      sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  String summary() {
    return String.format(
        "heap: at most %,d MB in use, at most %,d MB live after a GC",
        maxUsedBytes.get() / MIB, maxAfterGcBytes.get() / MIB);
  }
}
