package org.sightline.server.testimony;

import java.util.List;

/**
 * The body that records or replaces a witness: the open attributes, and optionally the identifying
 * details to seal. Codes are the vocabularies' ({@code /api/vocabulary}).
 *
 * @param organisation the originating organisation's id
 * @param sharing {@code staff-only} (default), {@code corroboration-only} or {@code shareable}
 * @param birthDecade a year ending in 0 (1970 for the 1970s)
 * @param identity the identifying details to seal, or null to leave them as they are
 */
public record WitnessEdit(
    String organisation,
    String sharing,
    String gender,
    Integer birthDecade,
    String provinceOfOrigin,
    List<String> relations,
    String notes,
    IdentityEdit identity) {

  /**
   * Identifying details, sealed on arrival and never returned except by the audited unseal.
   *
   * @param exactBirthDate ISO 8601 date, e.g. {@code 1971-03-02}
   * @param photoSha256 the SHA-256 of a photo in the evidence store
   */
  public record IdentityEdit(
      String fullName,
      List<String> otherNames,
      List<String> contacts,
      String exactBirthDate,
      String photoSha256) {

    @Override
    public String toString() {
      return "IdentityEdit[sealed details withheld]";
    }
  }
}
