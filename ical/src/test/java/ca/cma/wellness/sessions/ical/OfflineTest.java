package ca.cma.wellness.sessions.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.cma.wellness.sessions.invites.InviteReason;
import ca.cma.wellness.sessions.testing.Fixtures;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/client-compatibility.md §7: generating an invite makes no network call, whatever ical4j's
 * configuration.
 * The test makes the network impossible for this JVM: every http, https and ftp URL connection
 * and every socket connection (through the default ProxySelector, which {@link Socket} consults)
 * fails and is counted; ical4j is told to fetch zone updates. Invites for zones ical4j's bundled
 * definitions also know must still carry a full VTIMEZONE.
 */
class OfflineTest {
  private static final AtomicInteger ATTEMPTS = new AtomicInteger();
  private static ProxySelector previous;
  private static String previousUpdate;

  @BeforeAll
  static void cutTheNetwork() {
    previous = ProxySelector.getDefault();
    ProxySelector.setDefault(
        new ProxySelector() {
          @Override
          public List<Proxy> select(URI uri) {
            ATTEMPTS.incrementAndGet();
            throw new IllegalStateException("network is off in this test: " + uri);
          }

          @Override
          public void connectFailed(URI uri, SocketAddress address, IOException e) {}
        });
    try {
      URL.setURLStreamHandlerFactory(
          protocol ->
              List.of("http", "https", "ftp").contains(protocol)
                  ? new URLStreamHandler() {
                    @Override
                    protected URLConnection openConnection(URL url) throws IOException {
                      ATTEMPTS.incrementAndGet();
                      throw new IOException("network is off in this test: " + url);
                    }
                  }
                  : null);
    } catch (Error alreadySet) {
      // Another test class set a factory first; the ProxySelector still catches sockets.
    }
    previousUpdate = System.getProperty("net.fortuna.ical4j.timezone.update.enabled");
    System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "true");
  }

  @AfterAll
  static void restore() {
    ProxySelector.setDefault(previous);
    if (previousUpdate == null) {
      System.clearProperty("net.fortuna.ical4j.timezone.update.enabled");
    } else {
      System.setProperty("net.fortuna.ical4j.timezone.update.enabled", previousUpdate);
    }
  }

  @Test
  void theNetwork_isReallyOff() throws Exception {
    int before = ATTEMPTS.get();
    assertThrows(Exception.class, () -> new URL("http://tzurl.org/zoneinfo-outlook/America/Toronto").openStream());
    assertThrows(Exception.class, () -> {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", 9), 1000);
      }
    });
    assertEquals(before + 2, ATTEMPTS.get());
  }

  @Test
  void invitesAndFeed_withoutNetwork_carryFullVtimezones() {
    int before = ATTEMPTS.get();
    Ical ical = Ical.of(Fixtures.PROGRAM, Fixtures.CLOCK);
    for (var registrant : Fixtures.REGISTRANTS) {
      var session = Fixtures.IMPOSTER_SYNDROME.withStart(Fixtures.IMPOSTER_SYNDROME.start().withZoneSameInstant(registrant.timeZone()));
      String text = ical.invite(Ics.request(registrant, session, 0, InviteReason.CONFIRMED)).calendar();
      assertTrue(text.contains("BEGIN:VTIMEZONE\r\nTZID:" + registrant.timeZone().getId() + "\r\n"), text);
      assertTrue(text.contains("TZOFFSETTO:"), text);
      Ics.parse(text);
    }
    String feed = ical.feed(Fixtures.PROGRAM.sessionsInOrder());
    assertTrue(feed.contains("BEGIN:STANDARD") && feed.contains("BEGIN:DAYLIGHT"), feed);
    assertEquals(before, ATTEMPTS.get(), "network attempts");
  }
}
