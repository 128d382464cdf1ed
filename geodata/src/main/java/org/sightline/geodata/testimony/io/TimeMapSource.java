package org.sightline.geodata.testimony.io;

import java.util.List;
import java.util.Objects;
import org.sightline.geodata.testimony.DocumentKind;
import org.sightline.geodata.testimony.Sharing;

/**
 * A TimeMap source read as a document: what its events' claims rest on.
 *
 * @param index its 1-based position among the file's sources
 * @param id its TimeMap id
 * @param title its title; its id when the file gives none (with a warning)
 * @param kind mapped from its type ({@code Video}, {@code Report}, ...), {@link DocumentKind#OTHER}
 *     when the type is missing or unknown (with a warning)
 * @param url its {@code url}, else its first http(s) path; or null
 * @param paths its media paths as given
 * @param date when it was published: EDTF day, month or year ({@code 2014-08-29}, {@code 2014-08},
 *     {@code 2014}), or null (a date that does not read is dropped with a warning)
 * @param description or null
 * @param hidden whether the file marks it hidden ({@code hidden} TRUE, or timemap's {@code display}
 *     FALSE)
 * @param sharing {@link Sharing#CORROBORATION_ONLY} when hidden, else the caller's default
 * @param warnings what was assumed
 */
public record TimeMapSource(
    int index,
    String id,
    String title,
    DocumentKind kind,
    String url,
    List<String> paths,
    String date,
    String description,
    boolean hidden,
    Sharing sharing,
    List<String> warnings) {

  public TimeMapSource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sharing, "sharing");
    paths = List.copyOf(paths);
    warnings = List.copyOf(warnings);
    if (hidden && sharing != Sharing.CORROBORATION_ONLY) {
      throw new IllegalArgumentException("a hidden source is corroboration-only");
    }
  }

  /** The document's external reference: {@code timemap-source:<id>}. */
  public String externalRef() {
    return ref(id);
  }

  static String ref(String sourceId) {
    return "timemap-source:" + sourceId;
  }
}
