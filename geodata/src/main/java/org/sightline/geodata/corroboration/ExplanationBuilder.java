package org.sightline.geodata.corroboration;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.geom.Measures;

/** Builds the {@link Explanation} of one event of a {@link Corroboration}. */
final class ExplanationBuilder {
  /** Members named in the summary before "and N more". */
  private static final int NAMED = 10;

  private final ItemIndex index;
  private final Tolerances tolerances;

  ExplanationBuilder(ItemIndex index, Tolerances tolerances) {
    this.index = index;
    this.tolerances = tolerances;
  }

  /**
   * @param members the event's positions, ascending
   * @param tree its spanning tree, pairs of positions ({@link Clustering.Clusters#trees()})
   */
  Explanation explain(CorroboratedEvent event, int[] members, int[] tree) {
    List<EvidenceItem> items = new ArrayList<>(members.length);
    for (int p : members) {
      items.add(index.item(p));
    }
    SourceIndependence independence = SourceIndependence.of(items);
    CombinedPlace place = place(items);
    CombinedTime time = time(items);
    Sensitivity sensitivity = sensitivity(members[0], event.level(), members.length);
    String summary =
        String.format(
            Locale.ROOT,
            "%s is %s: %d independent source%s (%s) among %d member%s (%s), matched with"
                + " tolerances of %s. %s %s %s",
            event.key(),
            event.level().labelEn(),
            independence.sources().size(),
            independence.sources().size() == 1 ? "" : "s",
            String.join(", ", independence.sources()),
            members.length,
            members.length == 1 ? "" : "s",
            named(event.memberKeys()),
            tolerances.describe(),
            time.text(),
            place.text(),
            sensitivity.text());
    return new Explanation(
        event.key(),
        event.level(),
        event.memberKeys(),
        links(members, tree),
        independence.verdicts(),
        place,
        time,
        tolerances,
        sensitivity,
        summary);
  }

  /**
   * The spanning tree oriented from the first member (breadth-first, neighbours in order of key):
   * for each other member, the member through which it joined.
   */
  private List<MatchLink> links(int[] members, int[] tree) {
    int m = members.length;
    List<List<Integer>> adjacent = new ArrayList<>(m);
    for (int k = 0; k < m; k++) {
      adjacent.add(new ArrayList<>(2));
    }
    for (int e = 0; e < tree.length; e += 2) {
      int a = Arrays.binarySearch(members, tree[e]);
      int b = Arrays.binarySearch(members, tree[e + 1]);
      adjacent.get(a).add(b);
      adjacent.get(b).add(a);
    }
    int[] via = new int[m];
    Arrays.fill(via, -1);
    boolean[] reached = new boolean[m];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    reached[0] = true;
    queue.add(0);
    while (!queue.isEmpty()) {
      int u = queue.poll();
      List<Integer> next = adjacent.get(u);
      Collections.sort(next);
      for (int v : next) {
        if (!reached[v]) {
          reached[v] = true;
          via[v] = u;
          queue.add(v);
        }
      }
    }
    List<MatchLink> links = new ArrayList<>(m - 1);
    for (int k = 1; k < m; k++) {
      links.add(link(index.item(members[k]), index.item(members[via[k]])));
    }
    return links;
  }

  private MatchLink link(EvidenceItem member, EvidenceItem via) {
    TypeRule rule = index.types().rule(via.eventType(), member.eventType());
    DayInterval a = DayInterval.of(via.earliest(), via.latest());
    DayInterval b = DayInterval.of(member.earliest(), member.latest());
    long gapDays = DayInterval.gapDays(a, b);
    LocalDate commonEarliest = null;
    LocalDate commonLatest = null;
    String timeText;
    if (gapDays == 0) {
      commonEarliest = DayInterval.date(Math.max(a.startDay(), b.startDay()));
      commonLatest = DayInterval.date(Math.min(a.endDay(), b.endDay()));
      timeText = "times overlap " + DayInterval.describe(commonEarliest, commonLatest);
    } else {
      timeText =
          String.format(
              Locale.ROOT,
              "times %d days apart (within twice %d days)",
              gapDays,
              tolerances.timeDays());
    }
    double overlapSqm = PairGeometry.overlapSqm(via.region(), member.region());
    double distanceM = overlapSqm > 0 ? 0 : PairGeometry.distanceM(via.region(), member.region());
    String placeText;
    if (overlapSqm > 0) {
      placeText = "places overlap by " + area(overlapSqm);
    } else if (distanceM == 0) {
      placeText = "places meet";
    } else {
      placeText =
          String.format(
              Locale.ROOT, "places %,.0f m apart (within %,.0f m)", distanceM, tolerances.placeM());
    }
    String text =
        String.format(
            Locale.ROOT,
            "%s joined through %s: %s; %s; %s",
            member.key(),
            via.key(),
            rule.describe(),
            timeText,
            placeText);
    return new MatchLink(
        member.key(),
        via.key(),
        rule,
        commonEarliest,
        commonLatest,
        gapDays,
        overlapSqm,
        distanceM,
        text);
  }

  private static CombinedTime time(List<EvidenceItem> items) {
    long maxStart = Long.MIN_VALUE;
    long minEnd = Long.MAX_VALUE;
    long minStart = Long.MAX_VALUE;
    long maxEnd = Long.MIN_VALUE;
    for (EvidenceItem item : items) {
      DayInterval d = DayInterval.of(item.earliest(), item.latest());
      maxStart = Math.max(maxStart, d.startDay());
      minEnd = Math.min(minEnd, d.endDay());
      minStart = Math.min(minStart, d.startDay());
      maxEnd = Math.max(maxEnd, d.endDay());
    }
    if (maxStart <= minEnd) {
      LocalDate earliest = DayInterval.date(maxStart);
      LocalDate latest = DayInterval.date(minEnd);
      return new CombinedTime(
          true,
          earliest,
          latest,
          "Time: " + DayInterval.describe(earliest, latest) + ", the days every member allows.");
    }
    LocalDate earliest = DayInterval.date(minStart);
    LocalDate latest = DayInterval.date(maxEnd);
    return new CombinedTime(
        false,
        earliest,
        latest,
        "Time: "
            + DayInterval.describe(earliest, latest)
            + ", the hull of the members' times, which share no day.");
  }

  private static CombinedPlace place(List<EvidenceItem> items) {
    Geometry common = items.get(0).region();
    try {
      for (int k = 1; k < items.size() && !common.isEmpty(); k++) {
        Geometry next = items.get(k).region();
        common =
            common.intersects(next)
                ? OverlayNGRobust.overlay(common, next, OverlayNG.INTERSECTION)
                : Geometries.FACTORY.createGeometryCollection();
      }
    } catch (IllegalArgumentException e) {
      // A collection of a point and polygons, which overlay does not take: use the union.
      common = Geometries.FACTORY.createGeometryCollection();
    }
    if (!common.isEmpty()) {
      Geometry region = withSrid(common);
      double areaSqm = Measures.areaSqKm(region) * 1e6;
      return new CombinedPlace(
          true,
          region,
          areaSqm,
          "Place: the region every member allows"
              + (areaSqm > 0 ? ", " + area(areaSqm) + "." : " (a point or a line)."));
    }
    List<Geometry> regions = items.stream().map(EvidenceItem::region).toList();
    Geometry region = withSrid(UnaryUnionOp.union(regions));
    double areaSqm = Measures.areaSqKm(region) * 1e6;
    return new CombinedPlace(
        false,
        region,
        areaSqm,
        "Place: the union of the members' regions, "
            + area(areaSqm)
            + ", which have no point in common.");
  }

  private Sensitivity sensitivity(int first, CorroborationLevel level, int members) {
    int[] halved = reachAt(first, 0.5);
    int[] doubled = reachAt(first, 2.0);
    CorroborationLevel atHalf = levelOf(halved);
    CorroborationLevel atDouble = levelOf(doubled);
    boolean holds = atHalf == level && atDouble == level;
    Tolerances half = tolerances.scaled(0.5);
    Tolerances twice = tolerances.scaled(2.0);
    String text =
        String.format(
            Locale.ROOT,
            "Sensitivity: %s with tolerances halved (%s, %d member%s), %s as used (%d), %s doubled"
                + " (%s, %d): the level %s.",
            atHalf.labelEn(),
            half.describe(),
            halved.length,
            halved.length == 1 ? "" : "s",
            level.labelEn(),
            members,
            atDouble.labelEn(),
            twice.describe(),
            doubled.length,
            holds ? "holds" : "does not hold");
    return new Sensitivity(
        atHalf, level, atDouble, halved.length, members, doubled.length, holds, text);
  }

  private int[] reachAt(int first, double scale) {
    return Clustering.reach(index, new int[] {first}, tolerances.scaled(scale), j -> true);
  }

  private CorroborationLevel levelOf(int[] positions) {
    List<EvidenceItem> items = new ArrayList<>(positions.length);
    for (int p : positions) {
      items.add(index.item(p));
    }
    return SourceIndependence.of(items).level();
  }

  private static Geometry withSrid(Geometry g) {
    return g.getSRID() == Geometries.SRID_WGS84 ? g : Geometries.FACTORY.createGeometry(g);
  }

  private static String area(double areaSqm) {
    return areaSqm >= 1e6
        ? String.format(Locale.ROOT, "%,.2f km²", areaSqm / 1e6)
        : String.format(Locale.ROOT, "%,.0f m²", areaSqm);
  }

  private static String named(List<String> keys) {
    if (keys.size() <= NAMED) {
      return String.join(", ", keys);
    }
    return String.join(", ", keys.subList(0, NAMED)) + " and " + (keys.size() - NAMED) + " more";
  }
}
