/**
 * Attendance reports laid out as Microsoft Teams and Zoom export them, for
 * tests. Teams: UTF-16LE with a byte-order mark, tab-separated, in sections.
 * Zoom webinars: UTF-8 CSV with host, panellist and attendee sections.
 */
export interface SamplePerson {
  name: string;
  email: string;
  /** Sessions in minutes: one entry per join. */
  sessions: number[];
}

function duration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${hours ? `${hours}h ` : ''}${minutes % 60}m ${(minutes * 7) % 60}s`;
}

export function teamsAttendanceReport(title: string, people: SamplePerson[]): Buffer {
  const lines = [
    '1. Summary',
    `Meeting title\t${title}`,
    `Attended participants\t${people.length}`,
    'Start time\t10/26/25, 9:58:12 AM',
    'End time\t10/26/25, 11:02:40 AM',
    'Meeting duration\t1h 4m 28s',
    'Average attendance time\t52m 10s',
    '',
    '2. Participants',
    'Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole',
    ...people.map(
      (person) =>
        `${person.name}\t10/26/25, 9:58:12 AM\t10/26/25, 11:02:40 AM\t${duration(person.sessions.reduce((a, b) => a + b, 0))}\t${person.email}\t${person.email}\tAttendee`,
    ),
    '',
    '3. In-Meeting Activities',
    'Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole',
    ...people.flatMap((person) =>
      person.sessions.map(
        (minutes) =>
          `${person.name}\t10/26/25, 9:58:12 AM\t10/26/25, 10:40:00 AM\t${duration(minutes)}\t${person.email}\tAttendee`,
      ),
    ),
  ];
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\r\n'), 'utf16le')]);
}

export function zoomWebinarReport(topic: string, attendees: SamplePerson[], absent: SamplePerson[] = []): Buffer {
  const header =
    'Attended,User Name (Original Name),First Name,Last Name,Email,Registration Time,Approval Status,Join Time,Leave Time,Time in Session (minutes),Is Guest,Country/Region Name';
  const lines = [
    'Attendee Report',
    'Report Generated:,"Oct 26, 2025 11:30 AM"',
    'Topic,Webinar ID,Actual Start Time,Actual Duration (minutes),# Registered,# Cancelled Registrations,Unique Viewers,Total Users,Max Concurrent Views',
    `"${topic}",812 3456 7890,"Oct 26, 2025 10:00 AM",62,${attendees.length + absent.length},0,${attendees.length},${attendees.length},${attendees.length}`,
    'Host Details',
    'Attended,User Name (Original Name),Email,Join Time,Leave Time,Time in Session (minutes),Is Guest,Country/Region Name',
    'Yes,Partnership Host,host@techuk.org,"Oct 26, 2025 09:50:01","Oct 26, 2025 11:05:00",75,No,United Kingdom',
    'Panelist Details',
    'Attended,User Name (Original Name),Email,Join Time,Leave Time,Time in Session (minutes),Is Guest,Country/Region Name',
    'Yes,Speaker One,speaker@example.org,"Oct 26, 2025 09:55:00","Oct 26, 2025 11:00:00",65,Yes,United Kingdom',
    'Attendee Details',
    header,
    ...attendees.flatMap((person) =>
      person.sessions.map((minutes) => {
        const [first, ...last] = person.name.split(' ');
        return `Yes,${person.name},${first},${last.join(' ')},${person.email},"Oct 20, 2025 14:02:11",approved,"Oct 26, 2025 10:00:03","Oct 26, 2025 10:45:00",${minutes},Yes,United Kingdom`;
      }),
    ),
    ...absent.map((person) => {
      const [first, ...last] = person.name.split(' ');
      return `No,${person.name},${first},${last.join(' ')},${person.email},"Oct 20, 2025 14:02:11",approved,--,--,--,Yes,`;
    }),
  ];
  return Buffer.from(lines.join('\n'), 'utf8');
}
