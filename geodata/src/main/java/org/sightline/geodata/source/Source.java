package org.sightline.geodata.source;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A publisher of data that Sightline cites, e.g. HRNK's prison camp map.
 *
 * @param id short stable key, e.g. {@code hrnk}
 * @param publisher who published it
 * @param title the publication's title
 * @param url where it is published, or null
 * @param licence the licence as the publisher states it ("unstated" when it states none)
 * @param via how the copy Sightline holds was obtained, or null
 * @param retrievedOn the date the copy was retrieved (the citation's access date), or null when
 *     unknown
 */
public record Source(
    String id,
    String publisher,
    String title,
    String url,
    String licence,
    String via,
    LocalDate retrievedOn) {

  /** A source whose retrieval date is not known. */
  public Source(String id, String publisher, String title, String url, String licence, String via) {
    this(id, publisher, title, url, licence, via, null);
  }

  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(licence, "licence");
    if (!id.matches("[a-z0-9][a-z0-9-]{0,31}")) {
      throw new IllegalArgumentException(
          "source id '" + id + "' must be 1-32 lowercase letters, digits or '-'");
    }
  }
}
