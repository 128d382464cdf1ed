package org.sightline.server.visibility;

import jakarta.ws.rs.core.SecurityContext;
import org.sightline.server.auth.Role;
import org.sightline.server.auth.SightlineUser;
import org.sightline.server.http.RequestSecurityContext;

/**
 * Who may see which facility records: the one visibility policy of every read path (registry,
 * search, OGC collections, boundaries, zones, exports, coverage, revisits). Built once per request
 * from the caller and handed to the query layer, which filters in SQL with {@link
 * #FACILITY_PREDICATE} (binding {@link #publishedOnly()} as {@code :publishedOnly}), so no read
 * path decides on its own.
 *
 * <p>The rule: soft-deleted facilities are never visible. Anonymous callers, and signed-in users
 * who hold no role, see published facilities only. A user holding any role (admin, analyst,
 * investigator, advocate) also sees unpublished ones. Areas (boundaries, zones) are visible when
 * their facility is. The publication workflow extends this class, and only this class.
 *
 * <p>Immutable and thread-safe.
 *
 * @param staff whether the caller holds a role that sees unpublished facilities
 * @param unredactedEvents whether the caller reads corroborated events unredacted ({@link
 *     #seesUnredactedEvents}): staff who are not only advocates
 */
public record Visibility(boolean staff, boolean unredactedEvents) {
  /** Anonymous callers and users without a role. */
  public static final Visibility PUBLIC = new Visibility(false, false);

  /** Users holding a role other than advocate. */
  public static final Visibility STAFF = new Visibility(true, true);

  /** Users whose only role is advocate: every facility, events only redacted. */
  public static final Visibility ADVOCATE = new Visibility(true, false);

  /**
   * The facilities a caller reads, as a row source for {@code FROM}: every live row for staff, the
   * published snapshots for the public ({@code sightline_visible_facility}, V019), with the columns
   * of {@code facility}. Bind {@code :publishedOnly} to {@link #publishedOnly()}.
   */
  public static final String FACILITIES = "sightline_visible_facility(:publishedOnly)";

  /** The boundary versions a caller reads, as {@link #FACILITIES} (columns of the table). */
  public static final String BOUNDARIES = "sightline_visible_facility_boundary(:publishedOnly)";

  /** The zone versions a caller reads, as {@link #FACILITIES} (columns of the table). */
  public static final String ZONES = "sightline_visible_zone(:publishedOnly)";

  /**
   * The SQL condition that a facility row aliased {@code f} is visible; bind {@code :publishedOnly}
   * to {@link #publishedOnly()}.
   */
  public static final String FACILITY_PREDICATE =
      "(f.deleted_at IS NULL AND (f.published OR NOT :publishedOnly))";

  /**
   * The SQL condition that the namesake of a candidate duplicate, a facility row aliased {@code k},
   * is visible: {@link #FACILITY_PREDICATE} applied to it, so that a hidden facility is never named
   * through its duplicate. Bind {@code :publishedOnly} as for that.
   */
  public static final String NAMESAKE_PREDICATE =
      "(k.deleted_at IS NULL AND (k.published OR NOT :publishedOnly))";

  /**
   * The SQL condition that a dated-area row (boundary or zone version, column {@code facility_id})
   * belongs to a visible facility: {@link #FACILITY_PREDICATE} applied to its facility. Bind {@code
   * :publishedOnly} as for that.
   */
  public static final String AREA_PREDICATE =
      "facility_id IN (SELECT f.id FROM " + FACILITIES + " f WHERE " + FACILITY_PREDICATE + ")";

  /** The visibility of a user, or of an anonymous caller when {@code user} is null. */
  public static Visibility of(SightlineUser user) {
    if (user == null || user.roles().isEmpty()) {
      return PUBLIC;
    }
    return seesUnredactedEvents(user) ? STAFF : ADVOCATE;
  }

  /** The visibility of a request's caller. */
  public static Visibility of(SecurityContext context) {
    return of(RequestSecurityContext.userOf(context));
  }

  /**
   * Whether a user reads corroborated events unredacted (their keys, members and explanations):
   * every role but the advocate's. Advocates, like the public, read events only through the
   * redaction policy ({@code publication.PublicFeatures}); a user who is an advocate and, say, an
   * analyst reads them as an analyst.
   */
  public static boolean seesUnredactedEvents(SightlineUser user) {
    return user != null
        && (user.hasRole(Role.ADMIN)
            || user.hasRole(Role.ANALYST)
            || user.hasRole(Role.INVESTIGATOR));
  }

  /** True when only published facilities may be seen. */
  public boolean publishedOnly() {
    return !staff;
  }

  /** Whether a facility with these flags is visible (for records already loaded). */
  public boolean sees(boolean published, boolean deleted) {
    return !deleted && (published || staff);
  }
}
