import {
  ConflictException,
  GoneException,
  Injectable,
  NotFoundException,
  type OnModuleInit,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AttendanceRecordEntity } from '@epm/api/attendance';
import { auditActor, AuditService } from '@epm/api/audit';
import { EventEntity, EventsService } from '@epm/api/events';
import { AppConfig, csvRow, DomainEventBus, type Principal } from '@epm/api/platform';
import { CouncilEntity } from '@epm/api/reference';
import {
  hashToken,
  normaliseEmail,
  RegistrationEntity,
  type RegistrationErased,
  RegistrationsService,
} from '@epm/api/registrations';
import {
  ACTED_CHOICES,
  ACTED_LABELS,
  type FeedbackFormSettings,
  type FeedbackFormSettingsResponse,
  type FeedbackFormState,
  type FeedbackImportResult,
  type FeedbackReceipt,
  type FeedbackRequestsResult,
  type FeedbackResults,
  type FeedbackSubmission,
  type FeedbackSurvey,
  type FeedbackText,
  INTENT_CHOICES,
  INTENT_LABELS,
  type PublicFeedbackForm,
  SATISFACTION_LABELS,
  THEME_TERMS,
  toLondonIso,
  USEFULNESS_LABELS,
} from '@epm/shared/contracts';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { FeedbackRequested } from './feedback-events';
import {
  daysAfter,
  defaultFeedbackForm,
  feedbackClosesAt,
  followUpClosesAt,
  questionsOf,
  withQuestionIds,
} from './feedback-form';
import { FeedbackFileError, parseFeedbackFile } from './feedback-import-parser';
import { choiceShares, npsSummary, rate, scaleSummary } from './feedback-summary';
import {
  ConsultationResponseEntity,
  FeedbackFormEntity,
  FeedbackLinkEntity,
  type FeedbackRequestKind,
  FeedbackRequestEntity,
  FeedbackResponseEntity,
} from './feedback.entities';

const INVALID = 'Check the highlighted fields';
const FEEDBACK_TOKEN = /^[A-Za-z0-9_-]{43}$/;
const THEME_LABELS = new Map(THEME_TERMS.map((term) => [term.code, term.label]));
/** Events whose people can be asked for feedback: they went ahead. */
const HELD = ['published', 'registration-closed', 'completed'];

interface ExtraAnswer {
  id: string;
  answer: string;
}

/** Everything a feedback link leads to. */
interface LinkContext {
  survey: FeedbackSurvey;
  registration: RegistrationEntity;
  event: EventEntity;
  settings: FeedbackFormSettings;
  closesAt: Date;
  state: FeedbackFormState;
}

function invalid(errors: Record<string, string[]>): UnprocessableEntityException {
  return new UnprocessableEntityException({ message: INVALID, errors });
}

/**
 * Feedback after events: each event's form, the public form behind the
 * emailed link, organisers' results and export, requests sent on demand, and
 * responses imported from other tools. The messages themselves are the
 * notifications domain's: this domain records who is owed one and publishes
 * FeedbackRequested in the same transaction.
 */
@Injectable()
export class FeedbackService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly registrations: RegistrationsService,
    private readonly audit: AuditService,
    private readonly bus: DomainEventBus,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe<RegistrationErased>('RegistrationErased', (erased, manager) =>
      this.erase(manager, erased.registrationId, erased.reason),
    );
  }

  // ---- The form, for organisers ----

  async form(eventId: number, principal: Principal): Promise<FeedbackFormSettingsResponse> {
    const event = await this.events.managedEvent(eventId, principal);
    return this.formResponse(this.dataSource.manager, event);
  }

  async changeForm(
    eventId: number,
    input: FeedbackFormSettings,
    principal: Principal,
    ip: string | null,
  ): Promise<FeedbackFormSettingsResponse> {
    return this.dataSource.transaction(async (manager) => {
      const event = await this.events.managedEvent(eventId, principal, manager);
      const current = await this.settingsFor(manager, event);
      const errors: Record<string, string[]> = {};
      const unknown = input.themeCodes.filter((code) => !THEME_LABELS.has(code));
      if (unknown.length) errors['themeCodes'] = [`Unknown themes: ${unknown.join(', ')}`];
      else if (input.askThemes && input.themeCodes.length === 0) {
        errors['themeCodes'] = ['Choose at least one theme to offer, or stop asking about themes'];
      }
      const ids = input.extraQuestions.map((question) => question.id).filter(Boolean);
      if (new Set(ids).size !== ids.length) errors['extraQuestions'] = ['Each question needs its own id'];
      if (Object.keys(errors).length) throw invalid(errors);
      const next: FeedbackFormSettings = {
        ...input,
        themeCodes: THEME_TERMS.map((term) => term.code).filter((code) => input.themeCodes.includes(code)),
        extraQuestions: withQuestionIds(
          input.extraQuestions.map((question) => ({ ...question, text: question.text.trim() })),
        ),
        includeConsultationQuestions: event.type === 'consultation' && input.includeConsultationQuestions,
        noShowMessage: {
          enabled: input.noShowMessage.enabled,
          recordingUrl: input.noShowMessage.recordingUrl?.trim() || null,
          note: input.noShowMessage.note?.trim() || null,
        },
      };
      const lock = await this.lockReason(manager, event.id);
      if (lock && JSON.stringify(questionsOf(next)) !== JSON.stringify(questionsOf(current))) {
        throw new ConflictException(
          `${lock}, so the questions can no longer change. Automatic sending and the message to people who did not come still can.`,
        );
      }
      const values = { settings: JSON.stringify(next), updatedAt: new Date() };
      if (await manager.existsBy(FeedbackFormEntity, { eventId })) {
        await manager.update(FeedbackFormEntity, { eventId }, values);
      } else {
        await manager.insert(FeedbackFormEntity, { eventId, ...values });
      }
      await this.audit.record(
        {
          actor: auditActor(principal),
          action: 'feedback.form-changed',
          entityType: 'event',
          entityId: eventId,
          ip,
          details: { questionsChanged: JSON.stringify(questionsOf(next)) !== JSON.stringify(questionsOf(current)) },
        },
        manager,
      );
      return this.formResponse(manager, event);
    });
  }

  /** The event's form: the organisers' version, or the default for its type. */
  async settingsFor(manager: EntityManager, event: Pick<EventEntity, 'id' | 'type'>): Promise<FeedbackFormSettings> {
    const row = await manager.findOneBy(FeedbackFormEntity, { eventId: event.id });
    const defaults = defaultFeedbackForm(event.type);
    if (!row) return defaults;
    const stored = JSON.parse(row.settings) as Partial<FeedbackFormSettings>;
    return { ...defaults, ...stored, noShowMessage: { ...defaults.noShowMessage, ...stored.noShowMessage } };
  }

  private async formResponse(manager: EntityManager, event: EventEntity): Promise<FeedbackFormSettingsResponse> {
    const settings = await this.settingsFor(manager, event);
    const lock = await this.lockReason(manager, event.id);
    return {
      eventId: event.id,
      eventTitle: event.title,
      eventType: event.type,
      settings,
      isDefault: !(await manager.existsBy(FeedbackFormEntity, { eventId: event.id })),
      questionsLocked: !!lock,
      lockedReason: lock,
      themes: THEME_TERMS.map((term) => ({ code: term.code, label: term.label })),
      consultationQuestions: consultationQuestions(event),
    };
  }

  /** The questions stop changing once anyone may have seen them: a request sent, or an answer in. */
  private async lockReason(manager: EntityManager, eventId: number): Promise<string | null> {
    if (await manager.existsBy(FeedbackResponseEntity, { eventId, survey: 'feedback' })) {
      return 'Feedback has been received';
    }
    if (await manager.existsBy(FeedbackRequestEntity, { eventId, kind: 'request' })) {
      return 'Feedback requests have been sent';
    }
    return null;
  }

  // ---- The public form behind the link ----

  async publicForm(token: string): Promise<PublicFeedbackForm> {
    const context = await this.linkContext(this.dataSource.manager, token, new Date());
    const { event, settings, survey } = context;
    const feedback = survey === 'feedback';
    const lead = event.leadOrganisation?.name ?? '';
    const partner = event.partnerOrganisation?.name;
    return {
      survey,
      state: context.state,
      event: {
        id: event.id,
        title: event.title,
        type: event.type,
        startsAt: toLondonIso(event.startsAt),
        endsAt: toLondonIso(event.endsAt),
        organiser: partner ? `${lead} and ${partner}` : lead,
      },
      closesAt: toLondonIso(context.closesAt),
      questions: {
        usefulness: feedback && settings.askUsefulness,
        recommend: feedback && settings.askRecommend,
        intent: feedback && settings.askIntent,
        themes:
          feedback && settings.askThemes
            ? settings.themeCodes.map((code) => ({ code, label: THEME_LABELS.get(code) ?? code }))
            : [],
        comments: feedback && settings.askComments,
        extra: feedback ? withQuestionIds(settings.extraQuestions) : [],
        consultation: feedback ? this.openConsultationQuestions(event, settings, new Date()) : [],
      },
    };
  }

  async submit(token: string, submission: FeedbackSubmission): Promise<FeedbackReceipt> {
    return this.registrations.transaction(async (manager) => {
      const now = new Date();
      const context = await this.linkContext(manager, token, now);
      switch (context.state) {
        case 'cancelled':
          throw new ConflictException(
            'This registration was cancelled, so there is no feedback to give for it. If you did come, contact the organisers.',
          );
        case 'not-attended':
          throw new ConflictException(
            'Our records show you did not attend this event, so the form is not available. If you did come, contact the organisers.',
          );
        case 'responded':
          throw new ConflictException('You have already sent your answers for this event. Thank you.');
        case 'closed':
          throw new GoneException(
            `This form closed on ${toLondonIso(context.closesAt).slice(0, 10)}: it is no longer taking answers.`,
          );
        case 'open':
          break;
      }
      const response =
        context.survey === 'feedback'
          ? this.feedbackAnswers(context, submission, now)
          : this.followUpAnswers(context, submission);
      const saved = await manager.save(
        manager.create(FeedbackResponseEntity, {
          ...response,
          eventId: context.event.id,
          registrationId: context.registration.id,
          survey: context.survey,
          source: 'form',
          submittedAt: now,
          erasedAt: null,
        }),
      );
      if (context.survey === 'feedback') {
        const questions = this.openConsultationQuestions(context.event, context.settings, now);
        for (const [index, question] of questions.entries()) {
          const answer = submission.consultationAnswers?.[index]?.trim();
          if (!answer) continue;
          await manager.insert(ConsultationResponseEntity, {
            eventId: context.event.id,
            feedbackResponseId: saved.id,
            questionIndex: index,
            question: question.slice(0, 1000),
            answer,
            submittedAt: now,
          });
        }
      }
      return { survey: context.survey, submittedAt: toLondonIso(now) };
    });
  }

  /** The answers to store, checked against the form: 422 with every missing or wrong answer keyed by field. */
  private feedbackAnswers(context: LinkContext, input: FeedbackSubmission, now: Date) {
    const { settings } = context;
    const errors: Record<string, string[]> = {};
    if (input.satisfaction === undefined) errors['satisfaction'] = ['Select how satisfied you are with the event'];
    if (settings.askUsefulness && input.usefulness === undefined) {
      errors['usefulness'] = ['Select how useful the event was to you'];
    }
    if (settings.askRecommend && input.recommend === undefined) {
      errors['recommend'] = ['Select how likely you are to recommend events like this one'];
    }
    if (settings.askIntent && input.intent === undefined) {
      errors['intent'] = ['Select whether you will do something differently as a result'];
    }
    const chosen = settings.askThemes ? (input.themes ?? []) : [];
    // In the form's order, whatever order they arrive in.
    const themes = settings.themeCodes.filter((code) => chosen.includes(code));
    if (chosen.some((code) => !settings.themeCodes.includes(code))) {
      errors['themes'] = ['Choose themes from the list'];
    }
    const questions = withQuestionIds(settings.extraQuestions);
    const extra: ExtraAnswer[] = [];
    questions.forEach((question, index) => {
      const answer = input.extraAnswers?.[index]?.trim() ?? '';
      if (!answer) {
        if (question.required) errors[`extraAnswers.${index}`] = [`Answer “${question.text}”`];
        return;
      }
      if (question.kind === 'scale' && !/^[1-5]$/.test(answer)) {
        errors[`extraAnswers.${index}`] = [`Select a number from 1 to 5 for “${question.text}”`];
        return;
      }
      extra.push({ id: question.id, answer });
    });
    const consultation = this.openConsultationQuestions(context.event, settings, now);
    if ((input.consultationAnswers?.length ?? 0) > consultation.length) {
      errors['consultationAnswers'] = ['There are fewer consultation questions than answers'];
    }
    if (Object.keys(errors).length) throw invalid(errors);
    const intentAsked = settings.askIntent;
    const intentDetail = intentAsked && input.intent !== 'no' ? input.intentDetail?.trim() || null : null;
    const comments = settings.askComments ? input.comments?.trim() || null : null;
    const textQuestions = new Set(questions.filter((q) => q.kind === 'text').map((q) => q.id));
    // Consent covers whatever they wrote in their own words; with nothing written there is nothing to quote.
    const wroteSomething = !!(intentDetail || comments || extra.some((answer) => textQuestions.has(answer.id)));
    return {
      satisfaction: input.satisfaction ?? null,
      usefulness: settings.askUsefulness ? (input.usefulness ?? null) : null,
      recommend: settings.askRecommend ? (input.recommend ?? null) : null,
      intent: intentAsked ? (input.intent ?? null) : null,
      intentDetail,
      themes: themes.length ? JSON.stringify(themes) : null,
      comments,
      quoteConsent: wroteSomething && input.quoteConsent === true,
      extraAnswers: extra.length ? JSON.stringify(extra) : null,
      acted: null,
      actedDetail: null,
    };
  }

  private followUpAnswers(_context: LinkContext, input: FeedbackSubmission) {
    if (input.acted === undefined) {
      throw invalid({ acted: ['Select whether you have done something differently since the event'] });
    }
    const detail = input.actedDetail?.trim() || null;
    return {
      satisfaction: null,
      usefulness: null,
      recommend: null,
      intent: null,
      intentDetail: null,
      themes: null,
      comments: null,
      quoteConsent: !!detail && input.quoteConsent === true,
      extraAnswers: null,
      acted: input.acted,
      actedDetail: detail,
    };
  }

  private async linkContext(manager: EntityManager, token: string, now: Date): Promise<LinkContext> {
    if (!FEEDBACK_TOKEN.test(token)) throw new NotFoundException('No such feedback link');
    const link = await manager.findOneBy(FeedbackLinkEntity, { tokenHash: hashToken(token) });
    const registration = link ? await manager.findOneBy(RegistrationEntity, { id: link.registrationId }) : null;
    if (!link || !registration || registration.erasedAt) throw new NotFoundException('No such feedback link');
    const event = await manager.findOne(EventEntity, {
      where: { id: registration.eventId },
      relations: { leadOrganisation: true, partnerOrganisation: true },
    });
    if (!event) throw new NotFoundException('No such feedback link');
    const survey = link.survey;
    const request = await manager.findOneBy(FeedbackRequestEntity, {
      registrationId: registration.id,
      kind: survey === 'feedback' ? 'request' : 'follow-up',
    });
    const closesAt =
      survey === 'feedback'
        ? feedbackClosesAt(event.endsAt, request?.requestedAt ?? null)
        : followUpClosesAt(request?.requestedAt ?? link.createdAt);
    const attendance = await manager.findOneBy(AttendanceRecordEntity, { registrationId: registration.id });
    const responded = await manager.existsBy(FeedbackResponseEntity, { registrationId: registration.id, survey });
    const state: FeedbackFormState =
      registration.status === 'cancelled'
        ? 'cancelled'
        : registration.status !== 'confirmed' || attendance?.status !== 'attended'
          ? 'not-attended'
          : responded
            ? 'responded'
            : event.status === 'cancelled' || now >= closesAt
              ? 'closed'
              : 'open';
    return { survey, registration, event, settings: await this.settingsFor(manager, event), closesAt, state };
  }

  /** A consultation's questions, while the consultation takes responses. */
  private openConsultationQuestions(event: EventEntity, settings: FeedbackFormSettings, now: Date): string[] {
    if (event.type !== 'consultation' || !settings.includeConsultationQuestions) return [];
    if (event.consultationClosesAt && now >= event.consultationClosesAt) return [];
    return consultationQuestions(event);
  }

  // ---- Asking ----

  /**
   * Records that someone is owed a feedback message and publishes it, in the
   * caller's transaction. The unique key on (registration, kind) refuses a
   * second one, which rolls the transaction back: nobody is asked twice.
   */
  async ask(
    manager: EntityManager,
    kind: FeedbackRequestKind,
    registration: Pick<RegistrationEntity, 'id' | 'eventId'>,
    closesAt: Date,
    now: Date,
    extra: { recordingUrl?: string | null; note?: string | null } = {},
  ): Promise<void> {
    await manager.insert(FeedbackRequestEntity, {
      registrationId: registration.id,
      eventId: registration.eventId,
      kind,
      requestedAt: now,
    });
    await this.bus.publish(
      {
        type: 'FeedbackRequested',
        kind,
        registrationId: registration.id,
        eventId: registration.eventId,
        closesAt,
        ...extra,
      } satisfies FeedbackRequested,
      manager,
    );
  }

  /** People with a confirmed place and their attendance, for one event; erased people left out. */
  async people(
    manager: EntityManager,
    eventId: number,
  ): Promise<{ registration: RegistrationEntity; attended: boolean; noShow: boolean }[]> {
    const registrations = await manager.find(RegistrationEntity, {
      where: { eventId, status: 'confirmed' },
      order: { id: 'ASC' },
    });
    const records = new Map(
      (await manager.find(AttendanceRecordEntity, { where: { eventId } })).map((row) => [row.registrationId, row]),
    );
    return registrations
      .filter((registration) => !registration.erasedAt && registration.email)
      .map((registration) => ({
        registration,
        attended: records.get(registration.id)?.status === 'attended',
        noShow: records.get(registration.id)?.status === 'no-show',
      }));
  }

  /**
   * "Send the feedback request now", for an event that has ended (also one
   * recorded afterwards). Asks every attendee not yet asked and without an
   * answer; sends the no-show message when it is turned on. Nobody is asked
   * twice, however often it is pressed.
   */
  async sendRequestsNow(eventId: number, principal: Principal, ip: string | null): Promise<FeedbackRequestsResult> {
    return this.registrations.transaction(async (manager) => {
      const event = await this.events.managedEvent(eventId, principal, manager);
      const now = new Date();
      if (!HELD.includes(event.status)) {
        throw new ConflictException(`Feedback cannot be asked for a ${event.status} event`);
      }
      if (event.endsAt > now) {
        throw new ConflictException(
          `Feedback requests can be sent once the event has ended, after ${toLondonIso(event.endsAt).slice(0, 16).replace('T', ' at ')}`,
        );
      }
      const settings = await this.settingsFor(manager, event);
      const asked = await this.requestsByKind(manager, eventId);
      const responded = await this.respondents(manager, eventId, 'feedback');
      const result: FeedbackRequestsResult = {
        requested: 0,
        alreadyRequested: 0,
        alreadyResponded: 0,
        noShowMessages: 0,
      };
      for (const { registration, attended, noShow } of await this.people(manager, eventId)) {
        if (attended) {
          if (asked.get('request')?.has(registration.id)) result.alreadyRequested += 1;
          else if (responded.has(registration.id)) result.alreadyResponded += 1;
          else {
            await this.ask(manager, 'request', registration, feedbackClosesAt(event.endsAt, now), now);
            result.requested += 1;
          }
        } else if (noShow && settings.noShowMessage.enabled && !this.wasAsked(asked, registration.id)) {
          await this.ask(manager, 'no-show', registration, now, now, settings.noShowMessage);
          result.noShowMessages += 1;
        }
      }
      await this.audit.record(
        {
          actor: auditActor(principal),
          action: 'feedback.requests-sent',
          entityType: 'event',
          entityId: eventId,
          ip,
          details: { requested: result.requested, noShowMessages: result.noShowMessages },
        },
        manager,
      );
      return result;
    });
  }

  /**
   * Whether someone has had a request or the no-show message: someone asked
   * as an attendee and corrected to a no-show afterwards is not sent "sorry
   * we missed you" as well. (The other way round, a no-show corrected to
   * attended, is asked for feedback: they came.)
   */
  wasAsked(asked: Map<FeedbackRequestKind, Map<number, Date>>, registrationId: number): boolean {
    return !!(asked.get('request')?.has(registrationId) || asked.get('no-show')?.has(registrationId));
  }

  async requestsByKind(manager: EntityManager, eventId: number): Promise<Map<FeedbackRequestKind, Map<number, Date>>> {
    const rows = await manager.find(FeedbackRequestEntity, { where: { eventId } });
    const byKind = new Map<FeedbackRequestKind, Map<number, Date>>();
    for (const row of rows) {
      const map = byKind.get(row.kind) ?? new Map<number, Date>();
      map.set(row.registrationId, row.requestedAt);
      byKind.set(row.kind, map);
    }
    return byKind;
  }

  async respondents(manager: EntityManager, eventId: number, survey: FeedbackSurvey): Promise<Set<number>> {
    const rows = await manager.find(FeedbackResponseEntity, {
      select: { registrationId: true },
      where: { eventId, survey },
    });
    return new Set(rows.map((row) => row.registrationId).filter((id): id is number => id !== null));
  }

  // ---- Results, export and import, for organisers ----

  async results(eventId: number, principal: Principal): Promise<FeedbackResults> {
    const manager = this.dataSource.manager;
    const event = await this.events.managedEvent(eventId, principal);
    const settings = await this.settingsFor(manager, event);
    const records = await manager.find(AttendanceRecordEntity, { where: { eventId } });
    const requests = await manager.find(FeedbackRequestEntity, { where: { eventId } });
    const responses = await manager.find(FeedbackResponseEntity, { where: { eventId }, order: { id: 'ASC' } });
    const respondents = await this.respondentNames(manager, responses);
    const feedback = responses.filter((row) => row.survey === 'feedback');
    const followUps = responses.filter((row) => row.survey === 'follow-up');
    const attended = records.filter((row) => row.status === 'attended').length;
    const count = (kind: FeedbackRequestKind) => requests.filter((row) => row.kind === kind).length;
    const texts = (rows: FeedbackResponseEntity[], pick: (row: FeedbackResponseEntity) => string | null) =>
      rows.flatMap((row): FeedbackText[] => {
        const text = pick(row);
        return text
          ? [
              {
                text,
                quoteConsent: row.quoteConsent,
                respondent: row.registrationId !== null ? (respondents.get(row.registrationId) ?? null) : null,
                source: row.source,
                submittedAt: toLondonIso(row.submittedAt),
              },
            ]
          : [];
      });
    const themeCounts = new Map<string, number>();
    for (const row of feedback) {
      for (const code of parseList<string>(row.themes)) themeCounts.set(code, (themeCounts.get(code) ?? 0) + 1);
    }
    const consultationRows = await manager.find(ConsultationResponseEntity, {
      where: { eventId },
      order: { questionIndex: 'ASC', id: 'ASC' },
    });
    const byResponse = new Map(responses.map((row) => [row.id, row]));
    const questions = consultationQuestions(event);
    const consultationIndexes = [
      ...new Set([...questions.keys(), ...consultationRows.map((row) => row.questionIndex)]),
    ].sort((a, b) => a - b);
    const followUpRequested = count('follow-up');
    return {
      eventId: event.id,
      eventTitle: event.title,
      eventType: event.type,
      endsAt: toLondonIso(event.endsAt),
      ended: event.endsAt <= new Date(),
      closesAt: toLondonIso(feedbackClosesAt(event.endsAt, null)),
      sendAutomatically: settings.sendAutomatically,
      attended,
      noShows: records.filter((row) => row.status === 'no-show').length,
      requested: count('request'),
      reminded: count('reminder'),
      noShowMessages: count('no-show'),
      responses: feedback.length,
      imported: feedback.filter((row) => row.source === 'import').length,
      responseRate: rate(feedback.length, attended),
      satisfaction: scaleSummary(
        feedback.map((row) => row.satisfaction),
        SATISFACTION_LABELS,
      ),
      usefulness: scaleSummary(
        feedback.map((row) => row.usefulness),
        USEFULNESS_LABELS,
      ),
      recommend: npsSummary(feedback.map((row) => row.recommend)),
      intent: {
        ...choiceShares(
          feedback.map((row) => row.intent),
          INTENT_CHOICES,
          INTENT_LABELS,
        ),
        details: texts(feedback, (row) => row.intentDetail),
      },
      themes: [...themeCounts]
        .map(([code, count]) => ({ code, label: THEME_LABELS.get(code) ?? code, count }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
      comments: texts(feedback, (row) => row.comments),
      extra: withQuestionIds(settings.extraQuestions).map((question) => {
        const answers = (row: FeedbackResponseEntity) =>
          parseList<ExtraAnswer>(row.extraAnswers).find((answer) => answer.id === question.id)?.answer ?? null;
        const given = feedback.map(answers).filter((answer): answer is string => !!answer);
        const numbers = given.map(Number).filter((value) => Number.isInteger(value));
        return {
          question,
          answered: given.length,
          average:
            question.kind === 'scale' && numbers.length
              ? Math.round((numbers.reduce((sum, value) => sum + value, 0) / numbers.length) * 10) / 10
              : null,
          answers: question.kind === 'text' ? texts(feedback, answers) : [],
        };
      }),
      consultation: consultationIndexes.map((index) => ({
        question: questions[index] ?? consultationRows.find((row) => row.questionIndex === index)?.question ?? '',
        answers: consultationRows
          .filter((row) => row.questionIndex === index)
          .flatMap((row) => {
            const response = byResponse.get(row.feedbackResponseId);
            return response ? texts([response], () => row.answer) : [];
          }),
      })),
      followUp: {
        dueAt: toLondonIso(daysAfter(event.endsAt, this.config.feedback.followUpDays)),
        requested: followUpRequested,
        responses: followUps.length,
        responseRate: rate(followUps.length, followUpRequested),
        acted: choiceShares(
          followUps.map((row) => row.acted),
          ACTED_CHOICES,
          ACTED_LABELS,
        ),
        details: texts(followUps, (row) => row.actedDetail),
      },
    };
  }

  /** Every answer as CSV, with names and addresses, for the organisers' own use. Audited. */
  async exportCsv(
    eventId: number,
    principal: Principal,
    ip: string | null,
  ): Promise<{ filename: string; csv: string }> {
    const manager = this.dataSource.manager;
    const event = await this.events.managedEvent(eventId, principal);
    const settings = await this.settingsFor(manager, event);
    const extra = withQuestionIds(settings.extraQuestions);
    const questions = consultationQuestions(event);
    const responses = await manager.find(FeedbackResponseEntity, { where: { eventId }, order: { id: 'ASC' } });
    const registrations = new Map(
      (responses.some((row) => row.registrationId !== null)
        ? await manager.findBy(RegistrationEntity, {
            id: In(responses.map((row) => row.registrationId).filter((id): id is number => id !== null)),
          })
        : []
      ).map((row) => [row.id, row]),
    );
    const organisations = await this.organisationNames(manager, [...registrations.values()]);
    const consultation = await manager.find(ConsultationResponseEntity, { where: { eventId } });
    let csv = csvRow([
      'Survey',
      'Name',
      'Email',
      'Organisation',
      'Source',
      'Submitted at (UK time)',
      'Satisfaction (1-5)',
      'Usefulness (1-5)',
      'Likely to recommend (0-10)',
      'Will you do something differently as a result?',
      'What will you do differently?',
      'Themes for future events',
      'Comments',
      'May we quote your comment?',
      ...extra.map((question) => question.text),
      ...questions,
      'Have you acted on it?',
      'What did you do?',
    ]);
    for (const row of responses) {
      const registration = row.registrationId !== null ? registrations.get(row.registrationId) : undefined;
      const answers = parseList<ExtraAnswer>(row.extraAnswers);
      csv += csvRow([
        row.survey === 'feedback' ? 'Feedback' : 'Follow-up',
        registration?.name ?? '(deleted at their request)',
        registration?.email ?? '',
        registration ? (organisations.get(registration.id) ?? '') : '',
        row.source,
        toLondonIso(row.submittedAt),
        row.satisfaction,
        row.usefulness,
        row.recommend,
        row.intent,
        row.intentDetail,
        parseList<string>(row.themes)
          .map((code) => THEME_LABELS.get(code) ?? code)
          .join('; '),
        row.comments,
        row.survey === 'feedback' && row.comments ? (row.quoteConsent ? 'yes' : 'no') : '',
        ...extra.map((question) => answers.find((answer) => answer.id === question.id)?.answer ?? ''),
        ...questions.map(
          (_, index) =>
            consultation.find((answer) => answer.feedbackResponseId === row.id && answer.questionIndex === index)
              ?.answer ?? '',
        ),
        row.acted,
        row.actedDetail,
      ]);
    }
    await this.audit.record({
      actor: auditActor(principal),
      action: 'feedback.exported',
      entityType: 'event',
      entityId: eventId,
      ip,
      details: { rows: responses.length },
    });
    return { filename: `feedback-event-${event.id}.csv`, csv };
  }

  /**
   * Responses collected by another tool (a Microsoft Forms export saved as
   * CSV, say), matched to attendees by email. A dry run shows what would be
   * saved; the commit saves exactly that. Importing again changes nothing.
   */
  async importResponses(
    eventId: number,
    bytes: Buffer,
    dryRun: boolean,
    principal: Principal,
    ip: string | null,
  ): Promise<FeedbackImportResult> {
    let file;
    try {
      file = parseFeedbackFile(bytes);
    } catch (error) {
      if (error instanceof FeedbackFileError) throw invalid({ file: [error.message] });
      throw error;
    }
    const work = async (manager: EntityManager): Promise<FeedbackImportResult> => {
      const event = await this.events.managedEvent(eventId, principal, manager);
      if (!HELD.includes(event.status)) {
        throw new ConflictException(`Feedback cannot be recorded for a ${event.status} event`);
      }
      if (event.endsAt > new Date()) throw new ConflictException('Feedback can be imported once the event has ended');
      const registrations = await manager.find(RegistrationEntity, { where: { eventId } });
      const byEmail = new Map(registrations.filter((row) => !row.erasedAt).map((row) => [row.emailKey, row] as const));
      const attendance = new Map(
        (await manager.find(AttendanceRecordEntity, { where: { eventId } })).map((row) => [row.registrationId, row]),
      );
      const responded = await this.respondents(manager, eventId, 'feedback');
      const result: FeedbackImportResult = {
        committed: !dryRun,
        columns: file.columns.map((column) => ({ field: column.field, header: column.header })),
        imported: [],
        alreadyResponded: [],
        unmatched: [],
        notEligible: [],
        invalid: [],
        skippedRows: file.skippedRows,
      };
      const now = new Date();
      for (const row of file.rows) {
        const person = { email: row.email, name: row.name };
        const registration = byEmail.get(normaliseEmail(row.email));
        if (!registration) {
          result.unmatched.push(person);
          continue;
        }
        const record = attendance.get(registration.id);
        if (registration.status !== 'confirmed' || record?.status !== 'attended') {
          result.notEligible.push({
            ...person,
            reason:
              registration.status !== 'confirmed'
                ? `Registration ${registration.status}`
                : record?.status === 'no-show'
                  ? 'Did not attend'
                  : 'Attendance not recorded',
          });
          continue;
        }
        if (responded.has(registration.id)) {
          result.alreadyResponded.push(person);
          continue;
        }
        if (row.problems.length) {
          result.invalid.push({ ...person, row: row.row, problems: row.problems });
          continue;
        }
        responded.add(registration.id);
        result.imported.push(person);
        if (dryRun) continue;
        const { themes, ...answers } = row.answers;
        await manager.insert(FeedbackResponseEntity, {
          ...answers,
          quoteConsent: answers.quoteConsent && !!(answers.comments || answers.intentDetail),
          themes: themes.length ? JSON.stringify(themes) : null,
          eventId,
          registrationId: registration.id,
          survey: 'feedback',
          source: 'import',
          extraAnswers: null,
          acted: null,
          actedDetail: null,
          submittedAt: now,
          erasedAt: null,
        });
      }
      if (!dryRun) {
        await this.audit.record(
          {
            actor: auditActor(principal),
            action: 'feedback.imported',
            entityType: 'event',
            entityId: eventId,
            ip,
            details: { imported: result.imported.length, unmatched: result.unmatched.length },
          },
          manager,
        );
      }
      return result;
    };
    return dryRun ? work(this.dataSource.manager) : this.registrations.transaction(work);
  }

  // ---- Erasure ----

  /**
   * "Delete my data": the person's links go, and their answers lose the link
   * to them and every free-text answer (which could identify them, and which
   * they have withdrawn); the scales and choices stay, anonymous, so the
   * event's averages and response rate stay true.
   */
  private async erase(
    manager: EntityManager,
    registrationId: number,
    reason: 'request' | 'retention' = 'request',
  ): Promise<void> {
    await manager.delete(FeedbackLinkEntity, { registrationId });
    const responses = await manager.find(FeedbackResponseEntity, { where: { registrationId } });
    for (const response of responses) {
      await manager.delete(ConsultationResponseEntity, { feedbackResponseId: response.id });
      const event = await manager.findOneBy(EventEntity, { id: response.eventId });
      const scales = new Set(
        event
          ? withQuestionIds((await this.settingsFor(manager, event)).extraQuestions)
              .filter((question) => question.kind === 'scale')
              .map((question) => question.id)
          : [],
      );
      const kept = parseList<ExtraAnswer>(response.extraAnswers).filter((answer) => scales.has(answer.id));
      await manager.update(
        FeedbackResponseEntity,
        { id: response.id },
        {
          registrationId: null,
          // At the end of the retention period, words their author agreed may be quoted stay (without a name).
          intentDetail: reason === 'retention' && response.quoteConsent ? response.intentDetail : null,
          comments: reason === 'retention' && response.quoteConsent ? response.comments : null,
          actedDetail: reason === 'retention' && response.quoteConsent ? response.actedDetail : null,
          quoteConsent: reason === 'retention' && response.quoteConsent,
          extraAnswers: kept.length ? JSON.stringify(kept) : null,
          erasedAt: new Date(),
        },
      );
    }
  }

  // ---- Shared ----

  private async respondentNames(
    manager: EntityManager,
    responses: FeedbackResponseEntity[],
  ): Promise<Map<number, string>> {
    const ids = [...new Set(responses.map((row) => row.registrationId).filter((id): id is number => id !== null))];
    if (!ids.length) return new Map();
    const registrations = await manager.findBy(RegistrationEntity, { id: In(ids) });
    const organisations = await this.organisationNames(manager, registrations);
    return new Map(
      registrations
        .filter((row) => row.name)
        .map((row) => [row.id, [row.name, organisations.get(row.id)].filter(Boolean).join(', ')]),
    );
  }

  /** Council name or organisation name, by registration id. */
  private async organisationNames(manager: EntityManager, rows: RegistrationEntity[]): Promise<Map<number, string>> {
    const codes = [...new Set(rows.map((row) => row.councilCode).filter((code): code is string => !!code))];
    const councils = new Map(
      (codes.length ? await manager.findBy(CouncilEntity, { gssCode: In(codes) }) : []).map((row) => [
        row.gssCode,
        row.name,
      ]),
    );
    return new Map(
      rows.map((row) => [row.id, (row.councilCode ? councils.get(row.councilCode) : row.organisationName) ?? '']),
    );
  }
}

export function consultationQuestions(event: Pick<EventEntity, 'type' | 'consultationQuestions'>): string[] {
  return event.type === 'consultation' && event.consultationQuestions
    ? (JSON.parse(event.consultationQuestions) as string[])
    : [];
}

function parseList<T>(json: string | null): T[] {
  return json ? (JSON.parse(json) as T[]) : [];
}
