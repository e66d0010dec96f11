/**
 * How every figure of the impact report is calculated: the one source of these words. The report pages'
 * "How this is calculated" notes, the spreadsheet's Definitions sheet and the PDF's methodology read them
 * from here, and the definitions in docs/metrics.md are generated from them (`npm run docs:metrics`; a test
 * fails when the doc is out of date). `computeImpact` (libs/api/reports) implements them.
 */
export interface MetricDefinition {
  /** What the figure is called on screen. */
  title: string;
  /** The figures of the JSON report (GET /api/reports/impact) it defines, as `section.figure`. */
  fields: readonly string[];
  /** The definition, a paragraph per entry. */
  text: readonly string[];
}

export const METRIC_DEFINITIONS = {
  period: {
    title: 'The period and the filters',
    fields: ['filters.from', 'filters.to', 'filters.type', 'filters.theme', 'filters.organisation', 'filters.format'],
    text: [
      'The first and last dates are UK dates, inclusive. An event is in the period when it starts between 00:00 UK time on the first date and 24:00 UK time on the last.',
      'Default: the latest programme year that has ended, otherwise the current one (the first MoU year is 1 April 2025 to 31 March 2026).',
      'Filters: type (event type), theme (any taxonomy code the event is tagged with), organiser (techUK or the LGA: events it led or partnered), format. Filters narrow the events; every other figure is counted on the events that remain.',
    ],
  },
  eventEvidence: {
    title: 'One event’s evidence',
    fields: ['filters.event', 'event'],
    text: [
      'The event filter narrows the report to one event: every figure is counted on that event alone, by the same definitions as the whole report, and the outcomes are those that stem from it. Without dates, the period is the event’s programme year.',
      'Draft events have no evidence. An event is held when it was published, not cancelled, and has ended; until then its attendance and feedback figures are 0.',
    ],
  },
  objectiveEvidence: {
    title: 'One objective’s evidence',
    fields: ['filters.objective', 'objective'],
    text: [
      'The objective filter narrows the report to the events linked to that objective and the objectives to that one: every figure is counted on those events, by the same definitions as the whole report. Without dates, the period is the objective’s programme year.',
      'Its outcomes are those linked to the objective or stemming from one of its events; the objective’s own evidence counts only those linked to it.',
    ],
  },
  eventsHeld: {
    title: 'Events held',
    fields: ['events.held'],
    text: [
      'In the period, status published, registration closed or completed (not draft, not cancelled), and ended before the report was generated.',
    ],
  },
  eventsUpcoming: {
    title: 'Upcoming events',
    fields: ['events.upcoming'],
    text: ['In the period, not draft or cancelled, not yet ended.'],
  },
  eventsCancelled: {
    title: 'Cancelled events',
    fields: ['events.cancelled'],
    text: ['In the period and cancelled (whenever it was cancelled).'],
  },
  eventsByMonth: {
    title: 'Events by month',
    fields: ['events.byMonth'],
    text: ['Held events per UK calendar month of their start; every month of the period is listed, with 0.'],
  },
  eventsByType: {
    title: 'Events by type',
    fields: ['events.byType'],
    text: ['Held events per event type.'],
  },
  eventsByFormat: {
    title: 'Events by format',
    fields: ['events.byFormat'],
    text: ['Held events per format: in person, online or hybrid.'],
  },
  eventsByTheme: {
    title: 'Events by theme',
    fields: ['events.byTheme'],
    text: ['Held events per MoU theme they are tagged with; an event with two themes counts once in each.'],
  },
  eventsByOrganisation: {
    title: 'Events by organiser',
    fields: ['events.byOrganisation'],
    text: ['Held events led by techUK alone, by the LGA alone, or joint (any event with a partner).'],
  },
  eventsList: {
    title: 'Events held, one by one',
    fields: ['events.items'],
    text: [
      'Each held event, in the order they started, with its registrations recorded as attended and its feedback forms returned; each has an evidence page of its own.',
    ],
  },
  registrations: {
    title: 'Registrations',
    fields: ['registrations.total', 'registrations.confirmed', 'registrations.cancelled', 'registrations.pending'],
    text: [
      'Every registration of a held event, whatever its status (erased ones included: erasure removes the person, not the fact of the registration).',
      'Confirmed, cancelled and pending are counted by current status.',
    ],
  },
  waitlisted: {
    title: 'Unmet demand',
    fields: ['registrations.waitlisted'],
    text: ['Registrations of held events still on the waiting list, so still waiting when the event ran.'],
  },
  attended: {
    title: 'Attended',
    fields: ['attendance.attended'],
    text: [
      'Registrations of held events recorded as attended (checked in, imported from a Teams or Zoom report, set by hand, or walk-ins).',
    ],
  },
  noShows: {
    title: 'No-shows',
    fields: ['attendance.noShows'],
    text: ['Registrations of held events recorded as no-show.'],
  },
  attendanceRate: {
    title: 'Attendance rate',
    fields: ['attendance.rate'],
    text: ['Attended confirmed registrations / confirmed registrations, of held events.'],
  },
  people: {
    title: 'People reached',
    fields: ['reach.people'],
    text: [
      'Distinct people who attended held events, by normalised (trimmed, lower-case) email address.',
      'People are counted by a keyed pseudonym of that address, which stays when names and addresses are erased, so the figure is the same before and after.',
    ],
  },
  organisations: {
    title: 'Organisations reached',
    fields: ['reach.organisations'],
    text: [
      'Distinct organisations of people who attended held events: a council by its GSS code; anyone else by organisation type and normalised organisation name. People without an organisation name are not counted as an organisation.',
    ],
  },
  councilsReached: {
    title: 'Councils reached',
    fields: ['reach.councils.reached', 'reach.councils.total', 'reach.councils.share'],
    text: [
      'Distinct GSS codes of attendees, counted only against the reference list of English principal councils (317 current), never free text. The total is that list; share = reached / total.',
    ],
  },
  councilsByRegion: {
    title: 'Councils reached by region',
    fields: ['reach.councils.byRegion'],
    text: [
      'Councils reached (distinct GSS codes of attendees) and the total of the reference list of English principal councils, per region.',
    ],
  },
  councilsByType: {
    title: 'Councils reached by council type',
    fields: ['reach.councils.byType'],
    text: [
      'Councils reached (distinct GSS codes of attendees) and the total of the reference list of English principal councils, per council type.',
    ],
  },
  suppliers: {
    title: 'Suppliers reached',
    fields: ['reach.suppliers.organisations', 'reach.suppliers.sme', 'reach.suppliers.large'],
    text: [
      'Distinct supplier organisations among attendees; SME and large by the size the attendee gave (SME: fewer than 250 staff).',
    ],
  },
  smeShare: {
    title: 'SME share of suppliers',
    fields: ['reach.suppliers.smeShare'],
    text: [
      'SME share = SME / (SME + large) — suppliers who gave no size are counted as suppliers but in neither share.',
    ],
  },
  sectors: {
    title: 'People by sector',
    fields: ['reach.sectors'],
    text: ['Distinct people per organisation type (a person is counted in the type they first gave).'],
  },
  repeat: {
    title: 'Repeat attendees',
    fields: ['repeat.people', 'repeat.organisations'],
    text: ['People and organisations that attended two or more distinct held events in the period.'],
  },
  repeatByMonth: {
    title: 'First-time and returning attendances by month',
    fields: ['repeat.byMonth'],
    text: [
      'Per UK month, attendances at held events split into first time (the person’s first held event of the period) and returning (they had attended an earlier held event of the period).',
    ],
  },
  feedbackResponses: {
    title: 'Feedback responses',
    fields: ['feedback.responses'],
    text: [
      'Feedback forms returned for held events (through the emailed link or imported from another tool); the follow-up survey is counted only in the funnel.',
    ],
  },
  responseRate: {
    title: 'Response rate',
    fields: ['feedback.responseRate'],
    text: ['Feedback responses / attended.'],
  },
  satisfaction: {
    title: 'Satisfaction',
    fields: ['feedback.satisfaction'],
    text: [
      'Mean of the 1-5 answers; numerator = their sum, denominator = how many answered that question; two decimal places.',
    ],
  },
  usefulness: {
    title: 'Usefulness',
    fields: ['feedback.usefulness'],
    text: [
      'Mean of the 1-5 answers; numerator = their sum, denominator = how many answered that question; two decimal places.',
    ],
  },
  nps: {
    title: 'Net Promoter Score',
    fields: ['feedback.nps'],
    text: [
      'Of those who answered “how likely to recommend” (0-10): promoters answered 9-10, detractors 0-6, passives 7-8; value = (promoters - detractors) / answered x 100, to one decimal place.',
    ],
  },
  intendToAct: {
    title: 'Intend to act',
    fields: ['feedback.intendToAct'],
    text: ['“Yes” answers to “will you do something differently?” / all answers to it.'],
  },
  themesRequested: {
    title: 'Themes asked for',
    fields: ['feedback.themesRequested'],
    text: ['How many responses asked for each theme for future events.'],
  },
  quotes: {
    title: 'Quotes',
    fields: ['feedback.quotes'],
    text: ['Comments whose authors agreed they may be quoted anonymously; never a name.'],
  },
  outcomes: {
    title: 'Outcomes',
    fields: ['outcomes.total', 'outcomes.byKind', 'outcomes.byStatus', 'outcomes.items'],
    text: [
      'Outcomes dated in the period. When a type, theme, organisation, format or event filter is set, only outcomes that stem from a matching event; otherwise programme-level outcomes (with no event) too. With the objective filter, outcomes linked to the objective or stemming from its events. By kind and by status count them; the list gives each with its events and objectives.',
    ],
  },
  objectives: {
    title: 'Objectives',
    fields: ['objectives'],
    text: [
      'The objectives of every programme year that overlaps the period. Each is measured over its own held events (events linked to it, within the period and filters), by the figure its target’s unit names: council → councils reached; satisf → satisfaction mean; supplier → supplier organisations; event, roundtable, workshop, webinar, consultation → events held; people, attendee, participant, person → people reached.',
      'Other units have no automatic measure; the evidence (its held events, and the outcomes linked to it) is still listed.',
    ],
  },
  funnel: {
    title: 'The engagement funnel',
    fields: ['funnel'],
    text: [
      'Held events. Registered: confirmed registrations; attended: registrations recorded as attended; gave feedback: feedback responses; reported an action: follow-up survey answers saying they acted on it (“yes” or “partly”).',
    ],
  },
} as const satisfies Record<string, MetricDefinition>;

export type MetricKey = keyof typeof METRIC_DEFINITIONS;

/** The definitions in the order of the report, under the headings of docs/metrics.md. */
export const METRIC_GROUPS: readonly { heading: string; keys: readonly MetricKey[] }[] = [
  { heading: 'The period and the filters', keys: ['period', 'eventEvidence', 'objectiveEvidence'] },
  {
    heading: 'Events',
    keys: [
      'eventsHeld',
      'eventsUpcoming',
      'eventsCancelled',
      'eventsByMonth',
      'eventsByType',
      'eventsByFormat',
      'eventsByTheme',
      'eventsByOrganisation',
      'eventsList',
    ],
  },
  { heading: 'Registrations (held events only)', keys: ['registrations', 'waitlisted'] },
  { heading: 'Attendance (held events only)', keys: ['attended', 'noShows', 'attendanceRate'] },
  {
    heading: 'Reach (people who attended held events)',
    keys: [
      'people',
      'organisations',
      'councilsReached',
      'councilsByRegion',
      'councilsByType',
      'suppliers',
      'smeShare',
      'sectors',
    ],
  },
  { heading: 'Repeat engagement', keys: ['repeat', 'repeatByMonth'] },
  {
    heading: 'Feedback',
    keys: [
      'feedbackResponses',
      'responseRate',
      'satisfaction',
      'usefulness',
      'nps',
      'intendToAct',
      'themesRequested',
      'quotes',
    ],
  },
  { heading: 'Outcomes', keys: ['outcomes'] },
  { heading: 'Objectives', keys: ['objectives'] },
  { heading: 'The engagement funnel', keys: ['funnel'] },
];

export const METRICS_DOC_START =
  '<!-- definitions: generated from libs/shared/contracts/src/lib/metric-definitions.ts by `npm run docs:metrics`; do not edit by hand -->';
export const METRICS_DOC_END = '<!-- end of generated definitions -->';

/** The definitions as the Markdown of docs/metrics.md, between its markers. */
export function metricDefinitionsMarkdown(): string {
  const lines = [METRICS_DOC_START];
  for (const group of METRIC_GROUPS) {
    lines.push('', `## ${group.heading}`, '');
    for (const key of group.keys) {
      const definition: MetricDefinition = METRIC_DEFINITIONS[key];
      const fields = definition.fields.map((field) => `\`${field}\``).join(', ');
      const [first, ...rest] = definition.text;
      lines.push(`- **${definition.title}** (${fields}): ${first}`);
      for (const paragraph of rest) lines.push(`  ${paragraph}`);
    }
  }
  lines.push('', METRICS_DOC_END);
  return lines.join('\n');
}

/** Replaces the generated part of docs/metrics.md with the definitions above. */
export function withMetricDefinitions(doc: string): string {
  const start = doc.indexOf(METRICS_DOC_START);
  const end = doc.indexOf(METRICS_DOC_END);
  if (start < 0 || end < start) throw new Error('docs/metrics.md has lost its definitions markers');
  return doc.slice(0, start) + metricDefinitionsMarkdown() + doc.slice(end + METRICS_DOC_END.length);
}
