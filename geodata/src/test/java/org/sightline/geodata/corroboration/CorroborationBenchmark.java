package org.sightline.geodata.corroboration;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.geom.GeodesicCircle;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.place.PlaceRegion;

/**
 * Corroboration time for synthetic evidence of 25,000 to 200,000 items (not a test; run by {@code
 * scripts/bench-corroboration}). 200 facilities across North Korea (lon 124.5-130.5, lat 38-42.5),
 * a fifth of them large (radius 5-12 km), the rest 0.3-3 km, visited with Zipf-like weights so that
 * a few facilities hold thousands of items. Items: 80% testimony (1-3 claims per witness, 10%
 * hearsay from an earlier witness of the same facility, one or two interviews per witness, 3% a
 * retelling of an earlier claim at the facility with a few words of its description changed), 8%
 * documents (origins shared by 1-4 documents), 12% imagery changes (1-5 per scene pair). Claims
 * have a description of 10-19 words drawn from an English or a Korean vocabulary. Places: 85% a
 * point with a radius of 200 m-5 km inside the facility (a geodesic 64-gon, as {@link PlaceRegion}
 * makes it), 10% a zone polygon or the facility boundary, 5% anywhere (radius 1-10 km); imagery a
 * 20-200 m footprint. Times from 1970 to 2024 at mixed precision: day 15%, month 30%, year 35%,
 * decade 15%, open-ended 5%; imagery bracketed by scenes 0.5-3 years apart since 2000.
 *
 * <p>A run times {@link Corroborator#corroborate} from the list of items to the events with their
 * levels. The sizes are prefixes of one generated list of 200,000 (same facilities, growing
 * density). Prints the median of the runs per size (wall and the calling thread's CPU time) and the
 * ratio to the size before; then, once, the cost of explaining every event at 25,000 and 100,000
 * items, of the duplicate candidates at 100,000, and of {@link Corroborator#affectedBy} and
 * re-corroboration after one changed item (in a single-item event and in the largest event).
 * Arguments: runs per size (default 5), and {@code --only-corroborate} to stop after the table.
 */
public final class CorroborationBenchmark {
  private static final int[] SIZES = {25_000, 50_000, 100_000, 200_000};
  private static final int FACILITIES = 200;
  private static final String[] CLAIM_TYPES = {
    "forced-labour",
    "torture",
    "death-in-custody",
    "starvation",
    "arbitrary-detention",
    "execution",
    "public-execution",
    "sexual-violence",
    "forced-abortion-or-infanticide",
    "enforced-disappearance",
    "forcible-transfer"
  };
  private static final int[] CLAIM_WEIGHTS = {20, 15, 12, 10, 10, 8, 8, 5, 4, 4, 4};
  private static final String[] IMAGERY_TYPES = {
    "construction", "demolition", "expansion", "reduction", "ground-disturbance"
  };
  private static final int[] IMAGERY_WEIGHTS = {40, 20, 20, 10, 10};
  private static final String[] EN =
      ("prisoners were forced to work in the mine at night guards beat a man near gate field"
              + " hunger died executed publicly winter camp section women moved another building new"
              + " barracks built spring summer autumn morning evening three five ten dozens hundreds"
              + " old young woman child mother father brother sister friend officer security agent"
              + " warden bowl corn porridge salt water cold river bridge hill valley tunnel shaft"
              + " coal gold logging farm pig rabbit shed kitchen hospital doctor cell solitary"
              + " confinement interrogation room rope stick whip kneel stand hours days weeks months"
              + " shot hanged buried burned carried dragged watched crowd assembled loudspeaker"
              + " announced traitor crime escape caught returned china border train truck walked")
          .split(" ");
  private static final String[] KO =
      ("수감자들이 광산에서 강제로 일했다 경비원이 남자를 때렸다 정문 근처에서 겨울에 굶어 죽었다"
              + " 공개처형 되었다 구역 여성들이 이송되었다 새 막사가 지어졌다 봄 여름 가을 아침 저녁 세"
              + " 다섯 열 수십 수백 늙은 젊은 아이 어머니 아버지 형 누나 친구 보위부 보안원 소장 그릇"
              + " 옥수수 죽 소금 물 추운 강 다리 언덕 골짜기 갱도 석탄 금 벌목 농장 돼지 토끼 창고"
              + " 부엌 병원 의사 독방 취조실 밧줄 몽둥이 채찍 무릎 꿇고 서서 시간 동안 총살 교수형"
              + " 묻혔다 태웠다 끌려갔다 모였다 방송 반역자 탈북 잡혔다 중국 국경 기차 트럭 걸어서")
          .split(" ");

  /** The share of claims that retell an earlier claim in another interview (duplicates). */
  private static final double RETOLD = 0.03;

  private CorroborationBenchmark() {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    boolean onlyCorroborate = args.length > 1 && args[1].equals("--only-corroborate");
    System.out.printf(
        Locale.ROOT,
        "corroboration: %d runs per size, sizes interleaved, median; %d processors, load average"
            + " %.1f, max heap %d MB%n",
        runs,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().maxMemory() >> 20);
    long generating = System.nanoTime();
    List<EvidenceItem> all = generate(SIZES[SIZES.length - 1], 42);
    System.out.printf(
        Locale.ROOT,
        "generated %,d items in %.1f s (not timed below)%n",
        all.size(),
        (System.nanoTime() - generating) / 1e9);

    Corroborator corroborator = Corroborator.withDefaults();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    // Warm-up: the JIT compiles the index, the bounds and the union-find before anything counts.
    for (int i = 0; i < 2; i++) {
      for (int size : SIZES) {
        if (size <= 50_000) {
          corroborator.corroborate(all.subList(0, size));
        }
      }
    }
    double[][] wall = new double[SIZES.length][runs];
    double[][] cpu = new double[SIZES.length][runs];
    Corroboration[] last = new Corroboration[SIZES.length];
    for (int r = 0; r < runs; r++) {
      for (int s = 0; s < SIZES.length; s++) {
        last[s] = null; // let the previous result go before timing
        List<EvidenceItem> items = all.subList(0, SIZES[s]);
        System.gc();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        last[s] = corroborator.corroborate(items);
        wall[s][r] = (System.nanoTime() - start) / 1e6;
        cpu[s][r] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%8s %8s %8s %8s %8s %8s %9s %7s %9s %7s%n",
        "items",
        "events",
        "largest",
        "single",
        "corrob",
        "strong",
        "wall ms",
        "ratio",
        "cpu ms",
        "ratio");
    for (int s = 0; s < SIZES.length; s++) {
      Map<CorroborationLevel, Integer> levels = new EnumMap<>(CorroborationLevel.class);
      int largest = 0;
      for (CorroboratedEvent e : last[s].events()) {
        levels.merge(e.level(), 1, Integer::sum);
        largest = Math.max(largest, e.memberKeys().size());
      }
      System.out.printf(
          Locale.ROOT,
          "%8d %8d %8d %8d %8d %8d %9.0f %7s %9.0f %7s%n",
          SIZES[s],
          last[s].events().size(),
          largest,
          levels.getOrDefault(CorroborationLevel.SINGLE_SOURCE, 0),
          levels.getOrDefault(CorroborationLevel.CORROBORATED, 0),
          levels.getOrDefault(CorroborationLevel.STRONGLY_CORROBORATED, 0),
          median(wall[s]),
          s == 0 ? "-" : String.format(Locale.ROOT, "%.2fx", median(wall[s]) / median(wall[s - 1])),
          median(cpu[s]),
          s == 0 ? "-" : String.format(Locale.ROOT, "%.2fx", median(cpu[s]) / median(cpu[s - 1])));
    }
    if (onlyCorroborate) {
      return;
    }
    for (int s = 0; s < SIZES.length; s++) {
      if (SIZES[s] == 25_000 || SIZES[s] == 100_000) {
        explainAll(last[s], SIZES[s]);
      }
    }
    Corroboration at100k = last[2];
    last = null;
    long start = System.nanoTime();
    int duplicates = at100k.duplicateCandidates(DescriptionSimilarity.DEFAULT_THRESHOLD).size();
    System.out.printf(
        Locale.ROOT,
        "duplicate candidates at 100,000 items (similarity >= %.2f): %,d pairs in %.0f ms%n",
        DescriptionSimilarity.DEFAULT_THRESHOLD,
        duplicates,
        (System.nanoTime() - start) / 1e6);
    List<EvidenceItem> hundred = all.subList(0, 100_000);
    CorroboratedEvent largest =
        at100k.events().stream()
            .max(Comparator.comparingInt(e -> e.memberKeys().size()))
            .orElseThrow();
    CorroboratedEvent typical = at100k.eventOf(hundred.get(12_345).key()).orElseThrow();
    for (CorroboratedEvent event : List.of(typical, largest)) {
      EvidenceItem changed =
          hundred.stream()
              .filter(i -> i.key().equals(event.firstMemberKey()))
              .findFirst()
              .orElseThrow();
      double[] affectedMs = new double[runs];
      double[] totalMs = new double[runs];
      int affected = 0;
      for (int r = 0; r < runs; r++) {
        start = System.nanoTime();
        List<EvidenceItem> items = corroborator.affectedBy(List.of(changed), hundred);
        affectedMs[r] = (System.nanoTime() - start) / 1e6;
        corroborator.corroborate(items);
        totalMs[r] = (System.nanoTime() - start) / 1e6;
        affected = items.size();
      }
      System.out.printf(
          Locale.ROOT,
          "affectedBy one changed item of an event of %,d members, at 100,000 items: %,d items in"
              + " %.0f ms, with their corroboration %.0f ms (medians)%n",
          event.memberKeys().size(),
          affected,
          median(affectedMs),
          median(totalMs));
    }
  }

  private static void explainAll(Corroboration result, int size) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<CorroboratedEvent> events = result.events();
    double[] ms = new double[events.size()];
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    int largest = 0;
    double largestMs = 0;
    for (int k = 0; k < events.size(); k++) {
      long one = threads.getCurrentThreadCpuTime();
      result.explain(events.get(k));
      ms[k] = (threads.getCurrentThreadCpuTime() - one) / 1e6;
      if (events.get(k).memberKeys().size() > largest) {
        largest = events.get(k).memberKeys().size();
        largestMs = ms[k];
      }
    }
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "explaining all %,d events at %,d items: %.1f s wall, %.1f s cpu; per event (cpu) median"
            + " %.2f ms, p90 %.2f ms, p99 %.1f ms; the largest event (%,d members) %.0f ms%n",
        events.size(),
        size,
        (System.nanoTime() - start) / 1e9,
        (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9,
        sorted[sorted.length / 2],
        sorted[(int) (sorted.length * 0.9)],
        sorted[(int) (sorted.length * 0.99)],
        largest,
        largestMs);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** A facility: centre, radius, boundary and five zones. */
  private record Facility(
      double lon, double lat, double radiusM, Geometry boundary, List<Geometry> zones) {}

  /** What an item will be, drawn sequentially; its region is built afterwards, in parallel. */
  private record Plan(
      String key,
      String type,
      LocalDate earliest,
      LocalDate latest,
      SourceRef source,
      String testimonyKey,
      String description,
      int facility,
      int placeKind,
      double east,
      double north,
      double radiusM,
      long seed) {}

  static List<EvidenceItem> generate(int count, long seed) {
    Random random = new Random(seed);
    List<Facility> facilities = new ArrayList<>();
    for (int f = 0; f < FACILITIES; f++) {
      double lon = 124.5 + random.nextDouble() * 6;
      double lat = 38 + random.nextDouble() * 4.5;
      double radiusM =
          random.nextDouble() < 0.2
              ? 5_000 + random.nextDouble() * 7_000
              : 300 + random.nextDouble() * 2_700;
      Geometry boundary = blob(random, lon, lat, radiusM);
      List<Geometry> zones = new ArrayList<>();
      for (int z = 0; z < 5; z++) {
        double[] at =
            offset(
                lon,
                lat,
                (random.nextDouble() - 0.5) * radiusM,
                (random.nextDouble() - 0.5) * radiusM);
        zones.add(blob(random, at[0], at[1], radiusM * (0.1 + random.nextDouble() * 0.2)));
      }
      facilities.add(new Facility(lon, lat, radiusM, boundary, zones));
    }
    double[] cumulative = new double[FACILITIES];
    double sum = 0;
    for (int f = 0; f < FACILITIES; f++) {
      sum += 1 / Math.pow(f + 1, 0.8);
      cumulative[f] = sum;
    }

    List<Plan> plans = new ArrayList<>(count);
    List<List<Plan>> claimsAt = new ArrayList<>();
    for (int f = 0; f < FACILITIES; f++) {
      claimsAt.add(new ArrayList<>());
    }
    List<List<String>> witnessesAt = new ArrayList<>();
    for (int f = 0; f < FACILITIES; f++) {
      witnessesAt.add(new ArrayList<>());
    }
    int witness = 0;
    int document = 0;
    int origin = 0;
    int scenePair = 0;
    while (plans.size() < count) {
      int f = pick(cumulative, random.nextDouble() * sum);
      double kind = random.nextDouble();
      if (kind < 0.80) {
        String w = "witness:W-" + witness++;
        String heardFrom =
            random.nextDouble() < 0.10 && !witnessesAt.get(f).isEmpty()
                ? witnessesAt.get(f).get(random.nextInt(witnessesAt.get(f).size()))
                : null;
        witnessesAt.get(f).add(w);
        int claims = 1 + random.nextInt(3);
        int interviews = 1 + random.nextInt(2);
        for (int c = 0; c < claims && plans.size() < count; c++) {
          SourceRef source =
              heardFrom != null && c == 0 ? SourceRef.hearsay(w, heardFrom) : SourceRef.witness(w);
          String key = "claim:" + plans.size();
          String interview = w + "/t" + random.nextInt(interviews);
          List<Plan> earlier = claimsAt.get(f);
          Plan plan =
              random.nextDouble() < RETOLD && !earlier.isEmpty()
                  ? retold(
                      random, earlier.get(random.nextInt(earlier.size())), key, source, interview)
                  : claimPlan(random, key, source, interview, f, facilities.get(f));
          plans.add(plan);
          earlier.add(plan);
        }
      } else if (kind < 0.88) {
        String o = "origin:" + origin++;
        int documents = 1 + random.nextInt(4);
        for (int d = 0; d < documents && plans.size() < count; d++) {
          SourceRef source = SourceRef.document("document:" + document++, o);
          plans.add(
              claimPlan(random, "statement:" + plans.size(), source, null, f, facilities.get(f)));
        }
      } else {
        int year = 2000 + random.nextInt(24);
        LocalDate before = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        LocalDate after = before.plusDays(180 + random.nextInt(900));
        SourceRef source =
            SourceRef.scenePair("scene-" + scenePair + "a", "scene-" + scenePair + "b");
        scenePair++;
        int changes = 1 + random.nextInt(5);
        for (int c = 0; c < changes && plans.size() < count; c++) {
          double[] en = inside(random, facilities.get(f).radiusM());
          plans.add(
              new Plan(
                  "change:" + plans.size(),
                  weighted(random, IMAGERY_TYPES, IMAGERY_WEIGHTS),
                  before,
                  after,
                  source,
                  null,
                  null,
                  f,
                  3,
                  en[0],
                  en[1],
                  20 + random.nextDouble() * 180,
                  random.nextLong()));
        }
      }
    }
    return IntStream.range(0, plans.size())
        .parallel()
        .mapToObj(i -> build(plans.get(i), facilities))
        .toList();
  }

  private static Plan claimPlan(
      Random random, String key, SourceRef source, String testimonyKey, int f, Facility facility) {
    LocalDate earliest;
    LocalDate latest;
    int year = 1970 + random.nextInt(55);
    double precision = random.nextDouble();
    if (precision < 0.15) {
      earliest = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
      latest = earliest;
    } else if (precision < 0.45) {
      earliest = LocalDate.of(year, 1 + random.nextInt(12), 1);
      latest = earliest.plusMonths(1).minusDays(1);
    } else if (precision < 0.80) {
      earliest = LocalDate.of(year, 1, 1);
      latest = LocalDate.of(year, 12, 31);
    } else if (precision < 0.95) {
      int decade = year / 10 * 10;
      earliest = LocalDate.of(decade, 1, 1);
      latest = LocalDate.of(decade + 9, 12, 31);
    } else if (precision < 0.975) {
      earliest = null; // "before ..."
      latest = LocalDate.of(year, 12, 31);
    } else {
      earliest = LocalDate.of(year, 1, 1); // "since ..."
      latest = null;
    }
    double where = random.nextDouble();
    int placeKind = where < 0.85 ? 0 : where < 0.95 ? 1 : 2;
    double[] en = inside(random, facility.radiusM());
    double radiusM =
        placeKind == 2
            ? 1_000 + random.nextDouble() * 9_000
            : 200 * Math.pow(25, random.nextDouble()); // 200 m to 5 km, log-uniform
    String description = testimonyKey == null ? null : description(random);
    return new Plan(
        key,
        weighted(random, CLAIM_TYPES, CLAIM_WEIGHTS),
        earliest,
        latest,
        source,
        testimonyKey,
        description,
        f,
        placeKind,
        en[0],
        en[1],
        radiusM,
        random.nextLong());
  }

  private static EvidenceItem build(Plan p, List<Facility> facilities) {
    Facility facility = facilities.get(p.facility());
    Random random = new Random(p.seed());
    Geometry region;
    switch (p.placeKind()) {
      case 0 -> {
        double[] at = offset(facility.lon(), facility.lat(), p.east(), p.north());
        region =
            GeodesicCircle.around(
                Geometries.point(at[0], at[1]), p.radiusM() / 1000, PlaceRegion.CIRCLE_VERTICES);
      }
      case 1 ->
          region =
              random.nextInt(6) == 0
                  ? facility.boundary()
                  : facility.zones().get(random.nextInt(5));
      case 2 -> {
        double lon = 124.5 + random.nextDouble() * 6;
        double lat = 38 + random.nextDouble() * 4.5;
        region =
            GeodesicCircle.around(
                Geometries.point(lon, lat), p.radiusM() / 1000, PlaceRegion.CIRCLE_VERTICES);
      }
      default -> {
        double[] at = offset(facility.lon(), facility.lat(), p.east(), p.north());
        double half = p.radiusM() / 2;
        double[] sw = offset(at[0], at[1], -half, -half * 0.6);
        double[] ne = offset(at[0], at[1], half, half * 0.6);
        region = Geometries.box(sw[0], sw[1], ne[0], ne[1]);
      }
    }
    EvidenceItem item =
        new EvidenceItem(
            p.key(),
            EventType.fromCode(p.type()),
            p.earliest(),
            p.latest(),
            region,
            p.source(),
            null,
            null);
    return p.testimonyKey() == null ? item : item.withTestimony(p.testimonyKey(), p.description());
  }

  /** The same claim told again in another interview, a few words changed. */
  private static Plan retold(
      Random random, Plan told, String key, SourceRef source, String testimonyKey) {
    String[] words = told.description().split(" ");
    String[] vocabulary = words[0].codePointAt(0) >= 0xAC00 ? KO : EN;
    for (int k = 0; k < 2 + random.nextInt(2); k++) {
      words[random.nextInt(words.length)] = vocabulary[random.nextInt(vocabulary.length)];
    }
    return new Plan(
        key,
        told.type(),
        told.earliest(),
        told.latest(),
        source,
        testimonyKey,
        String.join(" ", words),
        told.facility(),
        told.placeKind(),
        told.east(),
        told.north(),
        told.radiusM(),
        told.seed());
  }

  private static String description(Random random) {
    String[] words = random.nextBoolean() ? EN : KO;
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < 10 + random.nextInt(10); k++) {
      text.append(words[random.nextInt(words.length)]).append(' ');
    }
    return text.toString().strip();
  }

  /** A point uniformly inside a disc of the radius: metres east and north. */
  private static double[] inside(Random random, double radiusM) {
    double r = radiusM * Math.sqrt(random.nextDouble());
    double a = random.nextDouble() * 2 * Math.PI;
    return new double[] {r * Math.cos(a), r * Math.sin(a)};
  }

  private static double[] offset(double lon, double lat, double eastM, double northM) {
    return new double[] {
      lon + eastM / (111_320 * Math.cos(Math.toRadians(lat))), lat + northM / 110_574
    };
  }

  /** An irregular 24-gon of about the radius. */
  private static Geometry blob(Random random, double lon, double lat, double radiusM) {
    Coordinate[] ring = new Coordinate[25];
    for (int k = 0; k < 24; k++) {
      double a = 2 * Math.PI * k / 24;
      double r = radiusM * (0.75 + random.nextDouble() * 0.25);
      double[] at = offset(lon, lat, r * Math.cos(a), r * Math.sin(a));
      ring[k] = new Coordinate(at[0], at[1]);
    }
    ring[24] = new Coordinate(ring[0]);
    return Geometries.FACTORY.createPolygon(ring);
  }

  private static int pick(double[] cumulative, double value) {
    int k = Arrays.binarySearch(cumulative, value);
    return Math.min(cumulative.length - 1, k >= 0 ? k : -k - 1);
  }

  private static String weighted(Random random, String[] values, int[] weights) {
    int total = Arrays.stream(weights).sum();
    int r = random.nextInt(total);
    for (int k = 0; k < values.length; k++) {
      r -= weights[k];
      if (r < 0) {
        return values[k];
      }
    }
    return values[values.length - 1];
  }
}
