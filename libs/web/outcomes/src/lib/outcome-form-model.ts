import {
  type EventResponse,
  OUTCOME_EVENT_STATUSES,
  type OutcomeEventRef,
  type OutcomeInput,
  type OutcomeKind,
  type OutcomeOwner,
  type OutcomeResponse,
  type OutcomeStatus,
  type ProgrammeResponse,
} from '@epm/shared/contracts';

/** What the form sends: an OutcomeInput whose choices may be missing, for the API to name what is. */
export type OutcomeRequest = Omit<OutcomeInput, 'kind' | 'status' | 'ownerOrganisation' | 'programmeId'> & {
  kind: OutcomeKind | '';
  status: OutcomeStatus | '';
  ownerOrganisation: OutcomeOwner | '';
  programmeId: number | null;
};

/** What the outcome form holds: text as typed, the date in three boxes, choices as ids. */
export interface OutcomeFormValue {
  title: string;
  kind: string;
  description: string;
  status: string;
  day: string;
  month: string;
  year: string;
  ownerOrganisation: string;
  ownerName: string;
  link: string;
  programmeId: string;
  eventIds: number[];
  objectiveIds: number[];
}

/** The form's field ids, top to bottom, for the error summary. The API's field names, but the date's day box. */
export const OUTCOME_FIELDS = [
  'title',
  'kind',
  'description',
  'status',
  'date',
  'ownerOrganisation',
  'ownerName',
  'link',
  'programmeId',
  'eventIds',
  'objectiveIds',
];

export function emptyOutcomeForm(overrides: Partial<OutcomeFormValue> = {}): OutcomeFormValue {
  return {
    title: '',
    kind: '',
    description: '',
    status: '',
    day: '',
    month: '',
    year: '',
    ownerOrganisation: '',
    ownerName: '',
    link: '',
    programmeId: '',
    eventIds: [],
    objectiveIds: [],
    ...overrides,
  };
}

/** An outcome as its form shows it, to change it. */
export function outcomeFormValue(outcome: OutcomeResponse): OutcomeFormValue {
  const [year = '', month = '', day = ''] = outcome.date.split('-');
  return {
    title: outcome.title,
    kind: outcome.kind,
    description: outcome.description,
    status: outcome.status,
    day: String(Number(day)),
    month: String(Number(month)),
    year,
    ownerOrganisation: outcome.ownerOrganisation,
    ownerName: outcome.ownerOrganisation === 'other' ? outcome.ownerName : '',
    link: outcome.link ?? '',
    programmeId: String(outcome.programmeId),
    eventIds: outcome.events.map((event) => event.id),
    objectiveIds: outcome.objectives.map((objective) => objective.id),
  };
}

/**
 * The request for the form, or the one problem the browser sees first: date
 * boxes holding something other than numbers, which the API could only call
 * a badly formatted date. Everything else, empty fields included, the API
 * checks, so every problem shows at once with the API's messages.
 */
export function toOutcomeInput(
  value: OutcomeFormValue,
): { input: OutcomeRequest; errors: null } | { input: null; errors: Record<string, string[]> } {
  const parts = [value.day, value.month, value.year].map((part) => part.trim());
  const [day, month, year] = parts as [string, string, string];
  let date = '';
  if (parts.some(Boolean)) {
    if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
      return { input: null, errors: { date: ['The date must be a real date, like 15 10 2025'] } };
    }
    date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  const other = value.ownerOrganisation === 'other';
  return {
    input: {
      title: value.title,
      kind: value.kind as OutcomeKind | '',
      description: value.description,
      status: value.status as OutcomeStatus | '',
      date,
      ownerOrganisation: value.ownerOrganisation as OutcomeOwner | '',
      ownerName: other ? value.ownerName : null,
      link: value.link.trim() || null,
      programmeId: value.programmeId ? Number(value.programmeId) : null,
      eventIds: value.eventIds,
      objectiveIds: value.objectiveIds,
    },
    errors: null,
  };
}

/** The programme year an outcome recorded today most likely counts towards: the current one, else the latest. */
export function defaultProgramme(programmes: ProgrammeResponse[], today: string): ProgrammeResponse | undefined {
  return (
    programmes.find((programme) => programme.startsOn <= today && today <= programme.endsOn) ??
    [...programmes].sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0]
  );
}

/**
 * The events to offer as what the outcome stems from: those of the chosen
 * programme year that took place (not drafts or cancelled ones), most recent
 * first, and always those already linked, even if the organiser could not
 * link them now (another partner's event on a joint outcome), so saving keeps them.
 */
export function eventChoices(
  events: EventResponse[],
  programmeId: number,
  linked: OutcomeEventRef[] = [],
): OutcomeEventRef[] {
  const choices = new Map<number, OutcomeEventRef>();
  for (const event of events) {
    if (event.programmeId !== programmeId || !OUTCOME_EVENT_STATUSES.includes(event.status)) continue;
    choices.set(event.id, { id: event.id, title: event.title, type: event.type, startsAt: event.startsAt });
  }
  for (const event of linked) if (!choices.has(event.id)) choices.set(event.id, event);
  return [...choices.values()].sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt) || b.id - a.id);
}

/** Adds or removes an id from a list of chosen ids, keeping the rest in order. */
export function toggled(ids: number[], id: number, chosen: boolean): number[] {
  const without = ids.filter((candidate) => candidate !== id);
  return chosen ? [...without, id] : without;
}

const dateLabel = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "15 October 2025" for a UK date (YYYY-MM-DD), whatever the reader's time zone. */
export function outcomeDateLabel(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return dateLabel.format(new Date(Date.UTC(year, month - 1, day)));
}
