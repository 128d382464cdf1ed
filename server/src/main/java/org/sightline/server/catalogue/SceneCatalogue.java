package org.sightline.server.catalogue;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The reads of the STAC API: item search one page at a time, single Items exactly as stored, and
 * collections summarised from their scenes. Items are public, like the rest of the published map
 * data. Thread-safe.
 */
public final class SceneCatalogue {
  private final Jdbi jdbi;

  public SceneCatalogue(Jdbi jdbi) {
    this.jdbi = jdbi;
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
   * @param matched how many Items match the search's filters, on all pages
   * @param nextToken the token of the next page, or null when this page is the last
   */
  public record SearchPage(List<StoredItem> items, long matched, String nextToken) {}

  /**
   * The page of {@code search}: at most {@code search.limit()} Items, how many match in all, and a
   * token when more follow. The page and the count are read from one snapshot.
   */
  public SearchPage search(StacSearch search) {
    return jdbi.inTransaction(
        TransactionIsolationLevel.REPEATABLE_READ,
        h -> {
          SceneDao dao = h.attach(SceneDao.class);
          List<SceneDao.SearchRow> rows = dao.search(search, search.limit() + 1);
          boolean more = rows.size() > search.limit();
          List<SceneDao.SearchRow> page = more ? rows.subList(0, search.limit()) : rows;
          String next =
              more ? StacSearch.token(search.sort(), page.get(page.size() - 1).keyValues()) : null;
          long matched = dao.count(search);
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
