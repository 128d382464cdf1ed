package org.sightline.server.auth;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a user may do. A user may hold several roles; anonymous visitors hold none and see only
 * published public data. Resource methods name the roles they admit with
 * {@code @RolesAllowed({Role.Names.ANALYST, ...})}; see {@link AccessPolicyFeature}.
 */
public enum Role {
  /** Manages users, tokens and the audit trail; may do everything the other roles may. */
  ADMIN(Names.ADMIN),
  /** Imagery and facilities. */
  ANALYST(Names.ANALYST),
  /** Testimonies, witnesses and evidence. */
  INVESTIGATOR(Names.INVESTIGATOR),
  /** Publication of public maps. */
  ADVOCATE(Names.ADVOCATE);

  /** The role codes as compile-time constants, for annotations. */
  public static final class Names {
    public static final String ADMIN = "admin";
    public static final String ANALYST = "analyst";
    public static final String INVESTIGATOR = "investigator";
    public static final String ADVOCATE = "advocate";

    private Names() {}
  }

  private final String code;

  Role(String code) {
    this.code = code;
  }

  /** The code stored in the database and used in the API: {@code admin}, {@code analyst}, ... */
  public String code() {
    return code;
  }

  /**
   * @throws IllegalArgumentException naming the allowed codes when {@code code} is not one
   */
  public static Role fromCode(String code) {
    for (Role role : values()) {
      if (role.code.equals(code)) {
        return role;
      }
    }
    throw new IllegalArgumentException("unknown role '" + code + "'; roles are " + allCodes());
  }

  public static String allCodes() {
    return Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", "));
  }
}
