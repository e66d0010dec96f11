import type { SchemaDefinition } from '@epm/api/platform';
import { CouncilEntity, OrganisationEntity, TaxonomyTermEntity } from '@epm/api/reference';
import { ReferenceData1795400000000 } from '../migrations/1795400000000-reference-data';

/**
 * Every entity and every migration, in order. Migrations are only ever
 * appended: a landed migration is never edited (schema.spec.ts checks the order).
 */
export const SCHEMA: SchemaDefinition = {
  entities: [OrganisationEntity, CouncilEntity, TaxonomyTermEntity],
  migrations: [ReferenceData1795400000000],
};
