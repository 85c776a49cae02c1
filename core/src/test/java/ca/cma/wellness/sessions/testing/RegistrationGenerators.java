package ca.cma.wellness.sessions.testing;

import ca.cma.wellness.sessions.Audience;
import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Language;
import ca.cma.wellness.sessions.Province;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Role;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.SessionStatus;
import ca.cma.wellness.sessions.registration.Roster;
import ca.cma.wellness.sessions.registration.RosterChange;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/**
 * Seeded generators for registrations, driven by any {@link RandomGenerator} as {@link Generators}
 * are, simplest choices first. Wrap them with {@link WellnessGens#from} for QuickTheories.
 *
 * <pre>{@code
 * RandomGenerator random = new SplittableRandom(42);
 * Session session = RegistrationGenerators.openSession(random, Fixtures.CLOCK.instant());
 * List<Registrant> people = RegistrationGenerators.registrants(random, 30);
 * Roster roster = RegistrationGenerators.roster(random, session, people, Fixtures.CLOCK.instant());
 * }</pre>
 */
public final class RegistrationGenerators {
  private RegistrationGenerators() {}

  /**
   * Returns a plain, numbered registrant: {@code "Person <number>"}, {@code
   * person<number>@example.org}, in Ontario, English.
   *
   * @param number any number; equal numbers give the same person
   * @param role the role
   * @return the registrant
   */
  public static Registrant person(int number, Role role) {
    return Registrant.builder()
        .name("Person " + number)
        .email(EmailAddress.of("person" + number + "@example.org"))
        .role(role)
        .province(Province.ONTARIO)
        .language(Language.ENGLISH)
        .build();
  }

  /**
   * Returns {@code count} registrants with distinct e-mail addresses, hostile names, and any role,
   * province and language.
   *
   * @param random the source of choices
   * @param count how many, zero or more
   * @return the registrants
   */
  public static List<Registrant> registrants(RandomGenerator random, int count) {
    List<Registrant> people = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      people.add(
          Registrant.builder()
              .name(Generators.hostileTitle(random))
              .email(EmailAddress.of("p" + i + "." + Generators.oneOf(random, List.of("a", "Élise", "o'brien")) + "@example.org"))
              .role(Generators.oneOf(random, List.of(Role.values())))
              .province(Generators.oneOf(random, List.of(Province.values())))
              .language(Generators.oneOf(random, List.of(Language.values())))
              .build());
    }
    return people;
  }

  /**
   * Returns the same e-mail address spelled another way: letters in random case, sometimes with
   * surrounding white space before trimming. It is {@code equals} to the original.
   *
   * @param random the source of choices
   * @param email the address
   * @return an equal address
   */
  public static EmailAddress respelled(RandomGenerator random, EmailAddress email) {
    StringBuilder out = new StringBuilder();
    if (random.nextInt(3) == 0) {
      out.append(Generators.oneOf(random, List.of(" ", "\t", "  ")));
    }
    for (char c : email.address().toCharArray()) {
      String s = String.valueOf(c);
      out.append(random.nextBoolean() ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT));
    }
    if (random.nextInt(3) == 0) {
      out.append(' ');
    }
    return EmailAddress.of(out.toString());
  }

  /**
   * Returns the same person (same e-mail address, spelled another way) with possibly another
   * name, as when someone registers twice from different forms.
   *
   * @param random the source of choices
   * @param registrant the person
   * @return a registrant who {@link Registrant#isSamePersonAs is the same person}
   */
  public static Registrant respelled(RandomGenerator random, Registrant registrant) {
    return Registrant.builder()
        .name(random.nextBoolean() ? registrant.name() : Generators.hostileTitle(random))
        .email(respelled(random, registrant.email()))
        .role(registrant.role())
        .province(registrant.province())
        .timeZone(registrant.timeZone())
        .language(registrant.language())
        .build();
  }

  /**
   * Returns a scheduled session that takes registrations at {@code now}: it starts 1 to 60 days
   * later in any zone, has a capacity of 0 to 30 or none, sometimes a waitlist limit of 0 to 5,
   * any audience, and sometimes a registration window around {@code now}.
   *
   * @param random the source of choices
   * @param now the instant at which registration must be open
   * @return the session
   */
  public static Session openSession(RandomGenerator random, Instant now) {
    Session base = Generators.session(random);
    ZoneId zone = base.timeZone();
    Instant startInstant =
        now.plus(Duration.ofDays(1 + random.nextInt(60)))
            .plus(Duration.ofMinutes(random.nextInt(24 * 60)))
            .truncatedTo(ChronoUnit.MINUTES);
    ZonedDateTime start = ZonedDateTime.ofInstant(startInstant, zone).withEarlierOffsetAtOverlap();
    int audience = random.nextInt(3);
    Session session =
        base.withStatus(SessionStatus.SCHEDULED)
            .withRegistrationOpens(Optional.empty())
            .withRegistrationCloses(Optional.empty())
            .withStart(start)
            .withAudience(
                audience == 0
                    ? EnumSet.allOf(Audience.class)
                    : EnumSet.of(audience == 1 ? Audience.PHYSICIANS : Audience.MEDICAL_LEARNERS))
            .withCapacity(random.nextInt(4) == 0 ? OptionalInt.empty() : OptionalInt.of(random.nextInt(31)))
            .withWaitlistLimit(random.nextInt(3) == 0 ? OptionalInt.of(random.nextInt(6)) : OptionalInt.empty());
    if (random.nextInt(3) == 0) {
      session = session.withRegistrationCloses(Optional.of(start.toInstant().minus(Duration.ofHours(1))));
    }
    if (random.nextInt(3) == 0) {
      session = session.withRegistrationOpens(Optional.of(now.minus(Duration.ofDays(1 + random.nextInt(30)))));
    }
    return session;
  }

  /**
   * Returns a roster after 0 to 60 random registrations and withdrawals by people of a pool, all
   * at {@code now}.
   *
   * @param random the source of choices
   * @param session the session, usually {@link #openSession open}
   * @param people the pool, at least one person
   * @param now the instant of every operation
   * @return the roster
   */
  public static Roster roster(
      RandomGenerator random, Session session, List<Registrant> people, Instant now) {
    Roster roster = Roster.empty(session.id());
    int operations = random.nextInt(61);
    for (int i = 0; i < operations; i++) {
      Registrant someone = Generators.oneOf(random, people);
      RosterChange change =
          random.nextInt(4) == 0
              ? roster.withdraw(session, someone, now)
              : roster.register(session, respelled(random, someone), now);
      roster = change.roster();
    }
    return roster;
  }
}
