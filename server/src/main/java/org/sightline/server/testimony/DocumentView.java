package org.sightline.server.testimony;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A documentary source: a report, an article, media, a dataset.
 *
 * @param origin the id of the document it passes on, or null
 * @param root the id of the first document of its lineage (itself when it has no origin):
 *     corroboration counts one source per root
 */
public record DocumentView(
    long id,
    String organisation,
    String sharing,
    String kind,
    String title,
    String url,
    LocalDate publishedOn,
    Long origin,
    long root,
    String sourceGrade,
    String externalRef,
    boolean synthetic,
    int version,
    Instant createdAt,
    String createdBy) {}
