import { randomInt } from 'node:crypto';
import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { auditActor, AuditService } from '@epm/api/audit';
import { EventsService } from '@epm/api/events';
import { insertRows, type Principal } from '@epm/api/platform';
import { CouncilEntity } from '@epm/api/reference';
import { normaliseEmail, RegistrationEntity, RegistrationsService } from '@epm/api/registrations';
import type {
  AttendanceChange,
  AttendanceCounts,
  AttendanceEntry,
  AttendanceImportResult,
  AttendanceListResponse,
  AttendanceSource,
  AttendanceStatus,
  CheckInRequest,
  CheckInResponse,
  ImportedPerson,
  MarkNoShowsResponse,
  RegistrationInput,
} from '@epm/shared/contracts';
import { DataSource, type EntityManager, In, QueryFailedError } from 'typeorm';
import { AttendanceRecordEntity, CheckInCodeEntity } from './attendance.entities';
import { parseAttendanceReport, type ReportPerson, ReportFormatError } from './report-parser';

/** Letters and digits that cannot be mistaken for each other when typed from a screen (no 0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;

function newCheckInCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

export interface ImportOptions {
  dryRun: boolean;
  minimumMinutes: number;
  addUnmatched: boolean;
}

/**
 * Who came: check-in at the door (by a tap or the QR code from the
 * confirmation email), walk-ins, platform reports from Teams and Zoom,
 * backfilled lists for events run before this product, and marking the
 * rest as no-shows afterwards.
 */
@Injectable()
export class AttendanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly registrations: RegistrationsService,
    private readonly audit: AuditService,
  ) {}

  async list(eventId: number, principal: Principal, q?: string): Promise<AttendanceListResponse> {
    await this.events.managedEvent(eventId, principal);
    let entries = await this.entries(this.dataSource.manager, eventId);
    if (q) {
      const words = q.toLowerCase().split(/\s+/).filter(Boolean);
      entries = entries.filter((entry) =>
        words.every((word) => `${entry.name} ${entry.email} ${entry.organisation}`.toLowerCase().includes(word)),
      );
    }
    return { items: entries, counts: await this.counts(this.dataSource.manager, eventId) };
  }

  async checkIn(
    eventId: number,
    request: CheckInRequest,
    principal: Principal,
    ip: string | null,
  ): Promise<CheckInResponse> {
    return this.registrations.transaction(async (manager) => {
      const event = await this.events.managedEvent(eventId, principal, manager);
      if (event.status === 'draft' || event.status === 'cancelled') {
        throw new ConflictException(`Nobody can be checked in to a ${event.status} event`);
      }
      const registrationId = request.code
        ? await this.registrationForCode(manager, eventId, request.code)
        : request.registrationId;
      const registration = registrationId
        ? await manager.findOneBy(RegistrationEntity, { id: registrationId, eventId })
        : null;
      if (!registration || registration.erasedAt) {
        throw new UnprocessableEntityException({
          message: 'Check the highlighted fields',
          errors: { [request.code ? 'code' : 'registrationId']: ['No registration for this event matches'] },
        });
      }
      if (registration.status !== 'confirmed') {
        throw new ConflictException(
          `${registration.name} is ${registration.status}, not confirmed: give them a place before checking them in`,
        );
      }
      const existing = await manager.findOneBy(AttendanceRecordEntity, { registrationId: registration.id });
      if (existing?.status !== 'attended') {
        await this.record(manager, registration, 'attended', null, 'check-in', new Date());
        await this.audited(manager, principal, ip, 'attendance.checked-in', registration);
      }
      return this.response(manager, eventId, registration.id);
    });
  }

  async undo(eventId: number, registrationId: number, principal: Principal, ip: string | null) {
    return this.registrations.transaction(async (manager) => {
      await this.events.managedEvent(eventId, principal, manager);
      const registration = await manager.findOneBy(RegistrationEntity, { id: registrationId, eventId });
      if (!registration) throw new NotFoundException('No such registration');
      await manager.delete(AttendanceRecordEntity, { registrationId });
      await this.audited(manager, principal, ip, 'attendance.check-in-undone', registration);
      return this.response(manager, eventId, registrationId);
    });
  }

  async walkIn(eventId: number, input: RegistrationInput, principal: Principal, ip: string | null) {
    return this.registrations.transaction(async (manager) => {
      const event = await this.events.managedEvent(eventId, principal, manager);
      if (event.status === 'draft' || event.status === 'cancelled') {
        throw new ConflictException(`Nobody can be checked in to a ${event.status} event`);
      }
      const registration = await this.registrations.addAttendee(manager, eventId, input, principal, ip, 'walk-in');
      if (registration.status !== 'confirmed') {
        throw new ConflictException(`${registration.name} is already registered and ${registration.status}`);
      }
      await this.record(manager, registration, 'attended', null, 'walk-in', new Date());
      return this.response(manager, eventId, registration.id);
    });
  }

  async change(
    eventId: number,
    registrationId: number,
    change: AttendanceChange,
    principal: Principal,
    ip: string | null,
  ): Promise<AttendanceEntry> {
    return this.registrations.transaction(async (manager) => {
      await this.events.managedEvent(eventId, principal, manager);
      const registration = await manager.findOneBy(RegistrationEntity, { id: registrationId, eventId });
      if (!registration || registration.erasedAt) throw new NotFoundException('No such registration');
      if (change.status === 'not-recorded') await manager.delete(AttendanceRecordEntity, { registrationId });
      else await this.record(manager, registration, change.status, change.minutesAttended ?? null, 'manual', null);
      await this.audited(manager, principal, ip, 'attendance.changed', registration, { to: change.status });
      return (await this.entries(manager, eventId, [registrationId]))[0] as AttendanceEntry;
    });
  }

  /** After the event: everyone confirmed whose attendance is not recorded becomes a no-show. */
  async markNoShows(eventId: number, principal: Principal, ip: string | null): Promise<MarkNoShowsResponse> {
    return this.registrations.transaction(async (manager) => {
      const event = await this.events.managedEvent(eventId, principal, manager);
      if (event.startsAt.getTime() > Date.now()) {
        throw new ConflictException('No-shows can be marked once the event has started');
      }
      const confirmed = await manager.find(RegistrationEntity, { where: { eventId, status: 'confirmed' } });
      const recorded = new Set(
        (await manager.find(AttendanceRecordEntity, { where: { eventId } })).map((record) => record.registrationId),
      );
      const rest = confirmed.filter((registration) => !recorded.has(registration.id) && !registration.erasedAt);
      for (const registration of rest) await this.record(manager, registration, 'no-show', null, 'manual', null);
      await this.audit.record(
        {
          actor: auditActor(principal),
          action: 'attendance.no-shows-marked',
          entityType: 'event',
          entityId: eventId,
          ip,
          details: { marked: rest.length },
        },
        manager,
      );
      return { marked: rest.length, counts: await this.counts(manager, eventId) };
    });
  }

  /**
   * Imports a Teams, Zoom or spreadsheet attendance report. A dry run shows
   * what would change; the commit applies exactly that. Matching is by email,
   * ignoring case. Importing the same file again changes nothing.
   */
  async importReport(
    eventId: number,
    bytes: Buffer,
    options: ImportOptions,
    principal: Principal,
    ip: string | null,
  ): Promise<AttendanceImportResult> {
    let report;
    try {
      report = parseAttendanceReport(bytes);
    } catch (error) {
      if (error instanceof ReportFormatError) {
        throw new UnprocessableEntityException({ message: error.message, errors: { file: [error.message] } });
      }
      throw error;
    }
    const work = async (manager: EntityManager): Promise<AttendanceImportResult> => {
      const event = await this.events.managedEvent(eventId, principal, manager);
      if (event.status === 'draft' || event.status === 'cancelled') {
        throw new ConflictException(`Attendance cannot be recorded for a ${event.status} event`);
      }
      const registrations = await manager.find(RegistrationEntity, { where: { eventId } });
      const byEmail = new Map(registrations.filter((row) => !row.erasedAt).map((row) => [row.emailKey, row] as const));
      const records = new Map(
        (await manager.find(AttendanceRecordEntity, { where: { eventId } })).map((row) => [row.registrationId, row]),
      );
      const result: AttendanceImportResult = {
        format: report.format,
        committed: !options.dryRun,
        minimumMinutes: options.minimumMinutes,
        matched: [],
        unmatched: [],
        alreadyRecorded: [],
        skippedRows: report.skippedRows,
        counts: { confirmed: 0, attended: 0, noShow: 0, notRecorded: 0 },
      };
      const councils = await this.knownCouncils(manager, report.people);
      for (const person of report.people) {
        const outcome = outcomeOf(person, options.minimumMinutes);
        const imported: ImportedPerson = { email: person.email, name: person.name, minutes: person.minutes, outcome };
        const registration = byEmail.get(normaliseEmail(person.email));
        if (!registration) {
          result.unmatched.push(imported);
          if (!options.dryRun && options.addUnmatched) {
            const added = await this.registrations.addAttendee(
              manager,
              eventId,
              inputFromReport(person, councils),
              principal,
              ip,
              'import',
            );
            await this.record(manager, added, outcome, person.minutes, 'import', null);
          }
          continue;
        }
        const current = records.get(registration.id);
        if (current && current.status === outcome && current.minutesAttended === person.minutes) {
          result.alreadyRecorded.push(imported);
          continue;
        }
        result.matched.push(imported);
        if (!options.dryRun) await this.record(manager, registration, outcome, person.minutes, 'import', null);
      }
      if (!options.dryRun) {
        await this.audit.record(
          {
            actor: auditActor(principal),
            action: 'attendance.imported',
            entityType: 'event',
            entityId: eventId,
            ip,
            details: {
              format: report.format,
              matched: result.matched.length,
              added: options.addUnmatched ? result.unmatched.length : 0,
            },
          },
          manager,
        );
      }
      result.counts = await this.counts(manager, eventId);
      return result;
    };
    return options.dryRun ? work(this.dataSource.manager) : this.registrations.transaction(work);
  }

  /**
   * The check-in codes for registrations of one event (for their QR codes), each created the first time it
   * is asked for: one read for those that have one sent with a check of new codes for everyone, one insert,
   * and another check and insert for any proposed code that was taken.
   */
  async codesFor(
    manager: EntityManager,
    eventId: number,
    registrationIds: readonly number[],
  ): Promise<Map<number, string>> {
    const codes = new Map<number, string>();
    if (!registrationIds.length) return codes;
    const unique = [...new Set(registrationIds)];
    const takenOf = async (proposed: Map<number, string>) =>
      new Set(
        (
          await manager.find(CheckInCodeEntity, {
            select: { code: true },
            where: { eventId, code: In([...proposed.values()]) },
          })
        ).map(({ code }) => code),
      );
    // New codes for everyone are proposed and checked beside the read of those that exist (sent together).
    let proposed = new Map(unique.map((id) => [id, newCheckInCode()]));
    const [existing, takenFirst] = await Promise.all([
      manager.findBy(CheckInCodeEntity, { registrationId: In(unique) }),
      takenOf(proposed),
    ]);
    let taken = takenFirst;
    for (const row of existing) codes.set(row.registrationId, row.code);
    let missing = unique.filter((id) => !codes.has(id));
    for (let round = 0; missing.length; round++) {
      if (round > 5) throw new Error('Could not find free check-in codes');
      if (round > 0) {
        proposed = new Map(missing.map((id) => [id, newCheckInCode()]));
        taken = await takenOf(proposed);
      }
      const rows: CheckInCodeEntity[] = [];
      for (const registrationId of missing) {
        const code = proposed.get(registrationId) as string;
        if (taken.has(code)) continue;
        taken.add(code);
        rows.push({ registrationId, eventId, code });
      }
      if (rows.length) {
        await insertRows(manager, CheckInCodeEntity, rows);
      }
      for (const row of rows) codes.set(row.registrationId, row.code);
      missing = missing.filter((id) => !codes.has(id));
    }
    return codes;
  }

  private async registrationForCode(manager: EntityManager, eventId: number, code: string): Promise<number | null> {
    const cleaned = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
    const row = await manager.findOneBy(CheckInCodeEntity, { eventId, code: cleaned });
    return row?.registrationId ?? null;
  }

  private async record(
    manager: EntityManager,
    registration: RegistrationEntity,
    status: Exclude<AttendanceStatus, 'not-recorded'>,
    minutes: number | null,
    source: AttendanceSource,
    checkedInAt: Date | null,
  ): Promise<void> {
    const values = {
      eventId: registration.eventId,
      status,
      minutesAttended: minutes,
      checkedInAt,
      source,
      updatedAt: new Date(),
    };
    const updated = await manager.update(AttendanceRecordEntity, { registrationId: registration.id }, values);
    if (updated.affected) return;
    try {
      await manager.insert(AttendanceRecordEntity, { registrationId: registration.id, ...values });
    } catch (error) {
      // A second tap raced the first: the record exists now, so update it.
      if (!(error instanceof QueryFailedError)) throw error;
      await manager.update(AttendanceRecordEntity, { registrationId: registration.id }, values);
    }
  }

  private async audited(
    manager: EntityManager,
    principal: Principal,
    ip: string | null,
    action: string,
    registration: RegistrationEntity,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    await this.audit.record(
      {
        actor: auditActor(principal),
        action,
        entityType: 'registration',
        entityId: registration.id,
        ip,
        details: { eventId: registration.eventId, ...details },
      },
      manager,
    );
  }

  private async response(manager: EntityManager, eventId: number, registrationId: number): Promise<CheckInResponse> {
    const [entry] = await this.entries(manager, eventId, [registrationId]);
    if (!entry) throw new NotFoundException('No such registration');
    return { entry, counts: await this.counts(manager, eventId) };
  }

  /** Confirmed registrations, and anyone else whose attendance was recorded, with their attendance. */
  private async entries(manager: EntityManager, eventId: number, ids?: number[]): Promise<AttendanceEntry[]> {
    const registrations = await manager.find(RegistrationEntity, {
      where: ids ? { eventId, id: In(ids) } : { eventId },
      order: { name: 'ASC', id: 'ASC' },
    });
    const records = new Map(
      (await manager.find(AttendanceRecordEntity, { where: { eventId } })).map((row) => [row.registrationId, row]),
    );
    const councilCodes = [...new Set(registrations.map((row) => row.councilCode).filter(Boolean))] as string[];
    const councils = new Map(
      (councilCodes.length ? await manager.findBy(CouncilEntity, { gssCode: In(councilCodes) }) : []).map((row) => [
        row.gssCode,
        row.name,
      ]),
    );
    return registrations
      .filter((row) => !row.erasedAt && (row.status === 'confirmed' || records.has(row.id)))
      .map((row) => {
        const record = records.get(row.id);
        return {
          registrationId: row.id,
          name: row.name ?? '',
          email: row.email ?? '',
          organisation: (row.councilCode ? councils.get(row.councilCode) : row.organisationName) ?? '',
          organisationType: row.organisationType,
          registrationStatus: row.status,
          attendance: record?.status ?? 'not-recorded',
          minutesAttended: record?.minutesAttended ?? null,
          checkedInAt: record?.checkedInAt?.toISOString() ?? null,
          source: record?.source ?? null,
        };
      });
  }

  async counts(manager: EntityManager, eventId: number): Promise<AttendanceCounts> {
    const confirmed = await manager.find(RegistrationEntity, {
      select: { id: true },
      where: { eventId, status: 'confirmed' },
    });
    const records = await manager.find(AttendanceRecordEntity, { where: { eventId } });
    const status = new Map(records.map((row) => [row.registrationId, row.status]));
    const attended = records.filter((row) => row.status === 'attended').length;
    const noShow = records.filter((row) => row.status === 'no-show').length;
    return {
      confirmed: confirmed.length,
      attended,
      noShow,
      notRecorded: confirmed.filter((row) => !status.has(row.id)).length,
    };
  }

  private async knownCouncils(manager: EntityManager, people: ReportPerson[]): Promise<Map<string, string>> {
    const wanted = people.map((person) => person.council).filter((value): value is string => !!value);
    if (!wanted.length) return new Map();
    const all = await manager.find(CouncilEntity);
    const byKey = new Map<string, string>();
    for (const council of all) {
      byKey.set(council.gssCode.toLowerCase(), council.gssCode);
      byKey.set(council.name.toLowerCase(), council.gssCode);
    }
    return byKey;
  }
}

/** Attended unless the file says not, or the time in the session is under the threshold. */
function outcomeOf(person: ReportPerson, minimumMinutes: number): 'attended' | 'no-show' {
  if (person.attended === false) return 'no-show';
  if (person.minutes !== null && person.minutes < minimumMinutes) return 'no-show';
  return 'attended';
}

/**
 * A registration for someone found only in a report. Platform reports give a
 * name and email; a spreadsheet may give the organisation too. Without it the
 * organisation type is "other" and the organisation is the email's domain, so
 * nobody is counted as a council or supplier on a guess.
 */
function inputFromReport(person: ReportPerson, councils: Map<string, string>): RegistrationInput {
  const councilCode = person.council ? councils.get(person.council.toLowerCase()) : undefined;
  const type = person.organisationType === 'council' && !councilCode ? 'other' : (person.organisationType ?? 'other');
  return {
    name: person.name.slice(0, 200),
    email: person.email,
    organisationType: type,
    councilCode: type === 'council' ? councilCode : null,
    organisationName:
      type === 'council' ? null : (person.organisationName ?? person.email.split('@')[1] ?? 'Unknown').slice(0, 200),
    supplierSize: type === 'supplier' ? (person.supplierSize ?? null) : null,
    jobTitle: '',
  };
}
