package ca.cma.wellness.sessions.ical.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table of legacy IANA link ids: each names a region with the same rules (issue 15). */
class WindowsZonesTest {
  @Test
  void everyLinkOfTheTable_namesARegionWithTheSameRules() {
    for (Map.Entry<String, String> link : WindowsZones.links().entrySet()) {
      ZoneId region = WindowsZones.zone(link.getKey()).orElseThrow();
      assertEquals(link.getValue(), region.getId(), link.getKey());
      assertEquals(ZoneId.of(link.getKey()).getRules(), region.getRules(), link.getKey());
    }
  }

  @Test
  void linkOutsideTheTable_isTheOneRegionWithItsRules() {
    assertEquals(ZoneId.of("Asia/Tokyo"), WindowsZones.zone("Japan").orElseThrow());
    assertEquals(ZoneId.of("America/Toronto"), WindowsZones.zone("/citadel.org/20190914_1/Canada/Eastern").orElseThrow());
    assertEquals(java.time.ZoneOffset.ofHours(-5), WindowsZones.zone("Etc/GMT+5").orElseThrow());
    assertEquals(java.util.Optional.empty(), WindowsZones.zone("Mars/Olympus"));
  }
}
