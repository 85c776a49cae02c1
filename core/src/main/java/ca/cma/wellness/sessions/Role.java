package ca.cma.wellness.sessions;

/** What a registrant is in medicine, which decides the {@link Audience} they belong to. */
public enum Role {
  /** A practising physician. */
  PHYSICIAN(Audience.PHYSICIANS),
  /** A resident physician in training. */
  RESIDENT(Audience.MEDICAL_LEARNERS),
  /** A medical student. */
  MEDICAL_STUDENT(Audience.MEDICAL_LEARNERS);

  private final Audience audience;

  Role(Audience audience) {
    this.audience = audience;
  }

  /**
   * Returns the audience this role belongs to.
   *
   * @return {@link Audience#PHYSICIANS} for physicians, {@link Audience#MEDICAL_LEARNERS} for
   *     residents and medical students
   */
  public Audience audience() {
    return audience;
  }
}
