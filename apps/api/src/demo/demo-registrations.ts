import type { INestApplication } from '@nestjs/common';
import { EventEntity } from '@epm/api/events';
import { RegistrationEntity, RegistrationsService } from '@epm/api/registrations';
import type { RegistrationInput } from '@epm/shared/contracts';
import { DataSource } from 'typeorm';

/** Fictional people at real councils and made-up suppliers (example.org addresses, which cannot receive mail). */
export const PEOPLE: RegistrationInput[] = (
  [
    { name: 'Aisha Rahman', organisationType: 'council', councilCode: 'E08000003', jobTitle: 'Head of Digital' },
    {
      name: 'Tom Whitaker',
      organisationType: 'council',
      councilCode: 'E10000016',
      jobTitle: 'Chief Information Officer',
    },
    { name: 'Grace Mensah', organisationType: 'council', councilCode: 'E06000023', jobTitle: 'Cyber Security Lead' },
    { name: 'Owen Price', organisationType: 'council', councilCode: 'E09000012', jobTitle: 'Service Design Manager' },
    {
      name: 'Hannah Cole',
      organisationType: 'council',
      councilCode: 'E08000019',
      jobTitle: 'Digital Inclusion Officer',
    },
    { name: 'Ravi Patel', organisationType: 'council', councilCode: 'E06000052', jobTitle: 'Procurement Manager' },
    {
      name: 'Sophie Turner',
      organisationType: 'supplier',
      organisationName: 'Northgate Cloud Ltd',
      supplierSize: 'sme',
      jobTitle: 'Founder',
    },
    {
      name: 'James Okoro',
      organisationType: 'supplier',
      organisationName: 'Brightline Data',
      supplierSize: 'sme',
      jobTitle: 'Public Sector Lead',
    },
    {
      name: 'Emma Lloyd',
      organisationType: 'supplier',
      organisationName: 'Atlas Systems plc',
      supplierSize: 'large',
      jobTitle: 'Account Director, Local Government',
    },
    {
      name: 'Daniel Hughes',
      organisationType: 'central-government',
      organisationName: 'Department for Science, Innovation and Technology',
      jobTitle: 'Policy Adviser',
    },
    {
      name: 'Priya Shah',
      organisationType: 'council',
      councilCode: 'E08000035',
      jobTitle: 'Data and Insight Manager',
      accessibilityNeeds: 'Live captions, please',
    },
    {
      name: 'Mark Ellis',
      organisationType: 'academia',
      organisationName: 'University of Birmingham',
      jobTitle: 'Research Fellow',
    },
  ] satisfies Omit<RegistrationInput, 'email'>[]
).map((person) => ({
  ...person,
  email: `${person.name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.org`,
  consentFollowUp: true,
}));

/**
 * Registrations for the upcoming demo events, through the same service the
 * public form uses, so the organisers' lists, the waitlist and the outbox
 * have something to show. Skipped once any registration exists, and for
 * events whose registration has closed by the time the demo starts.
 */
export async function seedDemoRegistrations(app: INestApplication): Promise<number> {
  const dataSource = app.get(DataSource);
  if ((await dataSource.getRepository(RegistrationEntity).count()) > 0) return 0;
  const registrations = app.get(RegistrationsService);
  const upcoming = await dataSource
    .getRepository(EventEntity)
    .createQueryBuilder('event')
    .where("event.status = 'published'")
    .andWhere('event.startsAt > :now', { now: new Date() })
    .orderBy('event.startsAt', 'ASC')
    .getMany();
  let created = 0;
  for (const [index, event] of upcoming.entries()) {
    const state = (await registrations.availability(event.id)).state;
    if (!['open', 'waitlist', 'approval'].includes(state)) continue;
    for (const person of PEOPLE.slice(index, index + 8)) {
      await registrations.register(event.id, person, { source: 'public', ip: null });
      created += 1;
    }
  }
  return created;
}
