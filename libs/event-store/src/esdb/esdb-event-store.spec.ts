import { randomUUID } from 'node:crypto';
import { EventStoreUnavailable } from '../event-store.port.js';
import { EsdbEventStore } from './esdb-event-store.js';

describe('EsdbEventStore without a server', () => {
  it('fails an append quickly with EventStoreUnavailable', async () => {
    const store = EsdbEventStore.connect('esdb://127.0.0.1:1?tls=false&defaultDeadline=2000');
    try {
      const append = store.append('dispute-x', [{ id: randomUUID(), type: 'A', data: {}, metadata: {} }], { expected: 'any' });
      await expect(append).rejects.toBeInstanceOf(EventStoreUnavailable);
    } finally {
      await store.close();
    }
  }, 15_000);
});
