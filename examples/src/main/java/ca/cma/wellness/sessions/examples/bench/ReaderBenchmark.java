package ca.cma.wellness.sessions.examples.bench;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.ical.Ical;
import ca.cma.wellness.sessions.ical.IcsImport;
import ca.cma.wellness.sessions.ical.ImportResult;
import ca.cma.wellness.sessions.json.FeedReader;
import ca.cma.wellness.sessions.json.SessionFeed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The readers of untrusted input, side by side with the raw libraries reading the same bytes: the
 * iCalendar feed of {@value #SESSIONS} sessions read by {@link IcsImport} (our own reader, with its
 * limits, mapped to sessions) and by ical4j's {@link CalendarBuilder} (its model only), and the
 * JSON feed of the same sessions read by {@link FeedReader} (limits, schema rules, the program) and
 * by Jackson 3's tree ({@link JsonMapper#readTree(byte[])}). Results: {@link Benchmarks}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {Benchmarks.NO_TZ_UPDATES, Benchmarks.HEAP_MIN, Benchmarks.HEAP_MAX})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReaderBenchmark {
  /** How many sessions the feeds hold: about 0.9 MB of iCalendar, within the default limits. */
  static final int SESSIONS = 1_000;

  private String ics;
  private byte[] json;
  private IcsImport importer;
  private FeedReader reader;
  private JsonMapper mapper;

  /** Writes both feeds once, with the module's writers. */
  @Setup
  public void setUp() {
    setUp(BenchData.largeProgram());
  }

  private void setUp(Program program) {
    List<Session> sessions = program.sessionsInOrder().subList(0, SESSIONS);
    ics = Ical.of(program, BenchData.CLOCK).feed(sessions);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      SessionFeed.of(program, BenchData.CLOCK).writeFeed(sessions, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    json = out.toByteArray();
    importer =
        IcsImport.of(
            ZoneId.of("America/Toronto"),
            sessions.get(0).moderators().get(0),
            URI.create("https://wellness.example.org/sessions"));
    reader = FeedReader.of();
    mapper = JsonMapper.builder().build();
  }

  /**
   * The module's iCalendar import.
   *
   * @return what it read
   */
  @Benchmark
  public ImportResult icsImport() {
    return importer.read(ics);
  }

  /**
   * ical4j's parser building its model of the same text.
   *
   * @return the model
   * @throws IOException never: the text is in memory
   * @throws ParserException never: the text is valid
   */
  @Benchmark
  public Calendar ical4jBuilder() throws IOException, ParserException {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  /**
   * The module's JSON feed reader.
   *
   * @return the program read
   */
  @Benchmark
  public Program feedReader() {
    return reader.read(json);
  }

  /**
   * Jackson's tree of the same bytes.
   *
   * @return the tree
   */
  @Benchmark
  public JsonNode jacksonTree() {
    return mapper.readTree(json);
  }

  /**
   * The sizes of the two feeds, for the Javadoc.
   *
   * @param program {@link BenchData#largeProgram()}, which the caller has already built
   */
  static String sizes(Program program) {
    ReaderBenchmark benchmark = new ReaderBenchmark();
    benchmark.setUp(program);
    return String.format(
        java.util.Locale.ROOT,
        "%,d-session feeds read: iCalendar %,d B, JSON %,d B",
        SESSIONS,
        benchmark.ics.getBytes(StandardCharsets.UTF_8).length,
        benchmark.json.length);
  }
}
