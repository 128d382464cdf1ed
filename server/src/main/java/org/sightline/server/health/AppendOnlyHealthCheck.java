package org.sightline.server.health;

import com.codahale.metrics.health.HealthCheck;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Unhealthy when the server's own database role could rewrite history: when it owns the audit
 * table, or may UPDATE, DELETE or TRUNCATE the audit trail or history, or DELETE any table. This
 * happens when an external database is used with one role for everything (see schemaOwner).
 */
public final class AppendOnlyHealthCheck extends HealthCheck {
  private final Jdbi jdbi;

  public AppendOnlyHealthCheck(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  protected Result check() {
    List<String> problems = jdbi.withHandle(handle -> {
      List<String> found = new ArrayList<>();
      if (handle.createQuery("SELECT pg_has_role(current_user, tableowner, 'USAGE') FROM pg_tables"
          + " WHERE schemaname = 'public' AND tablename = 'audit_event'").mapTo(Boolean.class).one()) {
        found.add("the server's role owns audit_event (configure schemaOwner)");
      }
      for (String table : List.of("audit_event", "record_version")) {
        for (String privilege : List.of("UPDATE", "DELETE", "TRUNCATE", "INSERT")) {
          if (handle.createQuery("SELECT has_table_privilege(current_user, :table, :privilege)")
              .bind("table", table).bind("privilege", privilege).mapTo(Boolean.class).one()) {
            found.add("the server's role may " + privilege + " " + table);
          }
        }
      }
      found.addAll(handle.createQuery("""
              SELECT 'the server''s role may DELETE from ' || c.relname
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
                 AND has_table_privilege(current_user, c.oid, 'DELETE')""")
          .mapTo(String.class).list());
      return found;
    });
    return problems.isEmpty()
        ? Result.healthy("the server's role cannot delete rows or alter the audit trail")
        : Result.unhealthy(String.join("; ", problems));
  }
}
