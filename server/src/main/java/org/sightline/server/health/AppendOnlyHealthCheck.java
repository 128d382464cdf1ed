package org.sightline.server.health;

import com.codahale.metrics.health.HealthCheck;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.sightline.server.audit.AuditDao;

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
    List<String> problems =
        jdbi.withExtension(
            AuditDao.class,
            audit -> {
              List<String> found = new ArrayList<>();
              if (audit.currentRoleOwnsAuditEvents()) {
                found.add("the server's role owns audit_event (configure schemaOwner)");
              }
              for (String table : List.of("audit_event", "record_version")) {
                for (String privilege : List.of("UPDATE", "DELETE", "TRUNCATE", "INSERT")) {
                  if (audit.currentRoleMay(table, privilege)) {
                    found.add("the server's role may " + privilege + " " + table);
                  }
                }
              }
              for (String table : audit.tablesCurrentRoleMayDeleteFrom()) {
                found.add("the server's role may DELETE from " + table);
              }
              return found;
            });
    return problems.isEmpty()
        ? Result.healthy("the server's role cannot delete rows or alter the audit trail")
        : Result.unhealthy(String.join("; ", problems));
  }
}
