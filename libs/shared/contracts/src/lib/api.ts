import type { TaxonomyKind } from './taxonomy';

/**
 * Every error the API returns has this shape. `errors` is present for input
 * validation failures and maps a field path (`venue.postcode`, `speakers.0.name`)
 * to the messages for that field.
 */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  errors?: Record<string, string[]>;
}

export interface HealthResponse {
  status: 'ok' | 'error';
  database: 'up' | 'down';
}

export interface TaxonomyTerm {
  code: string;
  label: string;
  description: string;
}

export type TaxonomyResponse = Record<`${TaxonomyKind}s`, TaxonomyTerm[]>;

export interface OrganisationResponse {
  code: string;
  name: string;
  description: string;
  website: string;
}

export const COUNCIL_TYPES = [
  'County',
  'Non-metropolitan district',
  'Unitary authority',
  'Metropolitan district',
  'London borough',
  'City corporation',
] as const;
export type CouncilType = (typeof COUNCIL_TYPES)[number];

export interface CouncilResponse {
  /** ONS (GSS) code, for example E06000001. */
  gssCode: string;
  name: string;
  /** The short name people search by, for example "Hartlepool". */
  shortName: string;
  type: CouncilType;
  region: string;
}

export interface CouncilSearchResponse {
  items: CouncilResponse[];
  /** How many councils matched in all; `items` holds at most the requested limit. */
  total: number;
}
