import {
  type EventInput,
  type EventResponse,
  fromLondonWallClock,
  londonParts,
  type SeriesFrequency,
  toLondonIso,
} from '@epm/shared/contracts';

/** What the organiser's form holds: UK dates and clock times as typed, lists as lines of text. */
export interface EventFormValue {
  title: string;
  summary: string;
  description: string;
  type: string;
  format: string;
  venueName: string;
  venueAddress: string;
  venuePostcode: string;
  accessInformation: string;
  joiningUrl: string;
  day: string;
  month: string;
  year: string;
  startTime: string;
  endTime: string;
  capacity: string;
  opensDay: string;
  opensMonth: string;
  opensYear: string;
  opensTime: string;
  closesDay: string;
  closesMonth: string;
  closesYear: string;
  closesTime: string;
  approvalRequired: boolean;
  audience: string;
  leadOrganisation: string;
  partnerOrganisation: string;
  tags: string[];
  objectiveIds: number[];
  speakers: string;
  questions: string;
  repeat: '' | SeriesFrequency;
  occurrences: string;
}

export const EMPTY_FORM: EventFormValue = {
  title: '',
  summary: '',
  description: '',
  type: '',
  format: '',
  venueName: '',
  venueAddress: '',
  venuePostcode: '',
  accessInformation: '',
  joiningUrl: '',
  day: '',
  month: '',
  year: '',
  startTime: '',
  endTime: '',
  capacity: '',
  opensDay: '',
  opensMonth: '',
  opensYear: '',
  opensTime: '',
  closesDay: '',
  closesMonth: '',
  closesYear: '',
  closesTime: '',
  approvalRequired: false,
  audience: 'all',
  leadOrganisation: '',
  partnerOrganisation: '',
  tags: [],
  objectiveIds: [],
  speakers: '',
  questions: '',
  repeat: '',
  occurrences: '',
};

/** Problems the browser can see before asking the server, keyed by the form's field ids. */
export type ClientErrors = Record<string, string[]>;

function parseTime(text: string): { hour: number; minute: number } | null {
  const match = /^\s*(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?\s*$/i.exec(text);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const period = match[3]?.toLowerCase();
  if (period === 'pm' && hour < 12) hour += 12;
  if (period === 'am' && hour === 12) hour = 0;
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

/** An optional UK date and time from four boxes: undefined when all are empty, null when not a real moment. */
function optionalMoment(day: string, month: string, year: string, time: string): Date | null | undefined {
  if (![day, month, year, time].some((part) => part.trim())) return undefined;
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  const clock = parseTime(time);
  if (!clock || !(y >= 2000) || date.getUTCDate() !== d || date.getUTCMonth() !== m - 1) return null;
  return fromLondonWallClock(y, m, d, clock.hour, clock.minute);
}

/**
 * Turns the form into the API's input. Dates and times are read as UK clock
 * time and sent with their offset, so 10:00 on a summer day goes as +01:00.
 */
export function toEventInput(form: EventFormValue): { input?: EventInput; errors: ClientErrors } {
  const errors: ClientErrors = {};
  // The same messages the API gives, so that every problem shows at once, not the date first and the rest after.
  if (!form.title.trim()) errors['title'] = ['Enter a title'];
  if (!form.summary.trim()) errors['summary'] = ['Enter a summary'];
  if (!form.type) errors['type'] = ['Select the type of event'];
  if (!form.format) errors['format'] = ['Select in person, online or hybrid'];
  if (!form.leadOrganisation) errors['leadOrganisation'] = ['Select the organisation leading the event'];
  const [day, month, year] = [Number(form.day), Number(form.month), Number(form.year)];
  const date = new Date(Date.UTC(year, month - 1, day));
  const realDate =
    Number.isInteger(day) &&
    Number.isInteger(month) &&
    year >= 2000 &&
    date.getUTCDate() === day &&
    date.getUTCMonth() === month - 1;
  if (!form.day && !form.month && !form.year) errors['startsAt'] = ['Enter the date of the event'];
  else if (!realDate) errors['startsAt'] = ['The date of the event must be a real date'];
  const start = parseTime(form.startTime);
  const end = parseTime(form.endTime);
  if (!start)
    errors['startTime'] = [form.startTime ? 'Enter the start time like 10:00 or 2:30pm' : 'Enter the start time'];
  if (!end) errors['endTime'] = [form.endTime ? 'Enter the end time like 12:00 or 4pm' : 'Enter the end time'];
  if (form.capacity.trim() && !/^\d+$/.test(form.capacity.trim()))
    errors['capacity'] = ['Capacity must be a whole number'];
  if (form.repeat && !/^\d+$/.test(form.occurrences.trim()))
    errors['occurrences'] = ['Enter how many times the event happens'];
  const opens = optionalMoment(form.opensDay, form.opensMonth, form.opensYear, form.opensTime);
  const closes = optionalMoment(form.closesDay, form.closesMonth, form.closesYear, form.closesTime);
  if (opens === null)
    errors['registrationOpensAt'] = ['Enter a real date and time when registration opens, or leave it empty'];
  if (closes === null)
    errors['registrationClosesAt'] = ['Enter a real date and time when registration closes, or leave it empty'];
  if (Object.keys(errors).length > 0 || !start || !end) return { errors };

  const startsAt = fromLondonWallClock(year, month, day, start.hour, start.minute);
  const endsAt = fromLondonWallClock(year, month, day, end.hour, end.minute);
  const lines = (text: string) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  const inPerson = form.format === 'in-person' || form.format === 'hybrid';
  const online = form.format === 'online' || form.format === 'hybrid';
  return {
    errors,
    input: {
      title: form.title,
      summary: form.summary,
      description: form.description,
      type: form.type as EventInput['type'],
      format: form.format as EventInput['format'],
      venue:
        inPerson && (form.venueName || form.venueAddress || form.venuePostcode)
          ? {
              name: form.venueName,
              address: form.venueAddress,
              postcode: form.venuePostcode,
              accessInformation: form.accessInformation || undefined,
            }
          : null,
      joiningUrl: online && form.joiningUrl.trim() ? form.joiningUrl.trim() : null,
      startsAt: toLondonIso(startsAt),
      endsAt: toLondonIso(endsAt),
      capacity: form.capacity.trim() ? Number(form.capacity) : null,
      registrationOpensAt: opens ? toLondonIso(opens) : null,
      registrationClosesAt: closes ? toLondonIso(closes) : null,
      approvalRequired: form.approvalRequired,
      audience: form.audience as EventInput['audience'],
      leadOrganisation: form.leadOrganisation as EventInput['leadOrganisation'],
      partnerOrganisation: (form.partnerOrganisation || null) as EventInput['partnerOrganisation'],
      tags: form.tags,
      objectiveIds: form.objectiveIds,
      speakers: lines(form.speakers).map((line) => {
        const [name = '', role, organisation] = line.split(',').map((part) => part.trim());
        return { name, role: role || undefined, organisation: organisation || undefined };
      }),
      consultation:
        form.type === 'consultation'
          ? {
              questions: lines(form.questions),
              // Responses close a fortnight after the event unless the organiser changes it later.
              responsesCloseAt: toLondonIso(new Date(endsAt.getTime() + 14 * 86_400_000)),
            }
          : null,
    },
  };
}

export function fromEvent(event: EventResponse): EventFormValue {
  const start = londonParts(new Date(event.startsAt));
  const end = londonParts(new Date(event.endsAt));
  const time = (p: { hour: number; minute: number }) =>
    `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
  return {
    ...EMPTY_FORM,
    title: event.title,
    summary: event.summary,
    description: event.description,
    type: event.type,
    format: event.format,
    venueName: event.venue?.name ?? '',
    venueAddress: event.venue?.address ?? '',
    venuePostcode: event.venue?.postcode ?? '',
    accessInformation: event.venue?.accessInformation ?? '',
    joiningUrl: event.joiningUrl ?? '',
    day: String(start.day),
    month: String(start.month),
    year: String(start.year),
    startTime: time(start),
    endTime: time(end),
    capacity: event.capacity === null ? '' : String(event.capacity),
    ...momentFields('opens', event.registrationOpensAt),
    ...momentFields('closes', event.registrationClosesAt),
    approvalRequired: event.approvalRequired,
    audience: event.audience,
    leadOrganisation: event.leadOrganisation.code,
    partnerOrganisation: event.partnerOrganisation?.code ?? '',
    tags: event.tags,
    objectiveIds: event.objectiveIds,
    speakers: event.speakers.map((s) => [s.name, s.role, s.organisation].filter(Boolean).join(', ')).join('\n'),
    questions: event.consultation?.questions.join('\n') ?? '',
  };
}

function momentFields(prefix: 'opens' | 'closes', iso: string | null): Partial<EventFormValue> {
  if (!iso) return {};
  const p = londonParts(new Date(iso));
  return {
    [`${prefix}Day`]: String(p.day),
    [`${prefix}Month`]: String(p.month),
    [`${prefix}Year`]: String(p.year),
    [`${prefix}Time`]: `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`,
  };
}

/** API field paths to the form's field ids, so each message sits beside the field that caused it. */
export function fieldIdFor(path: string): string {
  if (path === 'venue' || path === 'venue.name') return 'venueName';
  if (path.startsWith('venue.')) return `venue${path.slice(6, 7).toUpperCase()}${path.slice(7)}`;
  if (path === 'endsAt') return 'endTime';
  if (path.startsWith('speakers')) return 'speakers';
  if (path.startsWith('consultation')) return 'questions';
  return path;
}

export const FIELD_ORDER = [
  'title',
  'summary',
  'description',
  'type',
  'format',
  'venueName',
  'venueAddress',
  'venuePostcode',
  'venueAccessInformation',
  'joiningUrl',
  'startsAt',
  'startTime',
  'endTime',
  'repeat',
  'occurrences',
  'capacity',
  'registrationOpensAt',
  'registrationClosesAt',
  'audience',
  'leadOrganisation',
  'partnerOrganisation',
  'tags',
  'objectiveIds',
  'speakers',
  'questions',
];
