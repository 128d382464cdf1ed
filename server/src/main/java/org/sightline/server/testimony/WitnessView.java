package org.sightline.server.testimony;

import java.time.Instant;
import java.util.List;

/**
 * A witness as every working view shows it: the pseudonymous code and the open, coarse attributes.
 * Identifying details are never part of it; {@code identitySealed} only says whether there are any
 * (an investigator reads them through the audited unseal).
 *
 * @param code the pseudonymous code, e.g. {@code W-7K3Q9A}: random, saying nothing of order
 * @param birthDecade the first year of the decade of birth (1970 for the 1970s), or null
 * @param mergedInto the code of the witness this record was confirmed to be, or null
 * @param synthetic true for the sample's made-up witnesses, never real people
 */
public record WitnessView(
    long id,
    String code,
    String organisation,
    String sharing,
    String gender,
    Integer birthDecade,
    String provinceOfOrigin,
    List<String> relations,
    String notes,
    String mergedInto,
    boolean identitySealed,
    int testimonies,
    boolean synthetic,
    int version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy) {

  public WitnessView {
    relations = List.copyOf(relations);
  }
}
