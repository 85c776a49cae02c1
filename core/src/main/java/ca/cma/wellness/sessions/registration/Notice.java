package ca.cma.wellness.sessions.registration;

import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.SessionId;
import ca.cma.wellness.sessions.SessionValidationException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Something the host must act on after a registration operation, usually by telling one person:
 * a confirmation, a place on the waitlist, a promotion, a cancellation, or a refusal with its
 * reason. Calendar invites are planned separately, in {@code ca.cma.wellness.sessions.invites}.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never shows the registrant's name or e-mail
 * address.
 *
 * @param kind what happened
 * @param sessionId the session concerned
 * @param registrant the person concerned
 * @param registration the registration as it now is; empty for {@link NoticeKind#REFUSED}
 * @param refusal why the request was refused; present exactly for {@link NoticeKind#REFUSED}
 */
public record Notice(
    NoticeKind kind,
    SessionId sessionId,
    Registrant registrant,
    Optional<Registration> registration,
    Optional<RefusalReason> refusal) {
  /**
   * Checks that the parts agree.
   *
   * @param kind what happened
   * @param sessionId the session concerned
   * @param registrant the person concerned
   * @param registration the registration as it now is; empty for a refusal
   * @param refusal why the request was refused; only for a refusal
   * @throws SessionValidationException with path {@code refusal} if it is present for any kind but
   *     {@link NoticeKind#REFUSED} or missing for that kind, {@code registration} if it is present
   *     for a refusal or missing otherwise, or names another session or person
   */
  public Notice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(registrant, "registrant");
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(refusal, "refusal");
    boolean refused = kind == NoticeKind.REFUSED;
    if (refusal.isPresent() != refused) {
      throw new SessionValidationException("refusal", "must be present exactly for REFUSED (kind " + kind + ")");
    }
    if (registration.isPresent() == refused) {
      throw new SessionValidationException(
          "registration", "must be present for every kind but REFUSED (kind " + kind + ")");
    }
    if (registration.isPresent()
        && (!registration.get().sessionId().equals(sessionId)
            || !registration.get().registrant().isSamePersonAs(registrant))) {
      throw new SessionValidationException(
          "registration", registration.get().id() + " is not this person's registration for " + sessionId);
    }
  }

  /**
   * Returns a notice about a registration.
   *
   * @param kind what happened; not {@link NoticeKind#REFUSED}
   * @param registration the registration as it now is
   * @return the notice
   * @throws SessionValidationException with path {@code refusal} if {@code kind} is {@link
   *     NoticeKind#REFUSED}
   */
  public static Notice of(NoticeKind kind, Registration registration) {
    return new Notice(
        kind,
        registration.sessionId(),
        registration.registrant(),
        Optional.of(registration),
        Optional.empty());
  }

  /**
   * Returns a refusal.
   *
   * @param sessionId the session asked for
   * @param registrant who asked
   * @param reason why the request was refused
   * @return the notice, of kind {@link NoticeKind#REFUSED}
   */
  public static Notice refused(SessionId sessionId, Registrant registrant, RefusalReason reason) {
    return new Notice(
        NoticeKind.REFUSED,
        sessionId,
        registrant,
        Optional.empty(),
        Optional.of(Objects.requireNonNull(reason, "reason")));
  }

  /**
   * Tells whether this notice answers the request that caused it.
   *
   * @return {@link NoticeKind#answersRequest()} of the kind
   */
  public boolean answersRequest() {
    return kind.answersRequest();
  }

  /**
   * Tells whether the request was refused.
   *
   * @return whether the kind is {@link NoticeKind#REFUSED}
   */
  public boolean isRefused() {
    return kind == NoticeKind.REFUSED;
  }

  /**
   * Returns the place on the waitlist, for a waitlisted registration.
   *
   * @return 1 or more, or empty when the registration is not waitlisted
   */
  public OptionalInt waitlistPosition() {
    return registration.map(Registration::waitlistPosition).orElse(OptionalInt.empty());
  }

  /**
   * Describes the notice without the registrant's name or e-mail address.
   *
   * @return such as {@code Notice{WAITLISTED, imposter-syndrome-2023-02-01#26, position=1}}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Notice{").append(kind).append(", ");
    if (registration.isPresent()) {
      out.append(registration.get().id());
      waitlistPosition().ifPresent(p -> out.append(", position=").append(p));
    } else {
      out.append(sessionId);
    }
    refusal.ifPresent(r -> out.append(", ").append(r));
    return out.append('}').toString();
  }
}
