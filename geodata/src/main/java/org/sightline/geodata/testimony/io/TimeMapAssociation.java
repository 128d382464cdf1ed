package org.sightline.geodata.testimony.io;

import java.util.List;
import java.util.Objects;

/**
 * A TimeMap association: a category, filter, narrative or spotlight that events name by id.
 *
 * @param index its 1-based position among the file's associations
 * @param title its title, or null
 * @param mode as given, upper case: {@code CATEGORY}, {@code FILTER}, {@code NARRATIVE}, {@code
 *     SPOTLIGHT} in timemap; or null
 * @param filterPaths a filter's path in the filter tree, top first; empty for others
 */
public record TimeMapAssociation(
    int index, String id, String title, String mode, List<String> filterPaths) {
  public TimeMapAssociation {
    Objects.requireNonNull(id, "id");
    filterPaths = List.copyOf(filterPaths);
  }
}
