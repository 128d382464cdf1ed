package org.sightline.server.catalogue;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

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
   * One page of a search.
   *
   * @param items the stored Item JSON of each result, untouched, in the search's order
   * @param nextToken the token of the next page, or null when this page is the last
   */
  public record SearchPage(List<String> items, String nextToken) {}

  /**
   * The page of {@code search}: at most {@code search.limit()} Items, and a token when more follow.
   */
  public SearchPage search(StacSearch search) {
    List<SceneDao.SearchRow> rows =
        jdbi.withHandle(h -> h.attach(SceneDao.class).search(search, search.limit() + 1));
    boolean more = rows.size() > search.limit();
    List<SceneDao.SearchRow> page = more ? rows.subList(0, search.limit()) : rows;
    String next =
        more ? StacSearch.token(search.sort(), page.get(page.size() - 1).keyValues()) : null;
    return new SearchPage(page.stream().map(SceneDao.SearchRow::itemJson).toList(), next);
  }

  /** One Item's stored JSON, or empty when the collection has no such Item. */
  public Optional<String> item(String collection, String id) {
    return jdbi.withHandle(h -> h.attach(SceneDao.class).item(collection, id));
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
