package ca.cma.wellness.sessions.testing;

import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Moderator;
import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.WeeklySchedule;
import java.time.ZoneId;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories adapters for {@link Generators}. Each draw a generator makes becomes a QuickTheories
 * draw, so when a property fails QuickTheories shrinks those draws towards zero and the
 * generators, which list their simplest choices first, give a smaller failing value.
 *
 * <pre>{@code
 * qt().forAll(WellnessGens.sessions()).checkAssert(session -> ...);
 * }</pre>
 *
 * <p>Needs {@code org.quicktheories:quicktheories} on the test class path.
 */
public final class WellnessGens {
  /** The seed every theory starts from unless {@code -Dwellness.seed=...} says otherwise. */
  public static final long DEFAULT_SEED = 20230201L;

  private WellnessGens() {}

  /**
   * Returns a QuickTheories runner with a fixed seed, so that a run can be repeated: the seed is
   * {@value #DEFAULT_SEED} unless the system property {@code wellness.seed} sets another, and the
   * number of examples is 200 unless {@code wellness.examples} sets another.
   *
   * @return the runner; call {@code forAll(...)} on it
   */
  public static QuickTheory theory() {
    return QuickTheory.qt()
        .withFixedSeed(Long.getLong("wellness.seed", DEFAULT_SEED))
        .withExamples(Integer.getInteger("wellness.examples", 200));
  }

  /**
   * Turns a generator that takes a {@link RandomGenerator} into a QuickTheories generator.
   *
   * @param generator such as {@code Generators::session}
   * @param <T> the generated type
   * @return the QuickTheories generator
   */
  public static <T> Gen<T> from(Function<RandomGenerator, T> generator) {
    return in -> generator.apply(new SourceRandom(in));
  }

  /**
   * Generates independent, seeded random generators, for scenarios that draw as they go (a
   * sequence of operations whose later steps depend on earlier results). The seed is the drawn
   * value, so a failure can be replayed, but QuickTheories cannot shrink what the scenario draws
   * from the generator: prefer {@link #from(Function)} for values that are built in one go.
   *
   * <p>Never pass the {@link RandomGenerator} of {@link #from(Function)} out of the generator
   * function: QuickTheories records draws only while a value is generated, so draws made later
   * all look alike to it, and it stops after one example.
   *
   * @return a generator of {@link java.util.SplittableRandom}s
   */
  public static Gen<RandomGenerator> randoms() {
    Gen<Long> seeds = in -> in.next(Constraint.none());
    return seeds.map(seed -> (RandomGenerator) new SplittableRandom(seed)).describedAs(r -> "a seeded SplittableRandom");
  }

  /**
   * Generates sessions.
   *
   * @return as {@link Generators#session(RandomGenerator)}
   */
  public static Gen<Session> sessions() {
    return from(Generators::session);
  }

  /**
   * Generates programs.
   *
   * @return as {@link Generators#program(RandomGenerator)}
   */
  public static Gen<Program> programs() {
    return from(Generators::program);
  }

  /**
   * Generates programs that promise English and French.
   *
   * @return as {@link Generators#bilingualProgram(RandomGenerator)}
   */
  public static Gen<Program> bilingualPrograms() {
    return from(Generators::bilingualProgram);
  }

  /**
   * Generates programs with support resources ({@link
   * Generators#supportResourcesWithSamples(RandomGenerator)}), each with a language to write it
   * in, English or French.
   *
   * @return the program and the language
   */
  public static Gen<Map.Entry<Program, Language>> programsWithSupportResources() {
    return from(random -> Map.entry(
        Generators.program(random).withSupportResources(Generators.supportResourcesWithSamples(random)),
        random.nextBoolean() ? Language.ENGLISH : Language.FRENCH));
  }

  /**
   * Generates moderators.
   *
   * @return as {@link Generators#moderator(RandomGenerator)}
   */
  public static Gen<Moderator> moderators() {
    return from(Generators::moderator);
  }

  /**
   * Generates registrants.
   *
   * @return as {@link Generators#registrant(RandomGenerator)}
   */
  public static Gen<Registrant> registrants() {
    return from(Generators::registrant);
  }

  /**
   * Generates addresses with every character RFC 5322 allows in a dot-atom.
   *
   * @return as {@link Generators#rfc5322Address(RandomGenerator)}
   */
  public static Gen<ca.cma.wellness.sessions.EmailAddress> rfc5322Addresses() {
    return from(Generators::rfc5322Address);
  }

  /**
   * Generates weekly schedules.
   *
   * @return as {@link Generators#weeklySchedule(RandomGenerator)}
   */
  public static Gen<WeeklySchedule> weeklySchedules() {
    return from(Generators::weeklySchedule);
  }

  /**
   * Generates zones.
   *
   * @return as {@link Generators#timeZone(RandomGenerator)}
   */
  public static Gen<ZoneId> timeZones() {
    return from(Generators::timeZone);
  }

  /**
   * Generates hostile text.
   *
   * @return as {@link Generators#hostileText(RandomGenerator)}
   */
  public static Gen<String> hostileText() {
    return from(Generators::hostileText);
  }

  /** A {@link RandomGenerator} whose every number is a shrinkable QuickTheories draw. */
  private static final class SourceRandom implements RandomGenerator {
    private final RandomnessSource in;

    SourceRandom(RandomnessSource in) {
      this.in = in;
    }

    @Override
    public long nextLong() {
      return in.next(Constraint.none());
    }

    @Override
    public int nextInt() {
      return (int) in.next(Constraint.between(Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    @Override
    public int nextInt(int bound) {
      if (bound <= 0) {
        throw new IllegalArgumentException("bound must be positive (was " + bound + ")");
      }
      return (int) in.next(Constraint.between(0, bound - 1L));
    }

    @Override
    public int nextInt(int origin, int bound) {
      if (origin >= bound) {
        throw new IllegalArgumentException("origin must be below bound (was " + origin + ", " + bound + ")");
      }
      return (int) in.next(Constraint.between(origin, bound - 1L).withShrinkPoint(origin));
    }

    @Override
    public long nextLong(long bound) {
      if (bound <= 0) {
        throw new IllegalArgumentException("bound must be positive (was " + bound + ")");
      }
      return in.next(Constraint.between(0, bound - 1));
    }

    @Override
    public boolean nextBoolean() {
      return in.next(Constraint.between(0, 1)) == 1;
    }

    @Override
    public double nextDouble() {
      return in.next(Constraint.between(0, (1L << 53) - 1)) * 0x1.0p-53;
    }
  }
}
