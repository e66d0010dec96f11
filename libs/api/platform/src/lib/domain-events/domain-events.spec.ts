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

  it('publishAll gives a batch handler all events of its type at once and others one by one, type by type', async () => {
    const bus = new DomainEventBus();
    const calls: string[] = [];
    bus.subscribeAll<Rescheduled>('EventRescheduled', async (events) => {
      calls.push(`all ${events.map((event) => event.eventId).join(',')}`);
    });
    bus.subscribe<Rescheduled>('EventRescheduled', async (event) => {
      calls.push(`each ${event.eventId}`);
    });
    bus.subscribe('EventCancelled', async () => {
      calls.push('cancelled');
    });
    await bus.publishAll(
      [
        { type: 'EventRescheduled', eventId: 1 } as Rescheduled,
        { type: 'EventCancelled' },
        { type: 'EventRescheduled', eventId: 2 } as Rescheduled,
      ],
      manager,
    );
    expect(calls).toEqual(['all 1,2', 'each 1', 'each 2', 'cancelled']);
    calls.length = 0;
    await bus.publish({ type: 'EventRescheduled', eventId: 3 } as Rescheduled, manager);
    expect(calls).toEqual(['all 3', 'each 3']);
  });
});
