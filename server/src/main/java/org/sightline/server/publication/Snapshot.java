package org.sightline.server.publication;

import java.util.List;

/**
 * A record as it is now, ready to be frozen in a review.
 *
 * @param version the record's version (an event: the id of its live derived row)
 * @param authors every actor who wrote the record (from its history)
 * @param contentJson the record's content, as JSON text
 */
public record Snapshot(String version, List<String> authors, String contentJson) {
  public Snapshot {
    authors = List.copyOf(authors);
  }
}
