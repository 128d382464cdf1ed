package org.sightline.server.testimony;

/**
 * What a soft delete did: the record is kept, marked deleted with the reason, at a new version.
 *
 * @param entity {@code witness}, {@code testimony}, {@code document} or {@code claim}
 */
public record Deleted(String entity, long id, int version, String reason) {}
