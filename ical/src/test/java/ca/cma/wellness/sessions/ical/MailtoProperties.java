package ca.cma.wellness.sessions.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import ca.cma.wellness.sessions.EmailAddress;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.invites.SentLog;
import ca.cma.wellness.sessions.registration.Registration;
import ca.cma.wellness.sessions.registration.RegistrationBook;
import ca.cma.wellness.sessions.registration.RegistrationId;
import ca.cma.wellness.sessions.registration.RegistrationStatus;
import ca.cma.wellness.sessions.registration.Roster;
import ca.cma.wellness.sessions.testing.Fixtures;
import ca.cma.wellness.sessions.testing.WellnessGens;
import java.net.URI;
import java.util.List;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 §6: every address {@link EmailAddress#of} accepts is written as a valid mailto: URI (RFC
 * 6068) that ical4j and our reply reader read back as the same address.
 */
class MailtoProperties {
  private static final Ical ICAL = Ical.of(Fixtures.PROGRAM, Fixtures.CLOCK);

  @Test
  void everyAcceptedAddress_roundTripsThroughTheInviteAndTheReply() {
    WellnessGens.theory()
        .forAll(WellnessGens.rfc5322Addresses())
        .checkAssert(
            address -> {
              Registrant registrant = Registrant.builder().name("Morgan Kelly").email(address)
                  .role(Fixtures.ST_JOHNS_LEARNER.role()).province(Fixtures.ST_JOHNS_LEARNER.province())
                  .language(Fixtures.ST_JOHNS_LEARNER.language()).build();
              var message = Ics.request(registrant, Fixtures.IMPOSTER_SYNDROME, 0, InviteReason.CONFIRMED);
              InviteEmail mail = ICAL.invite(message);
              VEvent event = Ics.event(Ics.parse(mail.calendar()));
              List<Property> attendees = event.getProperties("ATTENDEE");
              URI uri = URI.create(attendees.get(0).getValue());
              assertEquals("mailto", uri.getScheme());
              assertEquals(address.address(), uri.getSchemeSpecificPart(), "ical4j reads the address back");
              assertEquals(address.toMailto(), attendees.get(0).getValue());

              Registration confirmed = Registration.builder()
                  .id(RegistrationId.of(Fixtures.IMPOSTER_SYNDROME.id(), 1))
                  .registrant(registrant)
                  .status(RegistrationStatus.CONFIRMED)
                  .registeredAt(Fixtures.CLOCK.instant())
                  .confirmedAt(Fixtures.CLOCK.instant())
                  .build();
              RegistrationBook book = RegistrationBook.empty().withRoster(
                  Roster.builder().sessionId(Fixtures.IMPOSTER_SYNDROME.id()).addRegistration(confirmed).build());
              ReplyOutcome outcome = ReplyReader.of(Fixtures.PROGRAM, book, SentLog.empty().record(message))
                  .read(address, Ics.replyFor(mail));
              assertEquals(address.address(),
                  assertInstanceOf(ReplyOutcome.Accepted.class, outcome).rsvp().attendee().address());
            });
  }

  @Test
  void issueAddresses_areEncoded() {
    assertEquals("mailto:a%7Cb@example.org", EmailAddress.of("a|b@example.org").toMailto());
    assertEquals("mailto:a%2541b@example.org", EmailAddress.of("a%41b@example.org").toMailto());
    assertEquals("mailto:%5E%60%7B%7D@example.org", EmailAddress.of("^`{}@example.org").toMailto());
    assertEquals("mailto:%C3%A9lise@m%C3%A9decins.example.org", EmailAddress.of("élise@médecins.example.org").toMailto());
  }
}
