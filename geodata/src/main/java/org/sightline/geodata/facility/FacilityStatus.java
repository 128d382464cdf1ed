package org.sightline.geodata.facility;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What is known of whether a facility operates. {@link #code()} is the stable identifier. */
public enum FacilityStatus {
  OPERATIONAL("operational"),
  REDUCED("reduced"),
  CLOSED("closed"),
  UNCONFIRMED("unconfirmed");

  private final String code;

  FacilityStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /**
   * The status with the given code.
   *
   * @throws IllegalArgumentException naming the allowed codes when the code is unknown
   */
  public static FacilityStatus fromCode(String code) {
    for (FacilityStatus status : values()) {
      if (status.code.equals(code)) {
        return status;
      }
    }
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "unknown facility status '%s'; expected one of %s",
            code,
            Arrays.stream(values()).map(FacilityStatus::code).collect(Collectors.joining(", "))));
  }
}
