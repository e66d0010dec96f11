import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Something that happened in a domain, that other domains may react to. */
export interface DomainEvent {
  readonly type: string;
}

export type DomainEventHandler<E extends DomainEvent> = (event: E, manager: EntityManager) => Promise<void>;

/**
 * In-process publish/subscribe for domain events. Handlers run inside the
 * publisher's transaction (they get its EntityManager), so what they write —
 * outbox messages, audit rows — commits or rolls back with the change that
 * caused it. A handler that throws rolls the whole change back.
 */
@Injectable()
export class DomainEventBus {
  private readonly handlers = new Map<string, DomainEventHandler<DomainEvent>[]>();

  subscribe<E extends DomainEvent>(type: E['type'], handler: DomainEventHandler<E>): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as DomainEventHandler<DomainEvent>);
    this.handlers.set(type, list);
  }

  async publish<E extends DomainEvent>(event: E, manager: EntityManager): Promise<void> {
    for (const handler of this.handlers.get(event.type) ?? []) await handler(event, manager);
  }
}
