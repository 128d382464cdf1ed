package org.sightline.geodata.facility;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kinds of detention facility. {@link #code()} is the stable identifier used in the database,
 * the API and data files.
 */
public enum FacilityType {
  /** Political prison camp (관리소, kwan-li-so). */
  KWANLISO("kwanliso"),
  /** Re-education camp or prison (교화소, kyo-hwa-so). */
  KYOHWASO("kyohwaso"),
  /** Holding centre (집결소, jip-kyul-so). */
  JIPKYULSO("jipkyulso"),
  /** Labour training camp (로동단련대, rodong danryondae). */
  RODONG_DANRYONDAE("rodong-danryondae"),
  /** Police or security detention centre (구류장, ku-ryu-jang). */
  KURYUJANG("kuryujang"),
  OTHER("other");

  private final String code;

  FacilityType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /**
   * The type with the given code.
   *
   * @throws IllegalArgumentException naming the allowed codes when the code is unknown
   */
  public static FacilityType fromCode(String code) {
    for (FacilityType type : values()) {
      if (type.code.equals(code)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT, "unknown facility type '%s'; expected one of %s", code, allowedCodes()));
  }

  public static String allowedCodes() {
    return Arrays.stream(values()).map(FacilityType::code).collect(Collectors.joining(", "));
  }
}
