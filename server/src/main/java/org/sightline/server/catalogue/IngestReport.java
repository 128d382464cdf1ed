package org.sightline.server.catalogue;

import java.util.List;
import java.util.Map;

/**
 * What an ingest did.
 *
 * @param read items read (accepted and rejected)
 * @param rejectedByReason how many items each reason rejected, most frequent first
 * @param rejectedExamples up to 20 rejections with their position and id, for the report
 * @param unreadable inputs whose reading stopped because they are not valid JSON (or CSV), each
 *     with where and why; the Items read before that point were ingested
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

  public double itemsPerSecond() {
    return seconds <= 0 ? 0 : read / seconds;
  }
}
