package org.sightline.server.testimony;

import java.time.Instant;

/**
 * An organisation that contributes witnesses, testimonies, claims or documents, and sets their
 * sharing restriction.
 *
 * @param id short stable key, e.g. {@code nkdb}
 * @param synthetic true for the sample's made-up organisations
 */
public record OrganisationView(
    String id,
    String name,
    String nameKo,
    boolean synthetic,
    int version,
    Instant createdAt,
    String createdBy) {}
