import { createHash } from 'node:crypto';
import {
  ConflictException,
  HttpException,
  Injectable,
  NotFoundException,
  type OnModuleInit,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { auditActor, AuditService } from '@epm/api/audit';
import { type EventCapacityChanged, EventEntity, EventsService } from '@epm/api/events';
import {
  AppConfig,
  csvRow,
  DomainEventBus,
  insertRows,
  KeyedBatcher,
  type Principal,
  type Settled,
  settledError,
  settledValue,
} from '@epm/api/platform';
import { CouncilEntity } from '@epm/api/reference';
import {
  type EventAvailability,
  type ManagedRegistration,
  ORGANISATION_TYPE_LABELS,
  type RegistrantMessageRequest,
  type RegistrationChange,
  type RegistrationCounts,
  type RegistrationInput,
  type RegistrationListResponse,
  type RegistrationReceipt,
  type RegistrationResponse,
  type RegistrationStatus,
  toLondonIso,
} from '@epm/shared/contracts';
import { DataSource, type EntityManager, In, LessThanOrEqual, QueryFailedError } from 'typeorm';
import { hashToken } from './manage-links';
import type { RegistrantsMessaged, RegistrationChanged, RegistrationErased } from './registration-events';
import { IdempotencyKeyEntity, RegistrationEntity, RegistrationLinkEntity } from './registrations.entities';
import { PersonPseudonyms } from './pseudonyms';
import { mapManagedRegistration, mapRegistration } from './registrations.mapper';

const ACTIVE: RegistrationStatus[] = ['confirmed', 'waitlisted', 'pending'];
const INVALID = 'Check the highlighted fields';
/** MySQL's deadlock and lock-wait-timeout errors, and SQLite's busy: safe to retry the whole transaction. */
const TRANSIENT = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'SQLITE_BUSY']);
const MAX_ATTEMPTS = 6;
const MANAGE_TOKEN = /^[A-Za-z0-9_-]{43}$/;
/** Personal details are kept for this long after the end of their programme year (privacy notice). */
const RETENTION_YEARS = 1;

export interface RegistrationRequestContext {
  source: 'public' | 'organiser';
  idempotencyKey?: string;
  principal?: Principal;
  ip: string | null;
}

export interface RegistrationListFilters {
  status?: RegistrationStatus;
  q?: string;
  page: number;
  pageSize: number;
}

interface Outcome<T> {
  statusCode: number;
  body: T;
}

interface RegistrationRequest {
  input: RegistrationInput;
  context: RegistrationRequestContext;
}

/** A registration request that passed the checks made before the event's lock. */
interface AdmittedRequest extends RegistrationRequest {
  /** Its place in the batch as given. */
  index: number;
  emailKey: string;
  requestHash: string;
  scope: string | null;
}

/**
 * Registrations, the waitlist and approvals. Every change to who holds a
 * place happens in one transaction that first locks the event's row
 * (SELECT … FOR UPDATE on MySQL; SQLite transactions already take turns), so
 * the count of confirmed places read afterwards is the truth and cannot be
 * overtaken. MySQL transactions run at READ COMMITTED so reads after the lock
 * see what the previous holder committed, whatever the server's default.
 */
@Injectable()
export class RegistrationsService implements OnModuleInit {
  /**
   * Test-only switch for the negative control: 'unlocked' counts confirmed
   * places with a plain read before the transaction, as a naive
   * implementation would, so the concurrency test can show it overbooks.
   */
  capacityCheck: 'locked' | 'unlocked' = 'locked';
  /** At most this many registrations for one event in one transaction (REGISTRATION_BATCH_SIZE); 1: no batches. */
  batchSize: number;
  /**
   * Two batches per event at a time: while one holds the event's lock, the next does its checks and waits
   * for the lock in the database, so the lock is not left idle while this process answers the last batch.
   */
  private readonly batches = new KeyedBatcher<number, RegistrationRequest, Outcome<RegistrationReceipt>>(
    (eventId, requests) => this.registerAll(eventId, requests),
    () => this.batchSize,
    2,
  );

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly audit: AuditService,
    private readonly bus: DomainEventBus,
    private readonly pseudonyms: PersonPseudonyms,
    config: AppConfig,
  ) {
    this.batchSize = config.registrationBatchSize;
  }

  onModuleInit(): void {
    this.bus.subscribe<EventCapacityChanged>('EventCapacityChanged', (change, manager) =>
      this.fitCapacity(manager, change.eventId, change.capacity),
    );
  }

  /** Whether the public can register now, and if not, why. */
  async availability(eventId: number): Promise<EventAvailability> {
    const event = await this.dataSource.manager.findOneBy(EventEntity, { id: eventId });
    if (!event || event.status === 'draft') throw new NotFoundException('No such event');
    const confirmed = await this.countConfirmed(this.dataSource.manager, eventId);
    return {
      state: availabilityState(event, confirmed, new Date()),
      placesLeft: event.capacity === null ? null : Math.max(0, event.capacity - confirmed),
      registrationOpensAt: event.registrationOpensAt ? toLondonIso(event.registrationOpensAt) : null,
      registrationClosesAt: toLondonIso(event.registrationClosesAt ?? event.startsAt),
    };
  }

  /**
   * Registers someone: confirmed while there are places, then waitlisted in
   * order; pending when the event needs approval (public registrations only).
   * Registering again with the same address re-sends the details and reveals
   * nothing. With an idempotency key, a retry gets the first answer.
   *
   * Registrations for one event that arrive while earlier ones are being
   * saved are saved together, in arrival order, in one locked transaction
   * (REGISTRATION_BATCH_SIZE); each still gets its own answer.
   */
  register(
    eventId: number,
    input: RegistrationInput,
    context: RegistrationRequestContext,
  ): Promise<Outcome<RegistrationReceipt>> {
    const request = { input, context };
    if (this.batchSize > 1) return this.batches.submit(eventId, request);
    return this.registerAll(eventId, [request]).then(([result]) => {
      if (!result?.ok) throw result?.error;
      return result.value;
    });
  }

  /** Registers several people for one event, in order, in one transaction holding the event's lock. */
  private async registerAll(
    eventId: number,
    requests: RegistrationRequest[],
  ): Promise<Settled<Outcome<RegistrationReceipt>>[]> {
    const results: Settled<Outcome<RegistrationReceipt>>[] = [];
    const knownCouncils = await this.knownCouncils(
      requests.map(({ input }) => (input.organisationType === 'council' ? input.councilCode : null)),
    );
    const admitted: AdmittedRequest[] = [];
    requests.forEach(({ input, context }, index) => {
      if (input.organisationType === 'council' && !knownCouncils.has(input.councilCode ?? '')) {
        results[index] = settledError(invalid({ councilCode: ['Select your council from the list'] }));
        return;
      }
      admitted.push({
        index,
        input,
        context,
        emailKey: normaliseEmail(input.email),
        requestHash: sha256(JSON.stringify({ eventId, input, source: context.source })),
        scope: context.idempotencyKey ? `registration:${eventId}:${context.idempotencyKey}` : null,
      });
    });
    if (!admitted.length) return results;
    let unlockedCount: number | null = null;
    if (this.capacityCheck === 'unlocked') {
      unlockedCount = await this.countConfirmed(this.dataSource.manager, eventId);
      // The other work a request does between a naive check and its insert (a slow council lookup, say).
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    try {
      const outcomes = await this.inTransaction((manager) =>
        this.registerLocked(manager, eventId, admitted, unlockedCount),
      );
      admitted.forEach(({ index }, position) => {
        const outcome = outcomes[position];
        if (outcome) results[index] = outcome;
      });
    } catch (error) {
      // The event itself was refused (no such event): everyone gets that answer.
      if (!(error instanceof HttpException)) throw error;
      for (const { index } of admitted) results[index] = settledError(error);
    }
    return results;
  }

  private async registerLocked(
    manager: EntityManager,
    eventId: number,
    requests: AdmittedRequest[],
    unlockedCount: number | null,
  ): Promise<Settled<Outcome<RegistrationReceipt>>[]> {
    const event = await this.lockEvent(manager, eventId);
    const scopes = [...new Set(requests.map(({ scope }) => scope).filter((scope): scope is string => !!scope))];
    // Three reads sent together: each waits only for the database, not for this process's other work too.
    const [keys, found, places] = await Promise.all([
      scopes.length ? manager.findBy(IdempotencyKeyEntity, { scope: In(scopes) }) : [],
      manager.findBy(RegistrationEntity, {
        eventId,
        emailKey: In([...new Set(requests.map(({ emailKey }) => emailKey))]),
      }),
      this.statusCounts(manager, eventId),
    ]);
    const answered = new Map<string, { requestHash: string; outcome: Outcome<RegistrationReceipt> }>(
      keys.map((key) => [
        key.scope,
        { requestHash: key.requestHash, outcome: { statusCode: key.statusCode, body: JSON.parse(key.body) } },
      ]),
    );
    const existing = new Map(found.map((registration) => [registration.emailKey, registration]));
    let confirmed = unlockedCount ?? places.confirmed ?? 0;
    const now = new Date();
    const outcomes: Settled<Outcome<RegistrationReceipt>>[] = [];
    const created: { registration: RegistrationEntity; receipt: RegistrationReceipt; request: AdmittedRequest }[] = [];
    const replaced: number[] = [];
    const changes: { type: 'RegistrationCreated' | 'RegistrationRepeated'; registration: RegistrationEntity }[] = [];
    const newKeys: { scope: string; requestHash: string; outcome: Outcome<RegistrationReceipt> }[] = [];
    for (const request of requests) {
      const { context, input, emailKey, scope, requestHash } = request;
      try {
        if (context.source === 'organiser') {
          if (!context.principal || !this.events.manages(context.principal, event))
            throw new NotFoundException('No such event');
        }
        const earlier = scope ? answered.get(scope) : undefined;
        if (earlier) {
          if (earlier.requestHash !== requestHash) {
            throw invalid({ 'Idempotency-Key': ['This key was used for a different registration'] });
          }
          outcomes.push(settledValue(earlier.outcome));
          continue;
        }
        this.assertOpen(event, context.source);
        const found = existing.get(emailKey);
        let outcome: Outcome<RegistrationReceipt>;
        if (found && ACTIVE.includes(found.status)) {
          changes.push({ type: 'RegistrationRepeated', registration: found });
          outcome = { statusCode: 200, body: { status: 'already-registered', waitlistPosition: null } };
        } else {
          const status: RegistrationStatus =
            context.source === 'public' && event.approvalRequired
              ? 'pending'
              : event.capacity === null || confirmed < event.capacity
                ? 'confirmed'
                : 'waitlisted';
          if (status === 'confirmed') confirmed += 1;
          // A cancelled or declined registration is replaced: the new one queues from now, not from the old id.
          if (found) replaced.push(found.id);
          const registration = manager.create(RegistrationEntity, {
            ...this.personalColumns(input, event),
            eventId,
            status,
            emailKey,
            personKey: this.pseudonyms.of(emailKey),
            email: input.email.trim(),
            source: context.source,
            decisionMessage: null,
            cancellationReason: null,
            createdAt: now,
            updatedAt: now,
            erasedAt: null,
          });
          existing.set(emailKey, registration);
          changes.push({ type: 'RegistrationCreated', registration });
          outcome = { statusCode: 201, body: { status, waitlistPosition: null } };
          created.push({ registration, receipt: outcome.body, request });
        }
        if (scope) {
          answered.set(scope, { requestHash, outcome });
          newKeys.push({ scope, requestHash, outcome });
        }
        outcomes.push(settledValue(outcome));
      } catch (error) {
        if (!(error instanceof HttpException)) throw error;
        outcomes.push(settledError(error));
      }
    }
    if (replaced.length) await manager.delete(RegistrationEntity, { id: In(replaced) });
    const positions = await this.saveNew(
      manager,
      eventId,
      created.map(({ registration }) => registration),
      places.waitlisted ?? 0,
    );
    for (const { registration, receipt, request } of created) {
      receipt.waitlistPosition = positions.get(registration) ?? null;
      if (request.context.principal) {
        await this.audit.record(
          {
            actor: auditActor(request.context.principal),
            action: 'registration.added',
            entityType: 'registration',
            entityId: registration.id,
            ip: request.context.ip,
            details: { eventId, status: registration.status },
          },
          manager,
        );
      }
    }
    await this.bus.publishAll(
      changes.map(
        ({ type, registration }) =>
          ({
            type,
            registrationId: registration.id,
            eventId,
            status: registration.status,
            note: null,
            registration,
            event,
            waitlistPosition: positions.get(registration),
          }) satisfies RegistrationChanged,
      ),
      manager,
    );
    if (newKeys.length) {
      await insertRows(
        manager,
        IdempotencyKeyEntity,
        newKeys.map(({ scope, requestHash, outcome }) => ({
          scope,
          requestHash,
          statusCode: outcome.statusCode,
          body: JSON.stringify(outcome.body),
          createdAt: now,
        })),
      );
    }
    return outcomes;
  }

  /**
   * Inserts new registrations of one event and reads their ids back, the read sent right behind the insert;
   * returns where each waitlisted one stands. The event is locked and ids only grow, so the new ones are
   * its newest and everyone already waitlisted (`waitlisted`, counted under the same lock) is ahead of them.
   */
  private async saveNew(
    manager: EntityManager,
    eventId: number,
    registrations: RegistrationEntity[],
    waitlisted: number,
  ): Promise<Map<RegistrationEntity, number>> {
    const positions = new Map<RegistrationEntity, number>();
    if (!registrations.length) return positions;
    const keys = registrations.map(({ emailKey }) => emailKey);
    const [, ids] = await Promise.all([
      insertRows(manager, RegistrationEntity, registrations),
      manager.query(
        `SELECT id, email_key AS emailKey FROM registrations WHERE event_id = ? AND email_key IN (${keys.map(() => '?').join(', ')})`,
        [eventId, ...keys],
      ) as Promise<{ id: number | string; emailKey: string }[]>,
    ]);
    const idOf = new Map(ids.map(({ id, emailKey }) => [emailKey, Number(id)]));
    for (const registration of registrations) {
      const id = idOf.get(registration.emailKey);
      if (id === undefined) throw new Error('A registration just inserted was not found');
      registration.id = id;
    }
    registrations
      .filter(({ status }) => status === 'waitlisted')
      .sort((a, b) => a.id - b.id)
      .forEach((registration, index) => positions.set(registration, waitlisted + index + 1));
    return positions;
  }

  // ---- Self-service through the manage link ----

  async viewByToken(token: string): Promise<ManagedRegistration> {
    const registration = await this.byToken(this.dataSource.manager, token);
    return this.managedView(this.dataSource.manager, registration);
  }

  async changeByToken(token: string, change: RegistrationChange): Promise<ManagedRegistration> {
    return this.inTransaction(async (manager) => {
      const registration = await this.byToken(manager, token);
      const event = await this.lockEvent(manager, registration.eventId);
      const merged: RegistrationInput = {
        ...this.inputOf(registration),
        ...Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)),
      };
      const errors = crossFieldErrors(merged);
      if (Object.keys(errors).length) throw invalid(errors);
      await this.assertCouncil(merged.councilCode, merged.organisationType, manager);
      Object.assign(registration, this.personalColumns(merged, event), { updatedAt: new Date() });
      await manager.save(registration);
      return this.managedView(manager, registration);
    });
  }

  async cancelByToken(token: string, reason: string | null): Promise<ManagedRegistration> {
    return this.inTransaction(async (manager) => {
      const registration = await this.byToken(manager, token);
      await this.lockEvent(manager, registration.eventId);
      await this.cancelIn(manager, registration, reason);
      return this.managedView(manager, registration);
    });
  }

  /**
   * "Delete my data": the place is given up, personal fields are cleared,
   * links and unsent messages go; the anonymous remainder keeps the counts.
   */
  async eraseByToken(token: string): Promise<void> {
    await this.inTransaction(async (manager) => {
      const registration = await this.byToken(manager, token);
      const event = await this.lockEvent(manager, registration.eventId);
      // Before the event the place is given up; afterwards the anonymous record of having come stays true.
      if (ACTIVE.includes(registration.status) && event.startsAt.getTime() > Date.now()) {
        await this.cancelIn(manager, registration, null, { silent: true });
      }
      await this.eraseIn(manager, registration, 'request');
    });
  }

  /**
   * The retention promised in the privacy notice: personal details go 12
   * months after the end of the programme year their event belongs to.
   * Returns how many registrations were erased.
   */
  async eraseExpired(now = new Date()): Promise<number> {
    const cutoff = new Date(now);
    cutoff.setUTCFullYear(cutoff.getUTCFullYear() - RETENTION_YEARS);
    const rows = (await this.dataSource
      .getRepository(RegistrationEntity)
      .createQueryBuilder('registration')
      .select('registration.id', 'id')
      .innerJoin(EventEntity, 'event', 'event.id = registration.eventId')
      .innerJoin('programmes', 'programme', 'programme.id = event.programme_id')
      .where('registration.erasedAt IS NULL')
      .andWhere('programme.ends_on < :cutoff', { cutoff: cutoff.toISOString().slice(0, 10) })
      .orderBy('registration.id', 'ASC')
      .getRawMany()) as { id: number }[];
    for (const { id } of rows) {
      await this.inTransaction(async (manager) => {
        const registration = await manager.findOneBy(RegistrationEntity, { id: Number(id) });
        if (registration && !registration.erasedAt) await this.eraseIn(manager, registration, 'retention');
      });
    }
    return rows.length;
  }

  private async eraseIn(
    manager: EntityManager,
    registration: RegistrationEntity,
    reason: 'request' | 'retention',
  ): Promise<void> {
    Object.assign(registration, {
      emailKey: `erased:${registration.id}`,
      email: null,
      name: null,
      // The organisation stays (it is not the person), with the type, council and size, for the reach figures.
      jobTitle: null,
      accessibilityNeeds: null,
      dietaryNeeds: null,
      decisionMessage: null,
      cancellationReason: null,
      consentFollowUp: false,
      consentFutureEvents: false,
      erasedAt: new Date(),
      updatedAt: new Date(),
    });
    await manager.save(registration);
    await manager.delete(RegistrationLinkEntity, { registrationId: registration.id });
    await this.audit.record(
      {
        actor: null,
        action: 'registration.erased',
        entityType: 'registration',
        entityId: registration.id,
        details: { reason },
      },
      manager,
    );
    await this.bus.publish(
      { type: 'RegistrationErased', registrationId: registration.id, reason } satisfies RegistrationErased,
      manager,
    );
  }

  /** The registration behind a manage link, for the calendar invite. */
  async registrationForToken(token: string): Promise<{ registration: RegistrationEntity; event: EventEntity }> {
    const registration = await this.byToken(this.dataSource.manager, token);
    const event = await this.dataSource.manager.findOneByOrFail(EventEntity, { id: registration.eventId });
    return { registration, event };
  }

  // ---- Organisers ----

  async list(
    eventId: number,
    principal: Principal,
    filters: RegistrationListFilters,
  ): Promise<RegistrationListResponse> {
    const event = await this.events.managedEvent(eventId, principal);
    const query = this.dataSource
      .getRepository(RegistrationEntity)
      .createQueryBuilder('registration')
      .where('registration.eventId = :eventId', { eventId })
      .andWhere('registration.erasedAt IS NULL');
    if (filters.status) query.andWhere('registration.status = :status', { status: filters.status });
    if (filters.q) {
      const words = filters.q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 6);
      words.forEach((word, index) =>
        query.andWhere(
          `(LOWER(registration.name) LIKE :w${index} OR registration.emailKey LIKE :w${index} OR LOWER(registration.organisationName) LIKE :w${index} OR registration.councilCode IN (SELECT gss_code FROM councils WHERE LOWER(name) LIKE :w${index}))`,
          { [`w${index}`]: `%${word.replace(/[%_\\]/g, '\\$&')}%` },
        ),
      );
    }
    const [rows, total] = await query
      .orderBy('registration.id', 'ASC')
      .skip((filters.page - 1) * filters.pageSize)
      .take(filters.pageSize)
      .getManyAndCount();
    const positions = await this.waitlistPositions(this.dataSource.manager, eventId);
    const councils = await this.councilNames(rows);
    return {
      items: rows.map((row) => mapRegistration(row, positions.get(row.id) ?? null, councils)),
      total,
      page: filters.page,
      pageSize: filters.pageSize,
      counts: await this.counts(this.dataSource.manager, event),
    };
  }

  async approve(id: number, principal: Principal, ip: string | null): Promise<RegistrationResponse> {
    return this.decide(id, principal, ip, ['pending'], async (manager, registration, event) => {
      const confirmed = await this.countConfirmed(manager, event.id);
      registration.status = event.capacity === null || confirmed < event.capacity ? 'confirmed' : 'waitlisted';
      await this.saveStatus(manager, registration);
      await this.publish(manager, 'RegistrationApproved', registration);
      return 'registration.approved';
    });
  }

  async decline(id: number, message: string | null, principal: Principal, ip: string | null) {
    return this.decide(id, principal, ip, ['pending', 'waitlisted'], async (manager, registration) => {
      registration.status = 'declined';
      registration.decisionMessage = message;
      await this.saveStatus(manager, registration);
      await this.publish(manager, 'RegistrationDeclined', registration, { note: message });
      return 'registration.declined';
    });
  }

  async cancelFor(id: number, reason: string | null, principal: Principal, ip: string | null) {
    return this.decide(id, principal, ip, ACTIVE, async (manager, registration) => {
      await this.cancelIn(manager, registration, reason);
      return 'registration.cancelled';
    });
  }

  /**
   * Moves one person off the waitlist, out of turn. Only into a free place:
   * when the event is full the organiser must choose to raise the capacity.
   */
  async promote(id: number, raiseCapacity: boolean, principal: Principal, ip: string | null) {
    return this.decide(id, principal, ip, ['waitlisted'], async (manager, registration, event) => {
      const confirmed = await this.countConfirmed(manager, event.id);
      if (event.capacity !== null && confirmed >= event.capacity) {
        if (!raiseCapacity) {
          throw new ConflictException(
            `The event is full (${confirmed} of ${event.capacity} places). Raise the capacity to promote this person.`,
          );
        }
        await manager.update(EventEntity, { id: event.id }, { capacity: event.capacity + 1, updatedAt: new Date() });
      }
      registration.status = 'confirmed';
      await this.saveStatus(manager, registration);
      await this.publish(manager, 'RegistrationPromoted', registration);
      return raiseCapacity ? 'registration.promoted-with-capacity' : 'registration.promoted';
    });
  }

  /** The registrations as CSV for the organisers' own use. Audited: it is a copy of personal data. */
  async exportCsv(
    eventId: number,
    principal: Principal,
    ip: string | null,
  ): Promise<{ filename: string; csv: string }> {
    const event = await this.events.managedEvent(eventId, principal);
    const rows = await this.dataSource.manager.find(RegistrationEntity, {
      where: { eventId },
      order: { id: 'ASC' },
    });
    const live = rows.filter((row) => !row.erasedAt);
    const positions = await this.waitlistPositions(this.dataSource.manager, eventId);
    const councils = await this.councilNames(live);
    let csv = csvRow([
      'Name',
      'Email',
      'Status',
      'Waitlist position',
      'Organisation type',
      'Council',
      'Council GSS code',
      'Organisation',
      'Supplier size',
      'Job title',
      'Accessibility needs',
      'Dietary needs',
      'Follow-up consent',
      'Future events consent',
      'Registered at (UK time)',
    ]);
    for (const row of live) {
      csv += csvRow([
        row.name,
        row.email,
        row.status,
        positions.get(row.id) ?? null,
        ORGANISATION_TYPE_LABELS[row.organisationType],
        row.councilCode ? (councils.get(row.councilCode) ?? '') : '',
        row.councilCode,
        row.organisationName,
        row.supplierSize === 'sme' ? 'SME' : row.supplierSize === 'large' ? 'Large' : '',
        row.jobTitle,
        row.accessibilityNeeds,
        row.dietaryNeeds,
        row.consentFollowUp ? 'yes' : 'no',
        row.consentFutureEvents ? 'yes' : 'no',
        toLondonIso(row.createdAt),
      ]);
    }
    await this.audit.record({
      actor: auditActor(principal),
      action: 'registrations.exported',
      entityType: 'event',
      entityId: eventId,
      ip,
      details: { rows: live.length },
    });
    return { filename: `registrations-event-${event.id}.csv`, csv };
  }

  async message(
    eventId: number,
    request: RegistrantMessageRequest,
    principal: Principal,
    ip: string | null,
  ): Promise<{ queued: number }> {
    return this.inTransaction(async (manager) => {
      await this.events.managedEvent(eventId, principal, manager);
      const recipients = await manager.find(RegistrationEntity, {
        select: { id: true },
        where: { eventId, status: In(request.statuses) },
      });
      const registrationIds = recipients.map((row) => row.id);
      await this.audit.record(
        {
          actor: auditActor(principal),
          action: 'registrants.messaged',
          entityType: 'event',
          entityId: eventId,
          ip,
          details: { statuses: request.statuses, recipients: registrationIds.length },
        },
        manager,
      );
      if (registrationIds.length) {
        await this.bus.publish(
          {
            type: 'RegistrantsMessaged',
            eventId,
            registrationIds,
            subject: request.subject,
            body: request.body,
          } satisfies RegistrantsMessaged,
          manager,
        );
      }
      return { queued: registrationIds.length };
    });
  }

  /**
   * Someone who came without registering: a walk-in at the door, or a person
   * in an imported attendance report. Confirmed (capacity governs bookings,
   * not who is in the room), audited, and sent no confirmation: they have
   * already come. An address already registered returns that registration.
   */
  async addAttendee(
    manager: EntityManager,
    eventId: number,
    input: RegistrationInput,
    principal: Principal,
    ip: string | null,
    source: 'walk-in' | 'import',
  ): Promise<RegistrationEntity> {
    const event = await this.lockEvent(manager, eventId);
    const emailKey = normaliseEmail(input.email);
    const existing = await manager.findOneBy(RegistrationEntity, { eventId, emailKey });
    if (existing && !existing.erasedAt) return existing;
    await this.assertCouncil(input.councilCode, input.organisationType, manager);
    const now = new Date();
    const registration = manager.create(RegistrationEntity, {
      ...this.personalColumns(input, event),
      eventId,
      status: 'confirmed',
      emailKey,
      personKey: this.pseudonyms.of(emailKey),
      email: input.email.trim(),
      source: 'organiser',
      decisionMessage: null,
      cancellationReason: null,
      createdAt: now,
      updatedAt: now,
      erasedAt: null,
    });
    await manager.save(registration);
    await this.audit.record(
      {
        actor: auditActor(principal),
        action: 'registration.added',
        entityType: 'registration',
        entityId: registration.id,
        ip,
        details: { eventId, status: 'confirmed', source },
      },
      manager,
    );
    return registration;
  }

  /** Runs work in a transaction with the same isolation and retries as every change to places. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.inTransaction(work);
  }

  // ---- Shared ----

  /** Registrations that are still live for an event: the people to tell when it changes. */
  activeForEvent(manager: EntityManager, eventId: number): Promise<RegistrationEntity[]> {
    return manager.find(RegistrationEntity, { where: { eventId, status: In(ACTIVE) }, order: { id: 'ASC' } });
  }

  /** Where someone waits, 1 for first: one indexed count, not the whole queue (a webinar may waitlist thousands). */
  async waitlistPosition(manager: EntityManager, registration: RegistrationEntity): Promise<number | null> {
    if (registration.status !== 'waitlisted') return null;
    return manager.countBy(RegistrationEntity, {
      eventId: registration.eventId,
      status: 'waitlisted',
      id: LessThanOrEqual(registration.id),
    });
  }

  private async decide(
    id: number,
    principal: Principal,
    ip: string | null,
    from: RegistrationStatus[],
    apply: (manager: EntityManager, registration: RegistrationEntity, event: EventEntity) => Promise<string>,
  ): Promise<RegistrationResponse> {
    return this.inTransaction(async (manager) => {
      const found = await manager.findOneBy(RegistrationEntity, { id });
      if (!found || found.erasedAt) throw new NotFoundException('No such registration');
      const event = await this.lockEvent(manager, found.eventId);
      if (!this.events.manages(principal, event)) throw new NotFoundException('No such registration');
      // Read again under the event's lock: another organiser may just have changed it.
      const registration = await manager.findOneByOrFail(RegistrationEntity, { id });
      if (!from.includes(registration.status)) {
        throw new ConflictException(`This registration is ${registration.status}`);
      }
      const before = registration.status;
      const action = await apply(manager, registration, event);
      await this.audit.record(
        {
          actor: auditActor(principal),
          action,
          entityType: 'registration',
          entityId: id,
          ip,
          details: { eventId: event.id, from: before, to: registration.status },
        },
        manager,
      );
      const positions = await this.waitlistPositions(manager, event.id);
      return mapRegistration(registration, positions.get(id) ?? null, await this.councilNames([registration], manager));
    });
  }

  /** Cancels and, if a place was freed, gives it to the first people waiting. Caller holds the event lock. */
  private async cancelIn(
    manager: EntityManager,
    registration: RegistrationEntity,
    reason: string | null,
    options: { silent?: boolean } = {},
  ): Promise<void> {
    if (!ACTIVE.includes(registration.status)) {
      throw new ConflictException(`This registration is already ${registration.status}`);
    }
    const previousStatus = registration.status;
    registration.status = 'cancelled';
    registration.cancellationReason = reason;
    await this.saveStatus(manager, registration);
    if (!options.silent) {
      await this.bus.publish(
        {
          type: 'RegistrationCancelled',
          registrationId: registration.id,
          eventId: registration.eventId,
          status: 'cancelled',
          note: reason,
          previousStatus,
          registration,
        } satisfies RegistrationChanged,
        manager,
      );
    }
    if (previousStatus === 'confirmed') {
      const event = await manager.findOneByOrFail(EventEntity, { id: registration.eventId });
      await this.fillPlaces(manager, event.id, event.capacity);
    }
  }

  /** Capacity changed (the event row is locked by its update): refuse a cut below confirmed places, fill new ones. */
  private async fitCapacity(manager: EntityManager, eventId: number, capacity: number | null): Promise<void> {
    const confirmed = await this.countConfirmed(manager, eventId);
    if (capacity !== null && confirmed > capacity) {
      throw invalid({
        capacity: [
          `${confirmed} people already have confirmed places. Cancel some registrations before lowering the capacity below ${confirmed}`,
        ],
      });
    }
    await this.fillPlaces(manager, eventId, capacity);
  }

  /** Promotes waiting people, first come first served, into free places. Caller holds the event lock. */
  private async fillPlaces(manager: EntityManager, eventId: number, capacity: number | null): Promise<void> {
    const free = capacity === null ? Number.MAX_SAFE_INTEGER : capacity - (await this.countConfirmed(manager, eventId));
    if (free <= 0) return;
    const waiting = await manager.find(RegistrationEntity, {
      where: { eventId, status: 'waitlisted' },
      order: { id: 'ASC' },
      take: Math.min(free, 1000),
    });
    for (const registration of waiting) {
      registration.status = 'confirmed';
      await this.saveStatus(manager, registration);
      await this.publish(manager, 'RegistrationPromoted', registration);
    }
  }

  private async saveStatus(manager: EntityManager, registration: RegistrationEntity): Promise<void> {
    registration.updatedAt = new Date();
    await manager.update(
      RegistrationEntity,
      { id: registration.id },
      {
        status: registration.status,
        decisionMessage: registration.decisionMessage,
        cancellationReason: registration.cancellationReason,
        updatedAt: registration.updatedAt,
      },
    );
  }

  private publish(
    manager: EntityManager,
    type: RegistrationChanged['type'],
    registration: RegistrationEntity,
    { note = null, event }: { note?: string | null; event?: EventEntity } = {},
  ): Promise<void> {
    return this.bus.publish(
      {
        type,
        registrationId: registration.id,
        eventId: registration.eventId,
        status: registration.status,
        note,
        registration,
        event,
      } satisfies RegistrationChanged,
      manager,
    );
  }

  /** Serialises every change to an event's places: the row lock is held until the transaction ends. */
  private async lockEvent(manager: EntityManager, eventId: number): Promise<EventEntity> {
    const query = manager
      .getRepository(EventEntity)
      .createQueryBuilder('event')
      .where('event.id = :eventId', { eventId });
    if (this.dataSource.options.type === 'mysql') query.setLock('pessimistic_write');
    const event = await query.getOne();
    if (!event) throw new NotFoundException('No such event');
    return event;
  }

  private assertOpen(event: EventEntity, source: 'public' | 'organiser'): void {
    if (source === 'organiser') {
      if (event.status === 'draft' || event.status === 'cancelled') {
        throw new ConflictException(`People cannot be added to a ${event.status} event`);
      }
      return;
    }
    if (event.status === 'draft') throw new NotFoundException('No such event');
    const state = availabilityState(event, 0, new Date());
    if (state === 'not-yet-open') {
      throw new ConflictException(
        `Registration opens on ${toLondonIso(event.registrationOpensAt ?? event.startsAt)
          .slice(0, 16)
          .replace('T', ' at ')}`,
      );
    }
    if (state === 'closed' || state === 'unavailable') {
      throw new ConflictException(
        event.status === 'cancelled' ? 'This event has been cancelled' : 'Registration for this event has closed',
      );
    }
  }

  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return this.dataSource.options.type === 'mysql'
          ? await this.dataSource.transaction('READ COMMITTED', work)
          : await this.dataSource.transaction(work);
      } catch (error) {
        const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code;
        if (attempt < MAX_ATTEMPTS && code && TRANSIENT.has(code)) {
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
          continue;
        }
        if (error instanceof QueryFailedError && isUniqueViolation(error) && attempt < MAX_ATTEMPTS) {
          // Two requests for the same address raced past the lookup: the retry finds the winner.
          continue;
        }
        throw error;
      }
    }
  }

  private async byToken(manager: EntityManager, token: string): Promise<RegistrationEntity> {
    if (!MANAGE_TOKEN.test(token)) throw new NotFoundException('No such registration');
    const link = await manager.findOneBy(RegistrationLinkEntity, { tokenHash: hashToken(token) });
    const registration = link ? await manager.findOneBy(RegistrationEntity, { id: link.registrationId }) : null;
    if (!registration || registration.erasedAt) throw new NotFoundException('No such registration');
    return registration;
  }

  private async managedView(manager: EntityManager, registration: RegistrationEntity): Promise<ManagedRegistration> {
    const event = await manager.findOneByOrFail(EventEntity, { id: registration.eventId });
    const councils = await this.councilNames([registration], manager);
    return mapManagedRegistration(registration, event, await this.waitlistPosition(manager, registration), councils);
  }

  private countConfirmed(manager: EntityManager, eventId: number): Promise<number> {
    return manager.countBy(RegistrationEntity, { eventId, status: 'confirmed' });
  }

  /** How many of the event's registrations have each status, in one read. */
  private async statusCounts(
    manager: EntityManager,
    eventId: number,
  ): Promise<Partial<Record<RegistrationStatus, number>>> {
    const rows = (await manager
      .getRepository(RegistrationEntity)
      .createQueryBuilder('registration')
      .select('registration.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where('registration.eventId = :eventId', { eventId })
      .groupBy('registration.status')
      .getRawMany()) as { status: RegistrationStatus; count: string | number }[];
    return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
  }

  private async counts(manager: EntityManager, event: EventEntity): Promise<RegistrationCounts> {
    const by = await this.statusCounts(manager, event.id);
    return {
      capacity: event.capacity,
      confirmed: by['confirmed'] ?? 0,
      waitlisted: by['waitlisted'] ?? 0,
      pending: by['pending'] ?? 0,
      declined: by['declined'] ?? 0,
      cancelled: by['cancelled'] ?? 0,
    };
  }

  private async waitlistPositions(manager: EntityManager, eventId: number): Promise<Map<number, number>> {
    const waiting = await manager.find(RegistrationEntity, {
      select: { id: true },
      where: { eventId, status: 'waitlisted' },
      order: { id: 'ASC' },
    });
    return new Map(waiting.map((row, index) => [row.id, index + 1]));
  }

  private async councilNames(
    rows: RegistrationEntity[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string>> {
    const codes = [...new Set(rows.map((row) => row.councilCode).filter((code): code is string => !!code))];
    if (!codes.length) return new Map();
    const councils = await manager.findBy(CouncilEntity, { gssCode: In(codes) });
    return new Map(councils.map((council) => [council.gssCode, council.name]));
  }

  private async assertCouncil(
    code: string | null | undefined,
    type: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (type !== 'council') return;
    if (!(await this.knownCouncils([code], manager)).has(code ?? '')) {
      throw invalid({ councilCode: ['Select your council from the list'] });
    }
  }

  /** Which of these GSS codes are councils of the reference list, in one read. */
  private async knownCouncils(
    codes: (string | null | undefined)[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Set<string>> {
    const wanted = [...new Set(codes.filter((code): code is string => !!code))];
    if (!wanted.length) return new Set();
    const rows = await manager.find(CouncilEntity, { select: { gssCode: true }, where: { gssCode: In(wanted) } });
    return new Set(rows.map(({ gssCode }) => gssCode));
  }

  private personalColumns(input: RegistrationInput, event: EventEntity) {
    const council = input.organisationType === 'council';
    return {
      name: input.name.trim(),
      organisationType: input.organisationType,
      councilCode: council ? (input.councilCode ?? null) : null,
      organisationName: council ? null : (input.organisationName?.trim() ?? null),
      supplierSize: input.organisationType === 'supplier' ? (input.supplierSize ?? null) : null,
      jobTitle: input.jobTitle.trim(),
      accessibilityNeeds: input.accessibilityNeeds?.trim() || null,
      // Only asked for events with a venue; an online event has no catering.
      dietaryNeeds: event.format === 'online' ? null : input.dietaryNeeds?.trim() || null,
      consentFollowUp: input.consentFollowUp ?? false,
      consentFutureEvents: input.consentFutureEvents ?? false,
    };
  }

  private inputOf(registration: RegistrationEntity): RegistrationInput {
    return {
      name: registration.name ?? '',
      email: registration.email ?? '',
      organisationType: registration.organisationType,
      councilCode: registration.councilCode,
      organisationName: registration.organisationName,
      supplierSize: registration.supplierSize,
      jobTitle: registration.jobTitle ?? '',
      accessibilityNeeds: registration.accessibilityNeeds,
      dietaryNeeds: registration.dietaryNeeds,
      consentFollowUp: registration.consentFollowUp,
      consentFutureEvents: registration.consentFutureEvents,
    };
  }
}

/** Why registration is or is not open, given the confirmed count. */
export function availabilityState(
  event: Pick<
    EventEntity,
    'status' | 'capacity' | 'approvalRequired' | 'registrationOpensAt' | 'registrationClosesAt' | 'startsAt'
  >,
  confirmed: number,
  now: Date,
): EventAvailability['state'] {
  if (event.status === 'cancelled' || event.status === 'draft') return 'unavailable';
  if (event.status !== 'published') return 'closed';
  if (event.registrationOpensAt && now < event.registrationOpensAt) return 'not-yet-open';
  if (now >= (event.registrationClosesAt ?? event.startsAt)) return 'closed';
  if (event.approvalRequired) return 'approval';
  if (event.capacity !== null && confirmed >= event.capacity) return 'waitlist';
  return 'open';
}

/** The rules a change must still satisfy once merged with what is stored. */
function crossFieldErrors(input: RegistrationInput): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (input.organisationType !== 'council' && !input.organisationName?.trim()) {
    errors['organisationName'] = ['Enter the name of your organisation'];
  }
  if (input.organisationType === 'supplier' && !input.supplierSize) {
    errors['supplierSize'] = ['Select the size of your company'];
  }
  if (input.organisationType === 'council' && !input.councilCode) {
    errors['councilCode'] = ['Select your council from the list'];
  }
  return errors;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function isUniqueViolation(error: QueryFailedError): boolean {
  const driver = (error as unknown as { driverError?: { code?: string } }).driverError;
  return driver?.code === 'ER_DUP_ENTRY' || driver?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

function invalid(errors: Record<string, string[]>): UnprocessableEntityException {
  return new UnprocessableEntityException({ message: INVALID, errors });
}
