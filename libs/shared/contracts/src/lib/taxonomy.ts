/**
 * The programme's shared vocabulary: event types, and the tags events carry
 * (the MoU focus areas and the LGA Local Government Digitalisation Framework's
 * missions, enablers and principles). Codes are stable identifiers stored in
 * the database and used in URLs; labels are what people read.
 */

export const EVENT_TYPES = ['workshop', 'webinar', 'roundtable', 'consultation'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const TAXONOMY_KINDS = ['eventType', 'theme', 'mission', 'enabler', 'principle'] as const;
export type TaxonomyKind = (typeof TAXONOMY_KINDS)[number];

export interface TaxonomyTermDefinition {
  readonly code: string;
  readonly kind: TaxonomyKind;
  readonly label: string;
  readonly description: string;
}

export const EVENT_TYPE_TERMS: readonly TaxonomyTermDefinition[] = [
  {
    code: 'workshop',
    kind: 'eventType',
    label: 'Workshop',
    description: 'A working session where councils and suppliers solve a shared problem together.',
  },
  {
    code: 'webinar',
    kind: 'eventType',
    label: 'Webinar',
    description: 'An online briefing or presentation with questions from the audience.',
  },
  {
    code: 'roundtable',
    kind: 'eventType',
    label: 'Roundtable',
    description: 'A small, usually invite-only discussion between senior people.',
  },
  {
    code: 'consultation',
    kind: 'eventType',
    label: 'Consultation',
    description: 'A joint consultation that gathers views on named questions by a closing date.',
  },
];

/** The focus areas named by the MoU, plus the two market themes it calls out. */
export const THEME_TERMS: readonly TaxonomyTermDefinition[] = [
  {
    code: 'procurement-reform',
    kind: 'theme',
    label: 'Procurement reform',
    description: 'Flexible, outcome-based procurement and easier routes to market.',
  },
  {
    code: 'digital-skills',
    kind: 'theme',
    label: 'Digital skills',
    description: 'Skills and capability of council staff, members and residents.',
  },
  {
    code: 'artificial-intelligence',
    kind: 'theme',
    label: 'Artificial intelligence',
    description: 'Safe, ethical and effective use of AI in local government.',
  },
  {
    code: 'cybersecurity',
    kind: 'theme',
    label: 'Cybersecurity',
    description: 'Cyber resilience of councils and their supply chains.',
  },
  {
    code: 'digital-inclusion',
    kind: 'theme',
    label: 'Digital inclusion',
    description: 'Making sure residents can get online and use digital services.',
  },
  {
    code: 'market-intelligence',
    kind: 'theme',
    label: 'Market intelligence',
    description: 'What councils need and what the market can offer them.',
  },
  {
    code: 'sme-access',
    kind: 'theme',
    label: 'Access for SMEs',
    description: 'Making it easier for tech companies, particularly SMEs, to work with local government.',
  },
];

export const MISSION_TERMS: readonly TaxonomyTermDefinition[] = [
  {
    code: 'mission-services',
    kind: 'mission',
    label: 'Services transformed by digital technology and data',
    description: 'Mission 1 of the Local Government Digitalisation Framework.',
  },
  {
    code: 'mission-residents',
    kind: 'mission',
    label: 'Residents thriving with digital skills, tools and opportunities',
    description: 'Mission 2 of the Local Government Digitalisation Framework.',
  },
  {
    code: 'mission-places',
    kind: 'mission',
    label: 'Digitally equipped places with secure, sustainable connectivity and infrastructure',
    description: 'Mission 3 of the Local Government Digitalisation Framework.',
  },
];

export const ENABLER_TERMS: readonly TaxonomyTermDefinition[] = [
  { code: 'enabler-data', kind: 'enabler', label: 'Data and analytics', description: 'Enabler of the framework.' },
  { code: 'enabler-connectivity', kind: 'enabler', label: 'Connectivity', description: 'Enabler of the framework.' },
  {
    code: 'enabler-leadership',
    kind: 'enabler',
    label: 'Leadership and governance',
    description: 'Enabler of the framework.',
  },
  {
    code: 'enabler-capability',
    kind: 'enabler',
    label: 'Capability',
    description: 'Skills, knowledge and resources.',
  },
  {
    code: 'enabler-collaboration',
    kind: 'enabler',
    label: 'Collaboration',
    description: 'Between councils, and with public, private and community partners.',
  },
  {
    code: 'enabler-value',
    kind: 'enabler',
    label: 'Value for money',
    description: 'Tangible benefits.',
  },
];

export const PRINCIPLE_TERMS: readonly TaxonomyTermDefinition[] = [
  { code: 'principle-democratic', kind: 'principle', label: 'Democratic', description: 'Principle of the framework.' },
  { code: 'principle-ethical', kind: 'principle', label: 'Ethical', description: 'Principle of the framework.' },
  { code: 'principle-inclusive', kind: 'principle', label: 'Inclusive', description: 'Principle of the framework.' },
  {
    code: 'principle-sustainable',
    kind: 'principle',
    label: 'Sustainable',
    description: 'Principle of the framework.',
  },
  {
    code: 'principle-cyber-resilient',
    kind: 'principle',
    label: 'Cyber-resilient',
    description: 'Principle of the framework.',
  },
  {
    code: 'principle-user-centric',
    kind: 'principle',
    label: 'User-centric',
    description: 'Principle of the framework.',
  },
];

/** Every term, in display order within each kind. */
export const TAXONOMY_TERMS: readonly TaxonomyTermDefinition[] = [
  ...EVENT_TYPE_TERMS,
  ...THEME_TERMS,
  ...MISSION_TERMS,
  ...ENABLER_TERMS,
  ...PRINCIPLE_TERMS,
];
