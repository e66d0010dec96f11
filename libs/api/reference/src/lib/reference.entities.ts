import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('organisations')
export class OrganisationEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 32, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 500 })
  description!: string;

  @Column({ type: 'varchar', length: 300 })
  website!: string;

  /** True for the MoU partners, who lead and co-lead events. */
  @Column({ name: 'is_partner', type: 'boolean' })
  isPartner!: boolean;
}

@Entity('councils')
export class CouncilEntity {
  @PrimaryColumn({ name: 'gss_code', type: 'varchar', length: 9 })
  gssCode!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'short_name', type: 'varchar', length: 200 })
  shortName!: string;

  @Column({ type: 'varchar', length: 40 })
  type!: string;

  @Column({ type: 'varchar', length: 40 })
  region!: string;

  /** For a district, the GSS code of its county council. */
  @Column({ name: 'county_gss_code', type: 'varchar', length: 9, nullable: true })
  countyGssCode!: string | null;

  /** False once a council leaves the reference list (reorganisation); kept so history still resolves. */
  @Column({ type: 'boolean' })
  current!: boolean;
}

@Entity('taxonomy_terms')
export class TaxonomyTermEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: string;

  @Column({ type: 'varchar', length: 200 })
  label!: string;

  @Column({ type: 'varchar', length: 500 })
  description!: string;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder!: number;
}
