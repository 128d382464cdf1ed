package org.sightline.server.catalogue;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.sightline.server.db.ShortQuerySettings;

/**
 * The reads of the STAC API: item search one page at a time, single Items exactly as stored, and
 * collections summarised from their scenes. Items are public, like the rest of the published map
 * data. Thread-safe.
 */
public final class SceneCatalogue {
  private final Jdbi jdbi;
  private final int matchesCounted;

  public SceneCatalogue(Jdbi jdbi) {
    this(jdbi, MATCHES_COUNTED);
  }

  /** With another limit on the matches counted (tests). */
  SceneCatalogue(Jdbi jdbi, int matchesCounted) {
    this.jdbi = jdbi;
    this.matchesCounted = matchesCounted;
  }

  /**
   * One stored Item.
   *
   * @param collection its collection (the Item's, or the ingest's default for an Item naming none)
   * @param id its id
   * @param json its JSON as stored, untouched
   */
  public record StoredItem(String collection, String id, String json) {}

  /**
   * One page of a search.
   *
   * @param items the results, in the search's order
   * @param matched how many Items match the search's filters, on all pages, when at most {@link
   *     #MATCHES_COUNTED}; null when more
   * @param nextToken the token of the next page, or null when this page is the last
   */
  public record SearchPage(List<StoredItem> items, Long matched, String nextToken) {}

  /**
   * Matches counted at most for a page's {@code numberMatched}: counting reads every matching
   * scene's row, which for a search of the whole peninsula or of a year with 1,100,000 scenes took
   * 1-3 s on its own (docs/SCALING.md). Beyond it the page says nothing of the total.
   */
  public static final int MATCHES_COUNTED = 10_000;

  /**
   * The page of {@code search}: at most {@code search.limit()} Items, how many match in all (up to
   * {@link #MATCHES_COUNTED}), and a token when more follow. The page and the count are read from
   * one snapshot.
   */
  public SearchPage search(StacSearch search) {
    return jdbi.inTransaction(
        TransactionIsolationLevel.REPEATABLE_READ,
        h -> {
          ShortQuerySettings.apply(h);
          SceneDao dao = h.attach(SceneDao.class);
          SceneDao.PreparedSearch prepared = dao.prepare(search);
          List<SceneDao.SearchRow> rows = dao.search(search, prepared, search.limit() + 1);
          boolean more = rows.size() > search.limit();
          List<SceneDao.SearchRow> page = more ? rows.subList(0, search.limit()) : rows;
          String next =
              more ? StacSearch.token(search.sort(), page.get(page.size() - 1).keyValues()) : null;
          long counted = dao.count(prepared, matchesCounted + 1);
          Long matched = counted > matchesCounted ? null : counted;
          return new SearchPage(
              page.stream().map(r -> new StoredItem(r.collection(), r.id(), r.itemJson())).toList(),
              matched,
              next);
        });
  }

  /** One Item's stored JSON, or empty when the collection has no such Item. */
  public Optional<String> item(String collection, String id) {
    return jdbi.withHandle(h -> h.attach(SceneDao.class).item(collection, id));
  }

  /**
   * Whether the catalogue holds a scene of {@code collection} (cheap, unlike {@link #collection}).
   */
  public boolean hasCollection(String collection) {
    return jdbi.withHandle(h -> h.attach(SceneDao.class).hasCollection(collection));
  }

  /** Every collection, by id. */
  public List<CollectionSummary> collections() {
    return jdbi.withHandle(h -> h.attach(SceneDao.class).collections(null));
  }

  /** One collection, or empty when no scene is in it. */
  public Optional<CollectionSummary> collection(String id) {
    return jdbi.withHandle(h -> h.attach(SceneDao.class).collections(id)).stream().findFirst();
  }
}
