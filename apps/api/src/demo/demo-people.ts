import type { RegistrationInput } from '@epm/shared/contracts';
import { DemoRandom } from './demo-random';
import { PEOPLE as UPCOMING_REGISTRANTS } from './demo-registrations';

/**
 * The people of the demo's first MoU year: fictional officers of real English
 * councils (from the councils reference list), of made-up suppliers, and of
 * a few real public bodies, universities and charities. Every address is
 * @example.org, which cannot receive mail.
 */
export interface DemoPerson {
  input: RegistrationInput;
  /** The council's region, for events at a London venue; null for everyone else. */
  region: string | null;
  /** MoU theme codes this person's job makes them come for. */
  interests: readonly string[];
  /** How often they come to things, relative to others (1 is typical). */
  activity: number;
  /** How reliably they turn up once booked (multiplies the chance). */
  reliability: number;
  /** How likely they are to answer a feedback form (multiplies the chance). */
  responsiveness: number;
}

/** The reference list as the database holds it. */
export interface DemoCouncil {
  gssCode: string;
  type: string;
  region: string;
}

type Role = readonly [title: string, interests: readonly string[], weight: number];

const AI = 'artificial-intelligence';
const CYBER = 'cybersecurity';
const PROCUREMENT = 'procurement-reform';
const SKILLS = 'digital-skills';
const INCLUSION = 'digital-inclusion';
const MARKET = 'market-intelligence';
const SME = 'sme-access';

const COUNCIL_ROLES: readonly Role[] = [
  ['Head of Digital', [AI, PROCUREMENT, SKILLS, CYBER], 6],
  ['Chief Digital Officer', [AI, PROCUREMENT, CYBER, MARKET], 2],
  ['Digital Transformation Manager', [AI, SKILLS, INCLUSION], 6],
  ['Head of ICT', [CYBER, PROCUREMENT, MARKET], 4],
  ['Cyber Security Manager', [CYBER], 3],
  ['Information Governance Manager', [CYBER, AI], 2],
  ['Head of Procurement', [PROCUREMENT, SME, MARKET], 3],
  ['Category Manager, ICT and Digital', [PROCUREMENT, SME, MARKET], 3],
  ['Data and Insight Manager', [AI, MARKET], 3],
  ['Digital Inclusion Officer', [INCLUSION, SKILLS], 2],
  ['Customer Services Manager', [INCLUSION, AI], 2],
  ['Service Design Lead', [INCLUSION, SKILLS], 2],
  ['Enterprise Architect', [PROCUREMENT, AI, CYBER], 2],
  ['Business Improvement Officer', [SKILLS, AI], 2],
  ['Automation and AI Lead', [AI], 2],
  ['Workforce Development Manager', [SKILLS], 1],
  ['Councillor, cabinet member for resources', [SKILLS, CYBER, INCLUSION], 1],
];

/** How likely a council of each type is to have anyone in the year's history, and how many people it sends. */
const COUNCIL_ENGAGEMENT: Record<string, { chance: number; people: readonly [number, number] }> = {
  County: { chance: 0.85, people: [4, 8] },
  'Metropolitan district': { chance: 0.62, people: [2, 6] },
  'London borough': { chance: 0.6, people: [2, 6] },
  'Unitary authority': { chance: 0.6, people: [2, 5] },
  'City corporation': { chance: 0.5, people: [1, 2] },
  'Non-metropolitan district': { chance: 0.2, people: [1, 3] },
};

/** Made-up suppliers (any likeness to a real company is accidental). */
const SME_SUPPLIERS: readonly (readonly [name: string, specialism: string])[] = [
  ['Kestrel Civic Data', AI],
  ['Lantern Digital Ltd', INCLUSION],
  ['Tideway Software', PROCUREMENT],
  ['Fenland Analytics Ltd', AI],
  ['Pennine Cyber Ltd', CYBER],
  ['Redbrick Service Design', INCLUSION],
  ['Quayside Labs', AI],
  ['Ashgrove Systems Ltd', MARKET],
  ['Blueleaf Cloud', CYBER],
  ['Copperfield Consulting Ltd', PROCUREMENT],
  ['Granary Digital', SKILLS],
  ['Hollybank Data Ltd', AI],
  ['Juniper Accessibility Ltd', INCLUSION],
  ['Larkspur Automation', AI],
  ['Millstone Secure Ltd', CYBER],
  ['Oakhurst Learning Ltd', SKILLS],
  ['Saltmarsh Software Ltd', MARKET],
  ['Thornbury Digital', PROCUREMENT],
  ['Wensley Open Data', AI],
  ['Yardley Studio', INCLUSION],
  ['Cobalt Lane Ltd', CYBER],
  ['Harrowgate Platforms Ltd', PROCUREMENT],
  ['Ember Insight Ltd', AI],
  ['Moorland Networks Ltd', CYBER],
  ['Sparrowhawk Digital', SKILLS],
  ['Wharf Street Software', MARKET],
  ['Brightline Data', AI],
  ['Northgate Cloud Ltd', CYBER],
  ['Alder Street Digital', INCLUSION],
  ['Bramble Analytics Ltd', MARKET],
  ['Calder Valley Software', PROCUREMENT],
  ['Dunmore Security Ltd', CYBER],
  ['Eastgate Forms Ltd', INCLUSION],
  ['Foxglove AI Ltd', AI],
  ['Greenway GIS Ltd', MARKET],
  ['Heronsgate Consulting', PROCUREMENT],
  ['Inkwell Content Design', INCLUSION],
  ['Kingfisher Integration Ltd', PROCUREMENT],
  ['Marlpit Data Services', AI],
  ['Nettlebed Learning', SKILLS],
];
const LARGE_SUPPLIERS: readonly string[] = [
  'Atlas Systems plc',
  'Albion Technology Group plc',
  'Sterling Public Services plc',
  'Meridian Consulting UK Ltd',
  'Castlegate Solutions plc',
  'Northstar Business Services plc',
  'Greyfriars Digital UK Ltd',
  'Halcyon Cloud Services UK Ltd',
  'Vantage Infrastructure plc',
  'Crownmere Technology Ltd',
  'Pinnacle Civic Systems plc',
  'Westbury Managed Services plc',
  'Ravensworth Digital UK Ltd',
  'Orbital Data Centres plc',
];
const SME_ROLES: readonly Role[] = [
  ['Founder', [SME, PROCUREMENT], 3],
  ['Managing Director', [SME, PROCUREMENT, MARKET], 3],
  ['Public Sector Lead', [SME, MARKET], 3],
  ['Head of Local Government', [SME, MARKET, PROCUREMENT], 2],
  ['Business Development Manager', [MARKET, SME], 2],
  ['Chief Technology Officer', [AI, CYBER], 2],
  ['Delivery Director', [SKILLS, INCLUSION], 1],
];
const LARGE_ROLES: readonly Role[] = [
  ['Account Director, Local Government', [MARKET, PROCUREMENT], 3],
  ['Head of Public Sector', [MARKET, AI], 2],
  ['Bid Manager', [PROCUREMENT], 2],
  ['Solutions Architect', [AI, CYBER], 2],
  ['Client Partner, Local Government', [MARKET], 2],
  ['Industry Lead, Local Government', [AI, MARKET, PROCUREMENT], 1],
];

type Organisation = readonly [
  type: 'central-government' | 'other-public-sector' | 'academia' | 'voluntary-sector' | 'other',
  name: string,
  people: number,
  roles: readonly Role[],
];
const OTHER_ORGANISATIONS: readonly Organisation[] = [
  [
    'central-government',
    'Ministry of Housing, Communities and Local Government',
    4,
    [
      ['Policy Adviser, Local Digital', [PROCUREMENT, AI, SKILLS], 2],
      ['Senior Policy Adviser', [INCLUSION, MARKET], 1],
      ['Deputy Director, Local Digital', [PROCUREMENT, AI], 1],
    ],
  ],
  [
    'central-government',
    'Department for Science, Innovation and Technology',
    3,
    [
      ['Policy Adviser', [AI, INCLUSION], 2],
      ['Head of Digital Inclusion Policy', [INCLUSION, SKILLS], 1],
    ],
  ],
  [
    'central-government',
    'Government Digital Service',
    3,
    [
      ['Technical Architect', [AI, PROCUREMENT], 1],
      ['Product Lead', [AI, INCLUSION], 1],
      ['Head of Standards', [PROCUREMENT, MARKET], 1],
    ],
  ],
  ['central-government', 'National Cyber Security Centre', 2, [['Local Government Engagement Lead', [CYBER], 1]]],
  ['central-government', 'Crown Commercial Service', 2, [['Commercial Agreement Manager', [PROCUREMENT, SME], 1]]],
  ['other-public-sector', 'NHS England', 2, [['Digital Programme Manager', [AI, INCLUSION], 1]]],
  ['other-public-sector', 'Police Digital Service', 1, [['Cyber Resilience Lead', [CYBER], 1]]],
  ['other-public-sector', 'Jisc', 1, [['Senior Consultant, Public Sector', [SKILLS, CYBER], 1]]],
  ['academia', 'University of Birmingham', 2, [['Research Fellow, Public Policy', [AI, INCLUSION], 1]]],
  ['academia', 'University of Leeds', 1, [['Lecturer in Digital Government', [AI, PROCUREMENT], 1]]],
  ['academia', 'Nottingham Trent University', 1, [['Senior Lecturer, Data Science', [AI], 1]]],
  ['voluntary-sector', 'Good Things Foundation', 3, [['Partnerships Manager', [INCLUSION, SKILLS], 1]]],
  ['voluntary-sector', 'AbilityNet', 2, [['Accessibility Consultant', [INCLUSION], 1]]],
  ['voluntary-sector', 'Citizens Advice', 2, [['Digital Advice Manager', [INCLUSION], 1]]],
  ['voluntary-sector', 'Age UK', 1, [['Digital Skills Programme Lead', [INCLUSION, SKILLS], 1]]],
  ['other', 'Socitm', 2, [['Head of Research', [MARKET, AI, CYBER], 1]]],
  ['other', 'iNetwork', 1, [['Programme Manager', [INCLUSION, SKILLS], 1]]],
];

const FIRST_NAMES = (
  'Aisha Alan Alice Amara Amir Andrew Anita Ben Bethany Bilal Callum Carys Catherine Charlotte Chloe Chris ' +
  'Claire Connor Daniel David Deborah Declan Deepa Eleanor Elena Eleri Ellie Emeka Emily Esther Fatima ' +
  'Fiona Gareth Gemma George Hamza Harriet Helen Imran Isla Jack Jade Jamal James Jane Jasmine Jason ' +
  'Jennifer Joanne Jonathan Joseph Karen Katie Kavita Kieran Laura Leah Liam Lucy Mahmood Marcus Maria Mark ' +
  'Matthew Megan Michael Mohammed Nadia Naomi Natalie Neil Nicola Niamh Oliver Olivia Paul Peter Philippa ' +
  'Rachel Rebecca Rhys Richard Rosie Ruth Ryan Saima Samuel Sarah Sean Shabana Simon Siobhan Stephen Stuart ' +
  'Tariq Thomas Tom Usha Victoria Wei William Yasmin Yusuf Zara Zoe'
).split(' ');
const SURNAMES = (
  'Adeyemi Ahmed Akhtar Allen Anderson Armstrong Atkinson Bailey Baker Barker Begum Bell Bennett Bradley ' +
  'Brooks Brown Burns Campbell Carter Chambers Chapman Chen Clarke Collins Cooper Cox Davies Dawson Dixon ' +
  'Doyle Edwards Evans Fletcher Foster Fraser Gill Graham Green Griffiths Hall Harris Hart Hassan Hill ' +
  'Holmes Howard Hussain Iqbal Jackson James Jenkins Johnson Jones Kaur Kelly Khan King Knight Lawrence Lee ' +
  'Lewis Lowe Marshall Martin Mason Matthews Mills Mitchell Moore Morgan Morris Murphy Murray Nelson Nguyen ' +
  'Nolan Obi Osei Owen Palmer Parker Parry Pearson Phillips Powell Quinn Reid Richards Roberts Robinson ' +
  'Rogers Russell Scott Shaw Simpson Singh Smith Stevens Stewart Sutton Taylor Thomas Thompson Townsend ' +
  'Walker Walsh Ward Watson Webb White Williams Wilson Wood Wright Yates Young'
).split(' ');

const ACCESSIBILITY_NEEDS = ['Live captions, please', 'Step-free access', 'Slides in advance for my screen reader'];

/**
 * The people of the year's history, the same every time for the same
 * councils list: the regulars who are also booked on upcoming events, then
 * people at councils (most counties, many unitaries, metropolitan and London
 * boroughs, a quarter of districts, so plenty are never reached), suppliers
 * of both sizes, central government and others.
 */
export function demoPeople(councils: readonly DemoCouncil[], random: DemoRandom): DemoPerson[] {
  const people: DemoPerson[] = [];
  const usedNames = new Set<string>();
  const usedEmails = new Set<string>();
  const regionOf = new Map(councils.map((council) => [council.gssCode, council.region]));

  for (const regular of UPCOMING_REGISTRANTS) {
    usedNames.add(regular.name);
    usedEmails.add(regular.email);
    const role = [...COUNCIL_ROLES, ...SME_ROLES, ...LARGE_ROLES].find(([title]) => title === regular.jobTitle);
    people.push({
      input: regular,
      region: regular.councilCode ? (regionOf.get(regular.councilCode) ?? null) : null,
      interests: role?.[1] ?? [AI, PROCUREMENT, CYBER, SKILLS],
      activity: 4 + random.next() * 2,
      reliability: 1.1,
      responsiveness: 1.3,
    });
  }

  const person = (
    details: Omit<RegistrationInput, 'name' | 'email' | 'jobTitle'>,
    role: Role,
    region: string | null,
  ): DemoPerson => {
    // techUK's members come to more of the programme than most council officers have time for.
    const keen = details.organisationType === 'supplier' ? 1.5 : 1;
    let name: string;
    do name = `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
    while (usedNames.has(name));
    usedNames.add(name);
    const local = name.toLowerCase().replace(/[^a-z]+/g, '.');
    let email = `${local}@example.org`;
    for (let n = 2; usedEmails.has(email); n++) email = `${local}${n}@example.org`;
    usedEmails.add(email);
    const consents = random.chance(0.3);
    return {
      input: {
        ...details,
        name,
        email,
        jobTitle: role[0],
        accessibilityNeeds: random.chance(0.04) ? random.pick(ACCESSIBILITY_NEEDS) : null,
        consentFollowUp: consents,
        consentFutureEvents: consents || random.chance(0.3),
      },
      region,
      interests: role[1],
      activity: keen * Math.exp(0.6 * random.normal()) * (role[2] >= 3 ? 1.2 : 1),
      reliability: 0.85 + random.next() * 0.3,
      responsiveness: 0.6 + random.next() * 0.8,
    };
  };
  const role = (roles: readonly Role[]) => random.weighted(roles.map((entry) => [entry, entry[2]] as const));

  for (const council of [...councils].sort((a, b) => a.gssCode.localeCompare(b.gssCode))) {
    const engagement = COUNCIL_ENGAGEMENT[council.type] ?? { chance: 0.3, people: [1, 1] as const };
    if (!random.chance(engagement.chance)) continue;
    const count = random.int(engagement.people[0], engagement.people[1]);
    for (let index = 0; index < count; index++) {
      people.push(
        person({ organisationType: 'council', councilCode: council.gssCode }, role(COUNCIL_ROLES), council.region),
      );
    }
  }
  for (const [name, specialism] of SME_SUPPLIERS) {
    if (UPCOMING_REGISTRANTS.some((regular) => regular.organisationName === name)) continue;
    for (let index = random.int(1, 3); index > 0; index--) {
      const chosen = role(SME_ROLES);
      people.push(
        person(
          { organisationType: 'supplier', organisationName: name, supplierSize: 'sme' },
          [chosen[0], [...new Set([specialism, ...chosen[1]])], chosen[2]] as const,
          null,
        ),
      );
    }
  }
  for (const name of LARGE_SUPPLIERS) {
    if (UPCOMING_REGISTRANTS.some((regular) => regular.organisationName === name)) continue;
    for (let index = random.int(1, 4); index > 0; index--) {
      people.push(
        person(
          { organisationType: 'supplier', organisationName: name, supplierSize: 'large' },
          role(LARGE_ROLES),
          null,
        ),
      );
    }
  }
  for (const [organisationType, organisationName, count, roles] of OTHER_ORGANISATIONS) {
    for (let index = 0; index < count; index++) {
      people.push(person({ organisationType, organisationName }, role(roles), null));
    }
  }
  return people;
}
