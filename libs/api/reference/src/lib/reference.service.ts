import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  PARTNER_ORGANISATIONS,
  TAXONOMY_KINDS,
  TAXONOMY_TERMS,
  type CouncilResponse,
  type CouncilSearchResponse,
  type CouncilType,
  type OrganisationResponse,
  type TaxonomyResponse,
} from '@epm/shared/contracts';
import { In, Repository } from 'typeorm';
import { normaliseCouncilQuery, parseCouncilList } from './council-list';
import { CouncilEntity, OrganisationEntity, TaxonomyTermEntity } from './reference.entities';

interface IndexedCouncil {
  council: CouncilResponse;
  shortName: string;
  words: string[];
  fullName: string;
}

/**
 * Keeps the reference data (partners, taxonomy, councils) in the database in
 * step with what ships in the code, and answers look-ups over it. The sync is
 * an upsert of what differs, so several processes starting together are safe.
 */
@Injectable()
export class ReferenceService implements OnModuleInit {
  private readonly logger = new Logger(ReferenceService.name);
  private councilIndex: IndexedCouncil[] = [];

  constructor(
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    @InjectRepository(CouncilEntity) private readonly councils: Repository<CouncilEntity>,
    @InjectRepository(TaxonomyTermEntity) private readonly terms: Repository<TaxonomyTermEntity>,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.syncReferenceData();
  }

  async syncReferenceData(): Promise<void> {
    const changed = (await this.syncPartners()) + (await this.syncTaxonomy()) + (await this.syncCouncils());
    if (changed > 0) this.logger.log({ msg: 'Reference data updated', rows: changed });
    await this.loadCouncilIndex();
  }

  async listOrganisations(): Promise<OrganisationResponse[]> {
    const rows = await this.organisations.find({ order: { isPartner: 'DESC', name: 'ASC' } });
    return rows.map(({ code, name, description, website }) => ({ code, name, description, website }));
  }

  async taxonomy(): Promise<TaxonomyResponse> {
    const rows = await this.terms.find({ order: { sortOrder: 'ASC' } });
    const byKind = (kind: string) =>
      rows.filter((row) => row.kind === kind).map(({ code, label, description }) => ({ code, label, description }));
    return {
      eventTypes: byKind('eventType'),
      themes: byKind('theme'),
      missions: byKind('mission'),
      enablers: byKind('enabler'),
      principles: byKind('principle'),
    };
  }

  /**
   * Type-ahead over current councils: short names that start with the query
   * first, then names with a word starting with it, then any containing it.
   * A GSS code matches exactly.
   */
  searchCouncils(query: string | undefined, limit = 10): CouncilSearchResponse {
    const q = normaliseCouncilQuery(query ?? '');
    if (!q) {
      return {
        items: this.councilIndex.slice(0, limit).map((entry) => entry.council),
        total: this.councilIndex.length,
      };
    }
    const code = q.toUpperCase();
    const ranked: { rank: number; council: CouncilResponse }[] = [];
    for (const entry of this.councilIndex) {
      const rank =
        entry.council.gssCode === code || entry.shortName.startsWith(q)
          ? 0
          : entry.words.some((word) => word.startsWith(q))
            ? 1
            : entry.fullName.includes(q)
              ? 2
              : -1;
      if (rank >= 0) ranked.push({ rank, council: entry.council });
    }
    ranked.sort((a, b) => a.rank - b.rank || a.council.shortName.localeCompare(b.council.shortName, 'en-GB'));
    return { items: ranked.slice(0, limit).map((entry) => entry.council), total: ranked.length };
  }

  findCouncil(gssCode: string): CouncilResponse | undefined {
    return this.councilIndex.find((entry) => entry.council.gssCode === gssCode)?.council;
  }

  private async syncPartners(): Promise<number> {
    const existing = new Map((await this.organisations.find()).map((row) => [row.code, row]));
    const missing = PARTNER_ORGANISATIONS.filter((partner) => !existing.has(partner.code));
    if (missing.length === 0) return 0;
    await this.organisations
      .createQueryBuilder()
      .insert()
      .values(missing.map((partner) => ({ ...partner, isPartner: true })))
      .orIgnore()
      .execute();
    return missing.length;
  }

  private async syncTaxonomy(): Promise<number> {
    const wanted = TAXONOMY_TERMS.map((term, index) => ({
      code: term.code,
      kind: term.kind,
      label: term.label,
      description: term.description,
      sortOrder: TAXONOMY_KINDS.indexOf(term.kind) * 100 + index,
    }));
    const existing = new Map((await this.terms.find()).map((row) => [row.code, row]));
    const changed = wanted.filter((term) => !sameFields(existing.get(term.code), term));
    if (changed.length > 0) await this.terms.upsert(changed, ['code']);
    return changed.length;
  }

  private async syncCouncils(): Promise<number> {
    const wanted = parseCouncilList().map((council) => ({ ...council, current: true }));
    const wantedCodes = new Set(wanted.map((council) => council.gssCode));
    const existing = await this.councils.find();
    const byCode = new Map(existing.map((row) => [row.gssCode, row]));
    const changed = wanted.filter((council) => !sameFields(byCode.get(council.gssCode), council));
    if (changed.length > 0) await this.councils.upsert(changed, ['gssCode']);
    const retired = existing.filter((row) => row.current && !wantedCodes.has(row.gssCode)).map((row) => row.gssCode);
    if (retired.length > 0) await this.councils.update({ gssCode: In(retired) }, { current: false });
    return changed.length + retired.length;
  }

  private async loadCouncilIndex(): Promise<void> {
    const rows = await this.councils.find({ where: { current: true }, order: { shortName: 'ASC' } });
    this.councilIndex = rows.map((row) => {
      const council: CouncilResponse = {
        gssCode: row.gssCode,
        name: row.name,
        shortName: row.shortName,
        type: row.type as CouncilType,
        region: row.region,
      };
      const fullName = normaliseCouncilQuery(`${row.shortName} ${row.name}`);
      return { council, shortName: normaliseCouncilQuery(row.shortName), words: fullName.split(' '), fullName };
    });
  }
}

function sameFields<T extends object>(row: T | undefined, wanted: T): boolean {
  return !!row && (Object.keys(wanted) as (keyof T)[]).every((key) => row[key] === wanted[key]);
}
