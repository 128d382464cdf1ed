package org.sightline.geodata.corroboration;

import java.util.List;

/**
 * Two claims from different interviews that may be one account told twice: compatible types, times
 * and places that match within the tolerances, and similar descriptions. For an investigator to
 * confirm or dismiss; a confirmed duplicate is the caller's to record (for example by giving both
 * claims one source key, or dropping one from corroboration).
 *
 * @param keyA the smaller key
 * @param keyB the larger key
 * @param similarity the descriptions' character-trigram Jaccard similarity, 0 to 1
 * @param reasons the grounds, one English sentence each: types, time, place, text, witnesses
 */
public record DuplicateCandidate(
    String keyA, String keyB, double similarity, List<String> reasons) {

  public DuplicateCandidate {
    reasons = List.copyOf(reasons);
  }
}
