// The declaration must travel with this file into every project that compiles it (apps and other libraries).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./csv.d.ts" />
import { parse } from 'csv-parse/sync';
import { COUNCIL_TYPES, CouncilType } from '@epm/shared/contracts';
import councilsCsv from './data/english-councils.csv';

export interface CouncilRecord {
  gssCode: string;
  name: string;
  shortName: string;
  type: CouncilType;
  region: string;
  countyGssCode: string | null;
}

interface CsvRow {
  gss_code: string;
  name: string;
  type: string;
  region: string;
  nice_name: string;
  county_gss_code: string;
}

/**
 * Parses the reference list of English principal councils (see data/SOURCE.md
 * for its origin and licence). Throws on a row the product could not trust.
 */
export function parseCouncilList(csv: string = councilsCsv): CouncilRecord[] {
  const rows = parse(csv, { columns: true, skip_empty_lines: true, trim: true }) as CsvRow[];
  return rows.map((row, index) => {
    if (!/^E\d{8}$/.test(row.gss_code)) {
      throw new Error(`Council list row ${index + 2}: "${row.gss_code}" is not an English GSS code`);
    }
    if (!(COUNCIL_TYPES as readonly string[]).includes(row.type)) {
      throw new Error(`Council list row ${index + 2}: unknown council type "${row.type}"`);
    }
    return {
      gssCode: row.gss_code,
      name: row.name,
      shortName: row.nice_name || row.name,
      type: row.type as CouncilType,
      region: row.region,
      countyGssCode: row.county_gss_code || null,
    };
  });
}

/** Lower case, "&" as "and", punctuation dropped: "St. Helens" and "st helens" compare equal. */
export function normaliseCouncilQuery(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9 ]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
