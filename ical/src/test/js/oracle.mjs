// Test only: reads calendars with ical.js (Mozilla's iCalendar library), which computes times
// from the VTIMEZONE in the file, and prints what it reads, for VtimezoneOracleTest to compare
// with java.time.
//
// Input (stdin), one case per line: id TAB calendar (CR and LF written as \r and \n, backslash
// as \\) TAB local date-times (YYYYMMDDTHHMMSS, comma-separated).
// Output (stdout), one line per case: id TAB start,end of each VEVENT in epoch seconds
// (semicolon-separated pairs) TAB the UTC offset in seconds at each local date-time
// (comma-separated).
import ICAL from 'ical.js';
import { createInterface } from 'node:readline';

function unescape(text) {
  return text.replace(/\\(.)/g, (_, c) => (c === 'r' ? '\r' : c === 'n' ? '\n' : c));
}

function readCase(line) {
  const [id, escaped, probes] = line.split('\t');
  ICAL.TimezoneService.reset();
  const calendar = new ICAL.Component(ICAL.parse(unescape(escaped)));
  const zones = calendar.getAllSubcomponents('vtimezone');
  if (zones.length !== 1) {
    throw new Error(id + ': expected one VTIMEZONE, found ' + zones.length);
  }
  const zone = new ICAL.Timezone(zones[0]);
  ICAL.TimezoneService.register(zone);
  const events = [];
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    for (const time of [event.startDate, event.endDate]) {
      // A local time must have been read with the file's definition, never as floating time.
      if (!time.zone || (time.zone.tzid !== zone.tzid && time.zone.tzid !== 'UTC')) {
        throw new Error(id + ': ' + time + ' was not read with the file\'s VTIMEZONE');
      }
    }
    events.push(event.startDate.toUnixTime() + ',' + event.endDate.toUnixTime());
  }
  const offsets = [];
  for (const local of probes ? probes.split(',') : []) {
    const m = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)$/.exec(local);
    if (!m) {
      throw new Error(id + ': bad local date-time ' + local);
    }
    const time = new ICAL.Time({
      year: +m[1], month: +m[2], day: +m[3], hour: +m[4], minute: +m[5], second: +m[6],
      isDate: false,
    }, zone);
    offsets.push(zone.utcOffset(time));
  }
  return id + '\t' + events.join(';') + '\t' + offsets.join(',');
}

const out = [];
const input = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of input) {
  if (line.length > 0) {
    out.push(readCase(line));
  }
}
process.stdout.write(out.join('\n') + '\n');
