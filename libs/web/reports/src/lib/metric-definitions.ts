/**
 * How each figure on the report pages is calculated, quoted from docs/metrics.md (the API's definitions,
 * which `computeImpact` implements). The one place on the web side that says it: every "How this is
 * calculated" note reads from here, so a change to a definition is one change here and one in the doc.
 */
export const METRIC_DEFINITIONS = {
  period: {
    title: 'The period and the filters',
    text: [
      'The first and last dates are UK dates, inclusive. An event is in the period when it starts between 00:00 UK time on the first date and 24:00 UK time on the last.',
      'Default: the latest programme year that has ended, otherwise the current one (the first MoU year is 1 April 2025 to 31 March 2026).',
      'Filters: type (event type), theme (any taxonomy code the event is tagged with), organiser (techUK or the LGA: events it led or partnered), format. Filters narrow the events; every other figure is counted on the events that remain.',
    ],
  },
  eventsHeld: {
    title: 'Events held',
    text: [
      'In the period, status published, registration closed or completed (not draft, not cancelled), and ended before the report was generated.',
    ],
  },
  eventsUpcoming: {
    title: 'Upcoming events',
    text: ['In the period, not draft or cancelled, not yet ended.'],
  },
  eventsCancelled: {
    title: 'Cancelled events',
    text: ['In the period and cancelled (whenever it was cancelled).'],
  },
  eventsByMonth: {
    title: 'Events by month',
    text: ['Held events per UK calendar month of their start; every month of the period is listed, with 0.'],
  },
  eventsByType: {
    title: 'Events by type',
    text: ['Held events per event type.'],
  },
  eventsByFormat: {
    title: 'Events by format',
    text: ['Held events per format.'],
  },
  eventsByTheme: {
    title: 'Events by theme',
    text: ['Held events per MoU theme they are tagged with; an event with two themes counts once in each.'],
  },
  eventsByOrganisation: {
    title: 'Events by organiser',
    text: ['Held events led by techUK alone, by the LGA alone, or joint (any event with a partner).'],
  },
  registrations: {
    title: 'Registrations',
    text: [
      'Every registration of a held event, whatever its status (erased ones included: erasure removes the person, not the fact of the registration).',
      'Confirmed, cancelled and pending are counted by current status.',
    ],
  },
  waitlisted: {
    title: 'Unmet demand',
    text: ['Registrations still on the waiting list, so still waiting when the event ran.'],
  },
  attended: {
    title: 'Attended',
    text: [
      'Registrations of held events recorded as attended (checked in, imported from a Teams or Zoom report, set by hand, or walk-ins).',
    ],
  },
  noShows: {
    title: 'No-shows',
    text: ['Registrations of held events recorded as no-show.'],
  },
  attendanceRate: {
    title: 'Attendance rate',
    text: ['Attended confirmed registrations / confirmed registrations, of held events.'],
  },
  people: {
    title: 'People reached',
    text: [
      'Distinct people who attended held events, by normalised (trimmed, lower-case) email address.',
      'People are counted by a keyed pseudonym of that address, which stays when names and addresses are erased, so the figure is the same before and after.',
    ],
  },
  organisations: {
    title: 'Organisations reached',
    text: [
      'Distinct organisations of people who attended held events: a council by its GSS code; anyone else by organisation type and normalised organisation name. People without an organisation name are not counted as an organisation.',
    ],
  },
  councilsReached: {
    title: 'Councils reached',
    text: [
      'Distinct GSS codes of attendees, counted only against the reference list of English principal councils (317 current), never free text. The total is that list; share = reached / total.',
    ],
  },
  councilsByRegion: {
    title: 'Councils reached by region',
    text: [
      'Councils reached (distinct GSS codes of attendees) and the total of the reference list of English principal councils, per region.',
    ],
  },
  councilsByType: {
    title: 'Councils reached by council type',
    text: [
      'Councils reached (distinct GSS codes of attendees) and the total of the reference list of English principal councils, per council type.',
    ],
  },
  suppliers: {
    title: 'Suppliers reached',
    text: [
      'Distinct supplier organisations among attendees; SME and large by the size the attendee gave (SME: fewer than 250 staff).',
    ],
  },
  smeShare: {
    title: 'SME share of suppliers',
    text: [
      'SME share = SME / (SME + large) — suppliers who gave no size are counted as suppliers but in neither share.',
    ],
  },
  sectors: {
    title: 'People by sector',
    text: ['Distinct people per organisation type (a person is counted in the type they first gave).'],
  },
  repeat: {
    title: 'Repeat attendees',
    text: ['People and organisations that attended two or more distinct held events in the period.'],
  },
  repeatByMonth: {
    title: 'First-time and returning attendances by month',
    text: [
      'Per UK month, attendances at held events split into first time (the person’s first held event of the period) and returning (they had attended an earlier held event of the period).',
    ],
  },
  feedbackResponses: {
    title: 'Feedback responses',
    text: [
      'Feedback forms returned for held events (through the emailed link or imported from another tool); the follow-up survey is counted only in the funnel.',
    ],
  },
  responseRate: {
    title: 'Response rate',
    text: ['Feedback responses / attended.'],
  },
  satisfaction: {
    title: 'Satisfaction',
    text: [
      'Mean of the 1-5 answers; numerator = their sum, denominator = how many answered that question; two decimal places.',
    ],
  },
  usefulness: {
    title: 'Usefulness',
    text: [
      'Mean of the 1-5 answers; numerator = their sum, denominator = how many answered that question; two decimal places.',
    ],
  },
  nps: {
    title: 'Net Promoter Score',
    text: [
      'Of those who answered “how likely to recommend” (0-10): promoters answered 9-10, detractors 0-6, passives 7-8; value = (promoters - detractors) / answered x 100, to one decimal place.',
    ],
  },
  intendToAct: {
    title: 'Intend to act',
    text: ['“Yes” answers to “will you do something differently?” / all answers to it.'],
  },
  themesRequested: {
    title: 'Themes asked for',
    text: ['How many responses asked for each theme for future events.'],
  },
  quotes: {
    title: 'Quotes',
    text: ['Comments whose authors agreed they may be quoted anonymously; never a name.'],
  },
  outcomes: {
    title: 'Outcomes',
    text: [
      'Outcomes dated in the period. When a type, theme, organisation or format filter is set, only outcomes that stem from a matching event; otherwise programme-level outcomes (with no event) too. By kind and by status count them.',
    ],
  },
  objectives: {
    title: 'Objectives',
    text: [
      'The objectives of every programme year that overlaps the period. Each is measured over its own held events (events linked to it, within the period and filters), by the figure its target’s unit names: council → councils reached; satisf → satisfaction mean; supplier → supplier organisations; event, roundtable, workshop, webinar, consultation → events held; people, attendee, participant, person → people reached.',
      'Other units have no automatic measure; the evidence (events, outcomes) is still listed.',
    ],
  },
  funnel: {
    title: 'The engagement funnel',
    text: [
      'Held events. Registered: confirmed registrations; attended: registrations recorded as attended; gave feedback: feedback responses; reported an action: follow-up survey answers saying they acted on it (“yes” or “partly”).',
    ],
  },
} as const satisfies Record<string, { title: string; text: readonly string[] }>;

export type MetricKey = keyof typeof METRIC_DEFINITIONS;
