import { createValidationPipe } from '@epm/api/platform';
import { AuditQueryDto } from './audit.controller';
import { AuditEventEntity } from './audit.entity';
import { mapAuditEvent } from './audit.service';

function anAuditEvent(overrides: Partial<AuditEventEntity> = {}): AuditEventEntity {
  return Object.assign(new AuditEventEntity(), {
    id: 7,
    at: new Date('2026-03-29T09:00:00Z'),
    actorUserId: 3,
    actorEmail: 'lena@lga.example',
    action: 'user.role.changed',
    entityType: 'user',
    entityId: '12',
    ip: '203.0.113.9',
    details: JSON.stringify({ role: { from: 'reviewer', to: 'organiser' } }),
    ...overrides,
  });
}

describe('mapAuditEvent', () => {
  it('returns the event with its actor, time in UTC and parsed details', () => {
    expect(mapAuditEvent(anAuditEvent())).toEqual({
      id: 7,
      at: '2026-03-29T09:00:00.000Z',
      actor: { id: 3, email: 'lena@lga.example' },
      action: 'user.role.changed',
      entityType: 'user',
      entityId: '12',
      ip: '203.0.113.9',
      details: { role: { from: 'reviewer', to: 'organiser' } },
    });
  });

  it('shows anonymous events (a failed sign-in) with no actor', () => {
    expect(mapAuditEvent(anAuditEvent({ actorUserId: null, actorEmail: null, details: null }))).toMatchObject({
      actor: null,
      details: null,
    });
  });
});

describe('AuditQueryDto', () => {
  const validate = (query: object) =>
    createValidationPipe()
      .transform(query, { type: 'query', metatype: AuditQueryDto })
      .then(
        () => null,
        (error: { getResponse(): { errors: Record<string, string[]> } }) => Object.keys(error.getResponse().errors),
      );

  it('accepts an action prefix and paging', async () => {
    await expect(validate({ action: 'auth.login', page: '2', pageSize: '50' })).resolves.toBeNull();
  });

  it.each([
    [{ action: "auth'; DROP TABLE" }, ['action']],
    [{ pageSize: '1000' }, ['pageSize']],
    [{ page: '0' }, ['page']],
  ])('refuses %o', async (query, fields) => {
    await expect(validate(query)).resolves.toEqual(fields);
  });
});
