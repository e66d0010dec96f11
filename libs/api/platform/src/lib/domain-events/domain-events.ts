import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Something that happened in a domain, that other domains may react to. */
export interface DomainEvent {
  readonly type: string;
}

export type DomainEventHandler<E extends DomainEvent> = (event: E, manager: EntityManager) => Promise<void>;
/** Handles every event of its type that one publishAll carries, at once (one insert for many rows, say). */
export type DomainEventBatchHandler<E extends DomainEvent> = (events: E[], manager: EntityManager) => Promise<void>;

type Subscription = { each: DomainEventHandler<DomainEvent> } | { all: DomainEventBatchHandler<DomainEvent> };

/**
 * In-process publish/subscribe for domain events. Handlers run inside the
 * publisher's transaction (they get its EntityManager), so what they write —
 * outbox messages, audit rows — commits or rolls back with the change that
 * caused it. A handler that throws rolls the whole change back.
 */
@Injectable()
export class DomainEventBus {
  private readonly subscriptions = new Map<string, Subscription[]>();

  subscribe<E extends DomainEvent>(type: E['type'], handler: DomainEventHandler<E>): void {
    this.add(type, { each: handler as DomainEventHandler<DomainEvent> });
  }

  /** Subscribes a handler that takes all of a publishAll's events of the type in one call. */
  subscribeAll<E extends DomainEvent>(type: E['type'], handler: DomainEventBatchHandler<E>): void {
    this.add(type, { all: handler as DomainEventBatchHandler<DomainEvent> });
  }

  publish<E extends DomainEvent>(event: E, manager: EntityManager): Promise<void> {
    return this.publishAll([event], manager);
  }

  /**
   * Publishes several events: type by type in the order each type first appears; each handler gets the
   * events of its type in the order given (a batch handler all at once, another one by one).
   */
  async publishAll<E extends DomainEvent>(events: readonly E[], manager: EntityManager): Promise<void> {
    for (const type of new Set(events.map((event) => event.type))) {
      const ofType = events.filter((event) => event.type === type);
      for (const subscription of this.subscriptions.get(type) ?? []) {
        if ('all' in subscription) await subscription.all(ofType, manager);
        else for (const event of ofType) await subscription.each(event, manager);
      }
    }
  }

  private add(type: string, subscription: Subscription): void {
    this.subscriptions.set(type, [...(this.subscriptions.get(type) ?? []), subscription]);
  }
}
