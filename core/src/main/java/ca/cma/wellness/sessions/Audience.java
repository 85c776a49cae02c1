package ca.cma.wellness.sessions;

/** Who a session is for; a session may be open to both. */
public enum Audience {
  /** Practising physicians. */
  PHYSICIANS,
  /** Medical learners: residents and medical students. */
  MEDICAL_LEARNERS;

  /**
   * Tells whether a person in the given role belongs to this audience.
   *
   * @param role the person's role
   * @return whether {@code role.audience()} is this audience
   */
  public boolean admits(Role role) {
    return role.audience() == this;
  }
}
