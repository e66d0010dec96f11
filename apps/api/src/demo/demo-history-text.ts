import type { DemoRandom } from './demo-random';

/**
 * What attendees of the demo year wrote, in their own words: comments on the
 * feedback form, what they would do differently, and in the follow-up survey
 * what they did. Written as council officers and suppliers write in such
 * forms; nobody is named. Each is used at most once, so the year does not
 * repeat itself.
 */

/** Comments by what the event was about; 'any' fits every event. */
export const COMMENTS: Record<string, readonly string[]> = {
  any: [
    'Well chaired, and a good mix of councils and suppliers. I came away with two contacts to follow up.',
    'Useful to hear what other councils are actually doing rather than what vendors say they can do.',
    'Good pace. Sharing the slides afterwards would help me brief my team.',
    'Refreshing to hear from a district council. Most of these events are pitched at the big unitaries.',
    'More time for questions next time, please: the speakers were strong but we ran out of time.',
    'Practical rather than a sales pitch. More like this, please.',
    'It would help to have the materials in advance, for colleagues who use screen readers.',
  ],
  lunchtime: ['Half an hour is about right for a lunchtime slot. I will watch the recordings of the ones I miss.'],
  online: [
    'The chat was as useful as the presentation. Could the links shared in it be sent round afterwards?',
    'Captions worked well, thank you.',
    'A follow-up session for practitioners, going into the detail, would be very welcome.',
  ],
  'in-person': [
    'Worth the train journey. The conversations over lunch were as valuable as the sessions.',
    'Good to see the LGA and techUK in the same room. The joint framing made suppliers listen.',
  ],
  cybersecurity: [
    'The walkthrough of a real incident timeline was the most useful thing I have seen on cyber this year.',
    'Please run a session for smaller district councils with one- or two-person IT teams.',
    'Good to hear suppliers being open about their own part in incident response.',
  ],
  'artificial-intelligence': [
    'Hearing about the pilots that did not go live was as useful as the success stories.',
    'Please cover buying AI tools next: the contract clauses we should ask for and the evidence to expect.',
    'More on information governance and impact assessments for AI, please. That is where our projects stall.',
    'As an SME it was useful to hear what councils need to see before they agree to a pilot.',
  ],
  'procurement-reform': [
    'Worth repeating with legal colleagues present, given the changes under the Procurement Act.',
    'Good to hear buyers say they want to see more bids from smaller suppliers. Now the tenders need to show it.',
  ],
  roundtable: [
    'A frank conversation. It helped to hear how suppliers read our tender documents.',
    'The discussion of lotting, and how it shuts out smaller suppliers, was an eye-opener.',
    'As a small supplier I rarely get in a room with heads of procurement. Thank you for the invitation.',
    'Small enough for everyone to speak. Please keep the numbers down next time too.',
  ],
  workshop: [
    'The workshop on open APIs was the best part: specific, and every table left with actions.',
    'Good to hear central government acknowledge how different things look from a council.',
  ],
  'digital-inclusion': ['Inclusion is usually an afterthought at digital events. It was good to see it lead for once.'],
  consultation: [
    'Good to hear from the voluntary sector: they reach residents we do not.',
    'The hybrid set-up worked. I could take part from the North East without a day of travel.',
    'I would like to see the joint response before it is submitted.',
  ],
  members: ['Our members need exactly this kind of plain-English introduction. I will share the recording.'],
  'low-code': ['Useful, but pitched at beginners. An intermediate session would suit our team better.'],
};

/** Comments from people who were not happy with the event, by its format; 'any' fits every event. */
export const CRITICAL_COMMENTS: Record<string, readonly string[]> = {
  any: [
    'Too high level for me. I was hoping for more on how to implement it.',
    'It felt like the same suppliers doing most of the talking.',
    'Too much content for the time. The last speaker was rushed.',
  ],
  online: [
    'The sound kept dropping for the first ten minutes, and I missed most of the introduction.',
    'Slides were too small to read on a laptop, and they were not shared afterwards.',
  ],
  'in-person': ['The room was too warm and crowded for the breakout sessions.'],
  hybrid: ['Online participants found it hard to get a word in during the second half.'],
};

/** "What will you do differently?", by theme. */
export const INTENT_DETAILS: Record<string, readonly string[]> = {
  any: [
    'Share what I heard with our digital board and propose next steps.',
    'Bring suppliers in earlier, before we write the specification.',
    'Look again at how we measure the benefits of our digital projects.',
  ],
  cybersecurity: [
    'Review our incident response plan with our main suppliers.',
    'Run a tabletop exercise with our leadership team before the end of the year.',
  ],
  'artificial-intelligence': [
    'Set up an impact assessment checklist for AI pilots.',
    'Ask suppliers for an evaluation of their pilots before we commit to anything.',
  ],
  'procurement-reform': [
    'Share the outcome-based specification approach with our procurement team.',
    'Talk to our procurement team about lotting smaller contracts.',
    'Publish a pipeline of our upcoming digital contracts for suppliers.',
  ],
  'digital-inclusion': [
    'Map which of our services are hardest for residents to use online.',
    'Add accessibility testing to the acceptance criteria for new systems.',
  ],
  'digital-skills': [
    'Book the digital skills sessions for our councillors.',
    'Propose a low-code pilot to our digital board.',
  ],
};

/** The follow-up survey's "what did you do, or what stood in the way?", by answer and theme. */
export const ACTED_DETAILS: Record<'yes' | 'partly' | 'no', Record<string, readonly string[]>> = {
  yes: {
    any: [
      'We now involve suppliers in a market engagement session before every major digital contract.',
      'I set up a regional group with two neighbouring councils we met at the event.',
    ],
    'procurement-reform': [
      'We rewrote the specification for our customer portal around outcomes; three SMEs bid where we usually get one.',
      'Our contract for a case management system was split into lots, and a local SME won one of them.',
    ],
    cybersecurity: ['We ran an incident exercise with our cabinet and our managed service provider.'],
    'artificial-intelligence': ['We now ask every AI supplier for an evaluation in the shared template.'],
    'digital-inclusion': ['We added an inclusion check to our service design standard.'],
  },
  partly: {
    any: [
      'Started the conversation internally, but it is competing with a lot of other priorities.',
      'We have a draft plan; sign-off is due at our next digital board.',
    ],
    'procurement-reform': ['The first contract using the approach goes out to tender next quarter.'],
    'artificial-intelligence': [
      'We drafted an impact assessment template for AI tools; it is with our governance board.',
    ],
    'digital-inclusion': ['We have mapped the hardest-to-reach groups but not yet changed any services.'],
    cybersecurity: ['The exercise is booked for the spring; the plan has been updated.'],
  },
  no: {
    any: [
      'A restructure meant the work was paused.',
      'No capacity in the team this year, but it is in next year’s plan.',
      'Our contracts do not come up for renewal until 2027.',
    ],
  },
};

/**
 * A text not used before from the bank's entries for the keys, or from its
 * 'any' entries when those are used up (if 'any' is one of the keys), or null.
 */
export function takeText(
  random: DemoRandom,
  bank: Record<string, readonly string[]>,
  keys: readonly string[],
  used: Set<string>,
): string | null {
  const specific = keys.filter((key) => key !== 'any').flatMap((key) => bank[key] ?? []);
  const unused = (texts: readonly string[]) => texts.filter((text) => !used.has(text));
  const candidates = unused(specific).length ? unused(specific) : keys.includes('any') ? unused(bank['any'] ?? []) : [];
  if (!candidates.length) return null;
  const text = random.pick(candidates);
  used.add(text);
  return text;
}
