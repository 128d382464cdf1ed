package org.sightline.geodata.testimony.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sightline.geodata.io.ImportReport;

/**
 * A TimeMap as read: the claims and documents made from the events and sources that read cleanly,
 * and every error of every other event, source and association. When there is any error, the file
 * should be imported not at all (nothing is half-written); the rest then serves a dry run's report.
 *
 * @param eventCount how many events the file has
 * @param claims one per event and source, by event, then the event's source order
 * @param sources the sources that read without error, by position
 * @param associations the associations that read without error, by position
 * @param problems every error: associations first, then sources, then events
 */
public record TimeMapImport(
    int eventCount,
    List<TimeMapClaim> claims,
    List<TimeMapSource> sources,
    List<TimeMapAssociation> associations,
    List<TimeMapProblem> problems) {

  public TimeMapImport {
    claims = List.copyOf(claims);
    sources = List.copyOf(sources);
    associations = List.copyOf(associations);
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return !problems.isEmpty();
  }

  /** Every error after its owner's name: {@code event 4 'e-4': date: ...}. */
  public List<String> errors() {
    return problems.stream().map(TimeMapProblem::describe).toList();
  }

  /**
   * One line for an answer: {@code 3 errors in 2 events, 1 source; event 4 'e-4': date: ...} (the
   * first), or {@code 6 events read: 7 claims, 4 sources (1 hidden), 3 associations, 2 warnings}.
   */
  public String summary() {
    if (hasErrors()) {
      Map<String, Long> owners = new LinkedHashMap<>();
      problems.stream()
          .map(p -> p.kind() + " " + p.index())
          .distinct()
          .forEach(owner -> owners.merge(owner.substring(0, owner.indexOf(' ')), 1L, Long::sum));
      return String.format(
          Locale.ROOT,
          "%,d error%s in %s; %s",
          problems.size(),
          problems.size() == 1 ? "" : "s",
          owners.entrySet().stream()
              .map(e -> count(e.getValue(), e.getKey()))
              .collect(Collectors.joining(", ")),
          problems.get(0).describe());
    }
    long hidden = sources.stream().filter(TimeMapSource::hidden).count();
    long warnings =
        claims.stream().mapToLong(c -> c.warnings().size()).sum()
            + sources.stream().mapToLong(s -> s.warnings().size()).sum();
    return String.format(
        Locale.ROOT,
        "%s read: %s, %s (%,d hidden), %s, %s",
        count(eventCount, "event"),
        count(claims.size(), "claim"),
        count(sources.size(), "source"),
        hidden,
        count(associations.size(), "association"),
        count(warnings, "warning"));
  }

  /**
   * The sources (kind {@code document}) and then the events' claims (kind {@code claim}) as items
   * of an {@link ImportReport}, each with its external reference as id; an event, source or
   * association with errors is one item with outcome {@code error}.
   *
   * @param outcomeOfRef what storing the document or claim with this external reference did or
   *     would do ({@code created}, {@code unchanged})
   */
  public List<ImportReport.Item> items(Function<String, String> outcomeOfRef) {
    List<ImportReport.Item> items = new ArrayList<>();
    items.addAll(failed("association", null).values());
    Map<Integer, ImportReport.Item> bySource = failed("source", id -> TimeMapSource.ref(id));
    for (TimeMapSource source : sources) {
      bySource.put(
          source.index(),
          item(
              source.index(),
              source.title(),
              "document",
              source.externalRef(),
              outcomeOfRef.apply(source.externalRef()),
              source.warnings()));
    }
    items.addAll(bySource.values());
    Map<Integer, List<ImportReport.Item>> byEvent = new TreeMap<>();
    failed("event", id -> "timemap:" + id)
        .forEach((index, item) -> byEvent.put(index, new ArrayList<>(List.of(item))));
    for (TimeMapClaim claim : claims) {
      byEvent
          .computeIfAbsent(claim.eventIndex(), i -> new ArrayList<>())
          .add(
              item(
                  claim.eventIndex(),
                  claim.eventId(),
                  "claim",
                  claim.externalRef(),
                  outcomeOfRef.apply(claim.externalRef()),
                  claim.warnings()));
    }
    byEvent.values().forEach(items::addAll);
    return items;
  }

  /** One error item per failed owner of {@code kind}, by position. */
  private Map<Integer, ImportReport.Item> failed(String kind, Function<String, String> refOfId) {
    Map<Integer, List<TimeMapProblem>> byIndex = new TreeMap<>();
    problems.stream()
        .filter(p -> p.kind().equals(kind))
        .forEach(p -> byIndex.computeIfAbsent(p.index(), i -> new ArrayList<>()).add(p));
    Map<Integer, ImportReport.Item> items = new TreeMap<>();
    byIndex.forEach(
        (index, owned) -> {
          String id = owned.get(0).id();
          List<String> errors = owned.stream().map(TimeMapProblem::message).toList();
          items.put(
              index,
              new ImportReport.Item(
                  index,
                  id == null ? kind + " " + index : id,
                  kind.equals("source") ? "document" : kind.equals("event") ? "claim" : kind,
                  id == null || refOfId == null ? id : refOfId.apply(id),
                  "error",
                  String.join("; ", errors),
                  errors,
                  List.of()));
        });
    return items;
  }

  private static ImportReport.Item item(
      int index, String label, String kind, String ref, String outcome, List<String> warnings) {
    return new ImportReport.Item(
        index,
        label,
        kind,
        ref,
        outcome,
        warnings.isEmpty() ? null : String.join("; ", warnings),
        List.of(),
        warnings);
  }

  private static String count(long count, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", count, noun, count == 1 ? "" : "s");
  }
}
