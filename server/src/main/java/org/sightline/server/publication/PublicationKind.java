package org.sightline.server.publication;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.sightline.server.auth.Role;
import org.sightline.server.errors.InvalidInputException;

/**
 * What can be published, with the roles that may submit it for review. Publishing is always an
 * advocate's decision ({@link ReviewWorkflow}).
 */
public enum PublicationKind {
  FACILITY("facility", EnumSet.of(Role.ANALYST, Role.ADMIN)),
  BOUNDARY("boundary", EnumSet.of(Role.ANALYST, Role.ADMIN)),
  ZONE("zone", EnumSet.of(Role.ANALYST, Role.ADMIN)),
  OBSERVATION("observation", EnumSet.of(Role.ANALYST, Role.ADMIN)),
  CLAIM("claim", EnumSet.of(Role.INVESTIGATOR)),
  EVENT("event", EnumSet.of(Role.ANALYST, Role.INVESTIGATOR, Role.ADVOCATE));

  private final String code;

  @SuppressWarnings("ImmutableEnumChecker") // Set.copyOf: unmodifiable
  private final Set<Role> submitters;

  PublicationKind(String code, Set<Role> submitters) {
    this.code = code;
    this.submitters = Set.copyOf(submitters);
  }

  public String code() {
    return code;
  }

  /** The roles that may submit a record of this kind for review. */
  public Set<Role> submitters() {
    return submitters;
  }

  /**
   * @throws InvalidInputException naming the allowed kinds
   */
  public static PublicationKind fromCode(String code) {
    for (PublicationKind kind : values()) {
      if (kind.code.equals(code)) {
        return kind;
      }
    }
    throw new InvalidInputException(
        "kind: unknown value '" + code + "'; expected one of " + allCodes());
  }

  public static String allCodes() {
    return Arrays.stream(values()).map(PublicationKind::code).collect(Collectors.joining(", "));
  }
}
