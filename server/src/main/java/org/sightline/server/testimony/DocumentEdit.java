package org.sightline.server.testimony;

/**
 * The body that records or replaces a documentary source.
 *
 * @param kind {@code report}, {@code article}, {@code media}, {@code dataset} or {@code other}
 * @param url an http(s) address, or null
 * @param publishedOn ISO 8601 date, or null
 * @param origin the id of the document this one passes on (lineage), or null when it is an origin
 * @param sourceGrade the Admiralty reliability of the source, {@code A} to {@code F} (default F)
 */
public record DocumentEdit(
    String organisation,
    String sharing,
    String kind,
    String title,
    String url,
    String publishedOn,
    Long origin,
    String sourceGrade,
    String externalRef) {}
