package ca.cma.wellness.sessions.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.testing.Fixtures;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The demo's program page in a real browser: headless Chromium, driven by Selenium through
 * Debian's {@code chromedriver}, loads {@code index.html} and {@code index.fr.html} from a local
 * HTTP server, and checks what a visitor sees, that every link works, and axe-core's accessibility
 * rules (no serious or critical violation). Screenshots go to {@code target/page-screenshots/}.
 *
 * <p>Chromium and its driver are Debian's {@code chromium} and {@code chromium-driver} packages
 * (.ci/run installs them). Without them this test fails: a skipped browser test would let the
 * build pass unchecked.
 */
class PageBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path OUTPUT = Path.of("target", "page-browser");
  private static final Path SCREENSHOTS = Path.of("target", "page-screenshots");

  private static HttpServer server;
  private static ChromeDriver browser;
  private static URI site;

  @BeforeAll
  static void start() throws IOException {
    assertTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "the browser test needs Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
    deleteTree(OUTPUT);
    Demo.run(OUTPUT, Fixtures.CLOCK, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    Path root = OUTPUT.toAbsolutePath().normalize();
    server.createContext("/", exchange -> {
      Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      String name = file.getFileName().toString();
      exchange.getResponseHeaders().set(
          "Content-Type",
          name.endsWith(".html") ? "text/html; charset=UTF-8"
              : name.endsWith(".ics") ? "text/calendar; charset=UTF-8" : "application/octet-stream");
      byte[] body = Files.readAllBytes(file);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    site = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,2000",
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile").toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (var files = Files.walk(folder)) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  private static void open(String page) throws IOException {
    browser.get(site.resolve(page).toString());
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(page.replace(".html", ".png")), browser.getScreenshotAs(OutputType.BYTES));
  }

  /** The article whose heading reads exactly this title. */
  private static WebElement article(String title) {
    for (WebElement article : browser.findElements(By.tagName("article"))) {
      if (article.findElement(By.tagName("h3")).getText().equals(title)) {
        return article;
      }
    }
    throw new AssertionError("no session titled " + title + " on " + browser.getCurrentUrl());
  }

  private static void assertSession(String title, String when, String moderators) {
    WebElement article = article(title);
    assertEquals(when, article.findElement(By.tagName("time")).getText(), title);
    assertEquals(moderators, article.findElement(By.className("ws-moderators")).getText(), title);
    assertTrue(article.findElement(By.tagName("time")).isDisplayed());
  }

  /** The title inside a link is read by screen readers and takes no room on the screen. */
  private static void assertVisuallyHidden(WebElement hidden) {
    assertTrue(hidden.getRect().getWidth() <= 1 && hidden.getRect().getHeight() <= 1, hidden.getRect().toString());
  }

  @Test
  void englishPage_showsTheSeedSessionsWithTheirTimesAndModerators() throws IOException {
    open("index.html");
    assertEquals("en", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
    assertEquals("Upcoming sessions – Wellness Connection", browser.getTitle());
    assertEquals("Upcoming sessions", browser.findElement(By.cssSelector(".ws-sessions h2")).getText());
    assertSession("Imposter syndrome", "Feb. 1, 2023, 7 pm ET", "Moderated by Dr. Daniela Isfan");
    // The demo reschedules this one from the seed page's Feb. 16, 2023, 7 pm ET, and the page says so.
    assertSession("Are you and medicine on the rocks?", "Feb. 22, 2023, 7:30 pm ET", "Moderated by Dr. Sharman Robertson");
    assertEquals(
        "Rescheduled from Feb. 16, 2023, 7 pm ET",
        article("Are you and medicine on the rocks?").findElement(By.className("ws-moved")).getText());
    assertSession(
        "Compassion Rounds: The art and science of happiness (part I)", "Feb. 23, 2023, 7 pm ET",
        "Moderated by Dr. Daniela Isfan");
    WebElement rounds = article("Compassion Rounds: The art and science of happiness (part I)");
    assertEquals("Part I of II", rounds.findElement(By.className("ws-part")).getText());
    WebElement register = article("Imposter syndrome").findElement(By.cssSelector(".ws-register a"));
    assertEquals("Register for session: Imposter syndrome", register.getDomProperty("textContent"));
    assertVisuallyHidden(register.findElement(By.className("ws-visually-hidden")));
    assertEquals("Get support now", browser.findElement(By.cssSelector(".ws-support h2")).getText());
    assertTrue(browser.findElement(By.className("ws-support")).getText().contains("1-800-555-0100"));
  }

  @Test
  void frenchPage_isInFrench() throws IOException {
    open("index.fr.html");
    assertEquals("fr", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
    assertEquals("Séances à venir", browser.findElement(By.cssSelector(".ws-sessions h2")).getText());
    assertSession("Le syndrome de l'imposteur", "1er février 2023, 19 h HE", "Animé par Dr. Daniela Isfan");
    WebElement register = article("Le syndrome de l'imposteur").findElement(By.cssSelector(".ws-register a"));
    assertEquals("S'inscrire à la séance\u00A0: Le syndrome de l'imposteur", register.getDomProperty("textContent"));
    assertVisuallyHidden(register.findElement(By.className("ws-visually-hidden")));
    assertEquals("Obtenir de l'aide maintenant", browser.findElement(By.cssSelector(".ws-support h2")).getText());
    String text = browser.findElement(By.tagName("body")).getText();
    for (String english : List.of("Upcoming sessions", "Register for session", "Moderated by", "Get support now")) {
      assertFalse(text.contains(english), english);
    }
    assertTrue(browser.findElements(By.cssSelector("main [lang=en]")).isEmpty(), "no English text inside");
  }

  @Test
  void everyLink_isAFileTheDemoWroteOrAnAbsoluteHttpsUrl() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    int files = 0;
    for (String page : List.of("index.html", "index.fr.html")) {
      open(page);
      List<String> hrefs = new ArrayList<>();
      for (WebElement link : browser.findElements(By.cssSelector("a[href], link[href]"))) {
        hrefs.add(Objects.requireNonNull(link.getDomAttribute("href")));
      }
      assertTrue(hrefs.size() > 20, page + ": " + hrefs);
      for (String href : hrefs) {
        URI target = URI.create(href);
        if (target.isAbsolute()) {
          assertEquals("https", target.getScheme(), page + ": " + href);
          assertTrue(target.getHost() != null && !target.getHost().isEmpty(), href);
          continue;
        }
        if (href.startsWith("#")) {
          assertFalse(browser.findElements(By.id(href.substring(1))).isEmpty(), page + ": " + href);
          continue;
        }
        URI resolved = site.resolve(page).resolve(target);
        HttpResponse<String> response =
            http.send(HttpRequest.newBuilder(resolved).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), page + ": " + href);
        files++;
        if (href.endsWith(".ics")) {
          String calendar = response.body();
          assertTrue(calendar.startsWith("BEGIN:VCALENDAR\r\n"), href);
          assertTrue(calendar.contains("\r\nMETHOD:PUBLISH\r\n"), href);
          assertEquals(2, calendar.split("VEVENT\r\n", -1).length - 1, href + " holds one event");
          assertFalse(calendar.contains("meet.example.org"), href + " holds no join link");
        }
      }
    }
    assertTrue(files > 10, "the pages link the demo's files: " + files);
  }

  @Test
  void bothPages_passAxeCoreWithoutSeriousOrCriticalViolations() throws IOException {
    String axe;
    try (InputStream script = PageBrowserTest.class.getClassLoader().getResourceAsStream("axe.min.js")) {
      assertTrue(script != null, "axe.min.js from com.deque.html.axe-core:selenium");
      axe = new String(script.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String page : List.of("index.html", "index.fr.html")) {
      open(page);
      JavascriptExecutor js = browser;
      js.executeScript(axe);
      Object result =
          js.executeAsyncScript(
              "const done = arguments[arguments.length - 1];"
                  + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
                  + " 'wcag21aa', 'wcag22aa', 'best-practice']}})"
                  + ".then(r => done({passes: r.passes.length, violations: r.violations.map(v =>"
                  + " ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.html)}))}))"
                  + ".catch(e => done({error: String(e)}));");
      @SuppressWarnings("unchecked")
      Map<String, Object> report = (Map<String, Object>) result;
      assertFalse(report.containsKey("error"), () -> page + ": " + report.get("error"));
      assertTrue(((Number) report.get("passes")).intValue() > 10, page + ": axe checked the page");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> violations = (List<Map<String, Object>>) report.get("violations");
      List<Map<String, Object>> serious = new ArrayList<>();
      for (Map<String, Object> violation : violations) {
        if ("serious".equals(violation.get("impact")) || "critical".equals(violation.get("impact"))) {
          serious.add(violation);
        }
      }
      assertTrue(serious.isEmpty(), () -> page + ": " + serious);
      assertTrue(violations.isEmpty(), () -> page + " (minor and moderate too): " + violations);
    }
  }
}
