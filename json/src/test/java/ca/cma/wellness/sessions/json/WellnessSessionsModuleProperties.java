package ca.cma.wellness.sessions.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.cma.wellness.sessions.Program;
import ca.cma.wellness.sessions.Registrant;
import ca.cma.wellness.sessions.Session;
import ca.cma.wellness.sessions.WeeklySchedule;
import ca.cma.wellness.sessions.testing.WellnessGens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson module's round trips over generated values with hostile text and every zone. */
class WellnessSessionsModuleProperties {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new WellnessSessionsModule()).build();

  @Test
  void roundTrip_anyProgram_givesAnEqualProgram() {
    WellnessGens.theory()
        .forAll(WellnessGens.programs())
        .checkAssert(p -> assertEquals(p, MAPPER.readValue(MAPPER.writeValueAsString(p), Program.class)));
  }

  @Test
  void roundTrip_anySessionRegistrantAndSchedule_givesEqualValues() {
    WellnessGens.theory()
        .forAll(WellnessGens.sessions(), WellnessGens.registrants(), WellnessGens.weeklySchedules())
        .checkAssert(
            (session, registrant, schedule) -> {
              assertEquals(session, MAPPER.readValue(MAPPER.writeValueAsString(session), Session.class));
              assertEquals(
                  registrant, MAPPER.readValue(MAPPER.writeValueAsString(registrant), Registrant.class));
              assertEquals(
                  schedule, MAPPER.readValue(MAPPER.writeValueAsString(schedule), WeeklySchedule.class));
            });
  }
}
