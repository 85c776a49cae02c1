package ca.cma.wellness.sessions.ical;

/** A registrant's answer to an invite, from the PARTSTAT of their calendar's REPLY. */
public enum RsvpAnswer {
  /** PARTSTAT=ACCEPTED: they will attend. */
  ACCEPTED,
  /** PARTSTAT=DECLINED: they will not attend; the host may cancel their registration. */
  DECLINED,
  /** PARTSTAT=TENTATIVE: they may attend. */
  TENTATIVE
}
