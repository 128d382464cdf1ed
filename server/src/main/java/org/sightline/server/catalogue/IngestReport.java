package org.sightline.server.catalogue;

import java.util.List;
import java.util.Map;

/**
 * What an ingest did.
 *
 * @param read items read (accepted and rejected)
 * @param rejectedByReason how many items each kind of reason rejected, most frequent first; each
 *     kind (reasons that differ only in their values) is keyed by its first reason, e.g. {@code
 *     eo:cloud_cover 140 is outside 0..100} for every cloud cover out of range
 * @param rejectedExamples up to 20 rejections with their position and id, for the report
 * @param unreadable inputs whose reading stopped because they are not valid JSON (or CSV), or that
 *     could not be opened, each with where and why; the Items read before that point were ingested
 */
public record IngestReport(
    long read,
    long inserted,
    long updated,
    long unchanged,
    long duplicates,
    long rejected,
    Map<String, Long> rejectedByReason,
    List<String> rejectedExamples,
    List<String> unreadable,
    double seconds) {

  /** Items that were stored, or found stored already: everything read but the rejected. */
  public long accepted() {
    return inserted + updated + unchanged + duplicates;
  }

  public double itemsPerSecond() {
    return seconds <= 0 ? 0 : read / seconds;
  }
}
