/** The two MoU partners. Every event is led by one of them, optionally jointly with the other. */
export const PARTNER_ORGANISATIONS = [
  {
    code: 'techuk',
    name: 'techUK',
    description: 'The trade association of the UK technology industry.',
    website: 'https://www.techuk.org',
  },
  {
    code: 'lga',
    name: 'Local Government Association',
    description: 'The national voice of the councils of England.',
    website: 'https://www.local.gov.uk',
  },
] as const;

export type PartnerOrganisationCode = (typeof PARTNER_ORGANISATIONS)[number]['code'];
