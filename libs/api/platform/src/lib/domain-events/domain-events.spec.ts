import type { EntityManager } from 'typeorm';
import { type DomainEvent, DomainEventBus } from './domain-events';

interface Rescheduled extends DomainEvent {
  type: 'EventRescheduled';
  eventId: number;
}

describe('DomainEventBus', () => {
  const manager = {} as EntityManager;

  it('calls every handler of the type, in order, with the transaction’s manager', async () => {
    const bus = new DomainEventBus();
    const calls: string[] = [];
    bus.subscribe<Rescheduled>('EventRescheduled', async (event, given) => {
      calls.push(`first ${event.eventId} ${given === manager}`);
    });
    bus.subscribe<Rescheduled>('EventRescheduled', async () => {
      calls.push('second');
    });
    bus.subscribe('EventCancelled', async () => {
      calls.push('wrong type');
    });
    await bus.publish({ type: 'EventRescheduled', eventId: 4 } as Rescheduled, manager);
    expect(calls).toEqual(['first 4 true', 'second']);
  });

  it('lets a failing handler fail the publisher, so its transaction rolls back', async () => {
    const bus = new DomainEventBus();
    bus.subscribe('EventCancelled', async () => {
      throw new Error('outbox full');
    });
    await expect(bus.publish({ type: 'EventCancelled' }, manager)).rejects.toThrow('outbox full');
  });
});
