package org.sightline.server.publication;

import org.sightline.server.errors.InvalidInputException;

/**
 * The state of one review of one version of a record. A record with no review, or only rejected
 * ones, is a draft.
 *
 * <pre>
 *   (draft) --submit--> READY --publish--> PUBLISHED --withdraw--> WITHDRAWN
 *                         |                    |
 *                         +--reject--> REJECTED +--a newer version published--> SUPERSEDED
 * </pre>
 */
public enum ReviewState {
  READY("ready"),
  PUBLISHED("published"),
  REJECTED("rejected"),
  WITHDRAWN("withdrawn"),
  SUPERSEDED("superseded");

  private final String code;

  ReviewState(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static ReviewState fromCode(String code) {
    for (ReviewState state : values()) {
      if (state.code.equals(code)) {
        return state;
      }
    }
    throw new InvalidInputException(
        "state: unknown value '"
            + code
            + "'; expected one of ready, published, rejected, withdrawn, superseded");
  }
}
