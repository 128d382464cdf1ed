package org.sightline.server.bench;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.auth.Role;
import org.sightline.server.testing.ChromiumBrowser;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestUsers;

/**
 * The map in headless Chromium at scale: the application on a throwaway PostGIS with the sample
 * data plus {@link MapScaleData} (100,000 footprints, 50,000 corroborated events, 20,000 change
 * events). Measures, as the median of 5 runs after one warm-up:
 *
 * <ul>
 *   <li>navigation to the first complete render (facilities, boundaries and the 100,000-footprint
 *       layer drawn for the view, then one painted frame), anonymous, whole peninsula;
 *   <li>signing in to the events layer drawn (50,000 events, staff only, so after sign-in);
 *   <li>the redraw after moving the period's end one step with the keyboard (Page Down: a year
 *       back), footprints and events on: from the key press to every layer drawn for the new period
 *       and one painted frame;
 * </ul>
 *
 * <p>and the bytes sent to the browser (the page's resources' transfer sizes). Run by {@code
 * scripts/bench-map-browser}; method and figures in {@code docs/BENCHMARKS-map.md}.
 */
public final class MapBrowserBenchmark {
  private static final int RUNS = 5;
  private static final String PAGE =
      "?lang=en&at=40.30000,127.30000,7&layers=boundaries,footprints,facilities";
  // Resolves once every dense layer that is on has drawn for the period the page shows, the
  // boundaries are drawn, and a frame has been painted after that.
  private static final String AWAIT_DRAWN =
      """
      const [layers, done] = [arguments[0], arguments[arguments.length - 1]];
      const t0 = performance.now();
      const seen = {};
      const ready = () => {
        const d = document.body.dataset;
        const period = (d.from || '') + '/' + (d.to || '');
        for (const l of layers) {
          if (!(l in seen) && d[l + 'Period'] === period && d[l + 'Mode'] && d[l + 'Mode'] !== 'error') {
            seen[l] = performance.now();
          }
        }
        return d.facilitiesLoaded && d.boundariesDay && layers.every(l => l in seen);
      };
      const poll = () => {
        if (ready()) requestAnimationFrame(() => requestAnimationFrame(() => done({ at: performance.now(), seen })));
        else if (performance.now() - t0 > 60000) done({ at: -1, seen });
        else setTimeout(poll, 5);
      };
      poll();
      """;

  private MapBrowserBenchmark() {}

  public static void main(String[] args) throws Exception {
    TestDatabase database = TestPostgis.freshDatabase();
    DropwizardAppExtension<SightlineConfiguration> app =
        SightlineAppFactory.on(
            database,
            ConfigOverride.config("server.applicationConnectors[0].bindHost", "127.0.0.1"));
    app.before();
    long started = System.nanoTime();
    MapScaleData.seed(database.jdbi());
    System.out.printf(
        Locale.ROOT,
        "seeded %s in %.1f s%n",
        MapScaleData.DEFAULT,
        (System.nanoTime() - started) / 1e9);
    new TestUsers(database, Clock.systemUTC()).create("bench-analyst", Role.ANALYST);
    String origin = "http://127.0.0.1:" + app.getLocalPort();
    try (ChromiumBrowser browser = new ChromiumBrowser(origin, 1280, 900)) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
      List<Double> firstRender = new ArrayList<>();
      List<Double> signedIn = new ArrayList<>();
      List<Double> step = new ArrayList<>();
      long bytes = 0;
      long coldBytes = 0;
      for (int run = 0; run <= RUNS; run++) {
        // A fresh navigation: nothing cached from the last run's page but the HTTP cache.
        browser.driver().get("about:blank");
        browser.driver().get(origin + "/" + PAGE);
        // performance.now() counts from the navigation's start (performance.timeOrigin).
        double firstMs = awaitDrawn(browser, List.of("footprints"));
        // Sign in; the events layer appears.
        double signInStart = now(browser);
        signIn(browser);
        browser.js(
            "const b = document.querySelector('#layer-list input[value=events]'); if (!b.checked) b.click();");
        double eventsDrawn = awaitDrawn(browser, List.of("footprints", "events"));
        // One step of the period's end with the keyboard.
        WebElement end = browser.driver().findElement(By.cssSelector(".timebar-range-end"));
        // Let the histogram the sign-in asked for (400 ms debounce) finish first, then time from
        // the key press as the page saw it (the event's timestamp), not from WebDriver's call.
        Thread.sleep(1500);
        browser.js(
            "window.__keyAt = null; document.addEventListener('keydown',"
                + " e => { window.__keyAt = e.timeStamp; }, {capture: true, once: true});");
        end.sendKeys(Keys.PAGE_DOWN);
        double stepDrawn = awaitDrawn(browser, List.of("footprints", "events"));
        double stepStart = ((Number) browser.js("return window.__keyAt")).doubleValue();
        String stepLayers = perLayer(stepStart) + "; " + requestTimes(browser, stepStart);
        if (run == 0) {
          coldBytes = transferredBytes(browser);
          continue; // warm-up
        }
        firstRender.add(firstMs);
        signedIn.add(eventsDrawn - signInStart);
        step.add(stepDrawn - stepStart);
        bytes = transferredBytes(browser);
        System.out.printf(
            Locale.ROOT,
            "run %d: first render %.0f ms, sign-in to events %.0f ms, slider step %.0f ms (%s); %s%n",
            run,
            firstMs,
            eventsDrawn - signInStart,
            stepDrawn - stepStart,
            stepLayers,
            browser.js(
                "const d = document.body.dataset; return 'footprints ' + d.footprintsMode + ' ' + d.footprintsDrawn"
                    + " + ', events ' + d.eventsMode + ' ' + d.eventsDrawn"));
      }
      System.out.printf(
          Locale.ROOT,
          "median of %d: first complete render %.0f ms, sign-in to events drawn %.0f ms,"
              + " slider step redraw %.0f ms; bytes over the network per session: %d with an empty"
              + " cache (first run), %d with the browser's cache (last run)%n",
          RUNS,
          median(firstRender),
          median(signedIn),
          median(step),
          coldBytes,
          bytes);
    }
    app.after();
    System.exit(0);
  }

  private static double now(ChromiumBrowser browser) {
    return ((Number) browser.js("return performance.now()")).doubleValue();
  }

  /** When each layer was seen drawn (page milliseconds), for the last awaitDrawn. */
  private static Map<String, Object> lastSeen = Map.of();

  @SuppressWarnings("unchecked")
  private static double awaitDrawn(ChromiumBrowser browser, List<String> layers) {
    Map<String, Object> result =
        (Map<String, Object>)
            ((JavascriptExecutor) browser.driver()).executeAsyncScript(AWAIT_DRAWN, layers);
    double at = ((Number) result.get("at")).doubleValue();
    if (at < 0) {
      throw new IllegalStateException("the map did not finish drawing " + layers + " in 60 s");
    }
    lastSeen = (Map<String, Object>) result.get("seen");
    return at;
  }

  /** For the map API requests made since a moment: when each was sent and answered (ms after). */
  private static String requestTimes(ChromiumBrowser browser, double since) {
    return String.valueOf(
        browser.js(
            "return performance.getEntriesByType('resource')"
                + ".filter(e => e.startTime >= arguments[0] && e.name.includes('/api/'))"
                + ".map(e => new URL(e.name).pathname.replace('/api/', '') + ' sent '"
                + " + Math.round(e.startTime - arguments[0]) + ' answered ' + Math.round(e.responseEnd - arguments[0]))"
                + ".join(', ')",
            since));
  }

  private static String perLayer(double since) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Object> e : lastSeen.entrySet()) {
      text.append(
          String.format(
              Locale.ROOT,
              " %s %.0f ms",
              e.getKey(),
              ((Number) e.getValue()).doubleValue() - since));
    }
    return text.toString().trim();
  }

  private static void signIn(ChromiumBrowser browser) {
    browser.driver().findElement(By.id("sign-in")).click();
    browser.driver().findElement(By.id("sign-in-username")).sendKeys("bench-analyst");
    browser.driver().findElement(By.id("sign-in-password")).sendKeys(TestUsers.PASSWORD);
    browser.driver().findElement(By.id("sign-in-submit")).click();
    browser.await().until(d -> d.findElement(By.id("sign-out")).isDisplayed());
  }

  @SuppressWarnings("unchecked")
  private static long transferredBytes(ChromiumBrowser browser) {
    List<Map<String, Object>> entries =
        (List<Map<String, Object>>)
            browser.js(
                "return performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))"
                    + ".map(e => ({size: e.transferSize || 0}))");
    return entries.stream().mapToLong(e -> ((Number) e.get("size")).longValue()).sum();
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
