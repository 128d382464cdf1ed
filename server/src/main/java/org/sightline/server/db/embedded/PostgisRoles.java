package org.sightline.server.db.embedded;

/** Database role names Sightline relies on. */
public final class PostgisRoles {
  /**
   * The NOLOGIN group role the V003 migration creates and grants to: SELECT, INSERT, UPDATE on
   * working tables, SELECT on the audit trail and history, no DELETE or TRUNCATE anywhere.
   */
  public static final String APP_GROUP = "sightline_app";

  /**
   * The LOGIN role the server uses on the embedded cluster, a member of {@link #APP_GROUP} only.
   */
  public static final String EMBEDDED_APP_LOGIN = "sightline_server";

  private PostgisRoles() {}
}
