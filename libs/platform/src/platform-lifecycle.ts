import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { EventStore } from '#event-store';
import { EVENT_STORE, REDIS } from './tokens.js';

/** Closes the shared connections on shutdown (SIGTERM), after Nest has stopped taking requests. */
@Injectable()
export class PlatformLifecycle implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly eventStore: EventStore, @Inject(REDIS) private readonly redis: Redis | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.eventStore.close();
    this.redis?.disconnect();
  }
}
