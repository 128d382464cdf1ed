package org.sightline.server.corroboration;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Reads the stored corroborated events. Thread-safe. */
public final class CorroboratedEvents {
  private final Jdbi jdbi;

  public CorroboratedEvents(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** One page in key order, with whether there is more and how many match. */
  public record Page(List<EventRow> items, boolean hasMore, long numberMatched) {}

  public Page page(EventPageDao.Query query, String afterKey, int limit) {
    return jdbi.inTransaction(
        handle -> {
          EventPageDao dao = handle.attach(EventPageDao.class);
          List<EventRow> rows = dao.page(query, afterKey, limit + 1);
          boolean more = rows.size() > limit;
          return new Page(more ? rows.subList(0, limit) : rows, more, dao.count(query));
        });
  }

  public Optional<EventRow> event(String eventKey) {
    return jdbi.withExtension(EventPageDao.class, dao -> dao.event(eventKey));
  }

  /** The live events holding this member ({@code claim:<id>}, {@code change:...}). */
  public List<EventRow> holding(String memberKey) {
    return jdbi.withExtension(EventPageDao.class, dao -> dao.holding(memberKey));
  }

  public Optional<EventPageDao.Extent> extent() {
    return jdbi.withExtension(EventPageDao.class, EventPageDao::extent)
        .filter(e -> e.minLon() != null);
  }
}
