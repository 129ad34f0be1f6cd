import { randomUUID } from 'node:crypto';
import { prepareTestDatabase } from '#database';
import { PostgresEventStore, WrongExpectedRevision, streamName, type EventStore } from '#event-store';
import { refuse, rule, RuleViolation, type Decider, type DomainEvent } from '#domain-core';
import { handleCommand, StreamStateCache, type CommandEnvelope, type CommandHandling } from './handle-command.js';

/** A small ledger decider: enough rules to exercise the handler, no more. */
type Command = { type: 'Deposit'; data: { amount: number } } | { type: 'Close'; data: Record<string, never> };
type Event = DomainEvent<'Deposited', { amount: number }> | DomainEvent<'Closed', Record<string, never>>;
type State = { status: 'open'; balance: number } | { status: 'closed'; balance: number };
const closedLedgerTakesNothing = rule('closedLedgerTakesNothing', 'test', 'a closed ledger takes no deposit');

const ledger: Decider<Command, Event, State, { now: string }> = {
  initialState: () => ({ status: 'open', balance: 0 }),
  evolve: (state, event) =>
    event.type === 'Deposited' ? { ...state, balance: state.balance + event.data.amount } : { status: 'closed', balance: state.balance },
  decide: (command, state) => {
    if (command.type === 'Close') return state.status === 'closed' ? [] : [{ type: 'Closed', data: {} }];
    if (state.status === 'closed') refuse(closedLedgerTakesNothing, 'the ledger is closed', 'amount');
    return [{ type: 'Deposited', data: { amount: command.data.amount } }];
  },
};

const metadata = { actor: { userId: 'u1', role: 'arbitration-clerk' as const, organisationId: 'org-1' }, organisationId: 'org-1', correlationId: 'c1' };

describe('handleCommand (real PostgreSQL store)', () => {
  let store: EventStore;
  beforeAll(async () => {
    store = PostgresEventStore.connect(await prepareTestDatabase());
  });
  afterAll(async () => store.close());

  const handling = (stream: string): CommandHandling<Command, Event, State, { now: string }> => ({
    store,
    stream,
    decider: ledger,
    context: () => ({ now: '2026-03-01T00:00:00.000Z' }),
    summarise: (event) => (event.type === 'Deposited' ? `deposited ${event.data.amount}` : 'closed'),
  });
  const envelope = (command: Command, extra: Partial<CommandEnvelope<Command>> = {}): CommandEnvelope<Command> => ({
    commandId: randomUUID(),
    command,
    metadata,
    ...extra,
  });

  it('appends the decided events with who, why and a summary', async () => {
    const stream = streamName('ledger', randomUUID());
    const command = envelope({ type: 'Deposit', data: { amount: 5 } });
    const outcome = await handleCommand(handling(stream), command);
    expect(outcome).toMatchObject({ revision: 0, events: [{ type: 'Deposited' }] });
    const [stored] = await store.readStream(stream);
    expect(stored!.metadata).toEqual({ ...metadata, causationId: command.commandId, summary: 'deposited 5' });
  });

  it('emits nothing when nothing changes, and passes a rule violation through untouched', async () => {
    const stream = streamName('ledger', randomUUID());
    await handleCommand(handling(stream), envelope({ type: 'Close', data: {} }));
    expect(await handleCommand(handling(stream), envelope({ type: 'Close', data: {} }))).toEqual({ events: [], revision: 0, position: null });
    await expect(handleCommand(handling(stream), envelope({ type: 'Deposit', data: { amount: 1 } }))).rejects.toBeInstanceOf(RuleViolation);
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('retries when another writer got in first, deciding again on the new state', async () => {
    const stream = streamName('ledger', randomUUID());
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => handleCommand(handling(stream), envelope({ type: 'Deposit', data: { amount: i + 1 } }))),
    );
    expect(results.map((r) => r.revision).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const balance = (await store.readStream(stream)).reduce((sum, e) => sum + (e.data as { amount: number }).amount, 0);
    expect(balance).toBe(55);
  });

  it('refuses a stale If-Match revision without retrying', async () => {
    const stream = streamName('ledger', randomUUID());
    await handleCommand(handling(stream), envelope({ type: 'Deposit', data: { amount: 1 } }));
    await handleCommand(handling(stream), envelope({ type: 'Deposit', data: { amount: 1 } }));
    const stale = handleCommand(handling(stream), envelope({ type: 'Deposit', data: { amount: 1 } }, { expectedRevision: 0 }));
    await expect(stale).rejects.toBeInstanceOf(WrongExpectedRevision);
    await expect(stale).rejects.toMatchObject({ expected: 0, actual: 1 });
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  it('a retried command (same command id) whose first attempt landed appends nothing twice', async () => {
    const stream = streamName('ledger', randomUUID());
    const command = envelope({ type: 'Deposit', data: { amount: 7 } });
    const first = await handleCommand(handling(stream), command);
    // The response was lost; the client sends the same command again.
    const again = await handleCommand(handling(stream), command);
    expect(again.revision).toBe(first.revision);
    expect(again.position).toBe(first.position);
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  describe('with a cache of folded streams', () => {
    /** The real store, recording where each stream read started. */
    const recording = () => {
      const reads: (number | undefined)[] = [];
      const spy: EventStore = Object.create(store, {
        readStream: { value: (stream: string, options?: { from?: number }) => (reads.push(options?.from), store.readStream(stream, options)) },
      });
      return { reads, spy };
    };
    type Counted = { events: number; deposits: number };
    const counting = { initial: { events: 0, deposits: 0 }, evolve: (f: Counted, e: { type: string }) => ({ events: f.events + 1, deposits: f.deposits + (e.type === 'Deposited' ? 1 : 0) }) };

    it('reads only the events after the cached revision, other writers included, and decides and checks as a full read would', async () => {
      const stream = streamName('ledger', randomUUID());
      const { reads, spy } = recording();
      const cache = new StreamStateCache<State, Counted>(10);
      const seen: [Counted, number][] = [];
      const cached: CommandHandling<Command, Event, State, { now: string }, Counted> = {
        ...handling(stream),
        store: spy,
        facts: counting,
        cache,
        check: (facts, _state, revision) => void seen.push([facts, revision]),
      };
      await handleCommand(cached, envelope({ type: 'Deposit', data: { amount: 1 } }));
      await handleCommand(cached, envelope({ type: 'Deposit', data: { amount: 2 } }));
      // Another process (no cache) writes twice in between.
      await handleCommand(handling(stream), envelope({ type: 'Deposit', data: { amount: 3 } }));
      await handleCommand(handling(stream), envelope({ type: 'Close', data: {} }));
      await expect(handleCommand(cached, envelope({ type: 'Deposit', data: { amount: 4 } }))).rejects.toBeInstanceOf(RuleViolation);

      expect(reads).toEqual([undefined, undefined, 1]);
      expect(seen).toEqual([
        [{ events: 0, deposits: 0 }, -1],
        [{ events: 1, deposits: 1 }, 0],
        [{ events: 4, deposits: 3 }, 3],
      ]);
      expect(cache.get(stream)).toMatchObject({ revision: 3, state: { status: 'closed', balance: 6 }, facts: { events: 4, deposits: 3 } });
    });

    it('a conflict under the cache decides again on the new state; an If-Match check uses the cached revision', async () => {
      const stream = streamName('ledger', randomUUID());
      const cache = new StreamStateCache<State, Counted>(10);
      const cached: CommandHandling<Command, Event, State, { now: string }, Counted> = { ...handling(stream), check: undefined, facts: counting, cache };
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => handleCommand(cached, envelope({ type: 'Deposit', data: { amount: i + 1 } }))));
      expect(results.map((r) => r.revision).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5]);
      await handleCommand(cached, envelope({ type: 'Deposit', data: { amount: 0 } }, { expectedRevision: 5 }));
      await expect(handleCommand(cached, envelope({ type: 'Deposit', data: { amount: 0 } }, { expectedRevision: 5 }))).rejects.toMatchObject({ expected: 5, actual: 6 });
      expect(cache.get(stream)).toMatchObject({ revision: 6, state: { balance: 21 } });
    });
  });
});

describe('StreamStateCache', () => {
  const folded = (revision: number) => ({ revision, state: revision, facts: undefined });

  it('drops the least recently used stream beyond its capacity; a read counts as use', () => {
    const cache = new StreamStateCache<number, undefined>(2);
    cache.set('a', folded(1));
    cache.set('b', folded(1));
    cache.get('a');
    cache.set('c', folded(1));
    expect([cache.get('a')?.revision, cache.get('b'), cache.get('c')?.revision, cache.size]).toEqual([1, undefined, 1, 2]);
  });

  it('never goes back to an older revision (a slower concurrent command finishing last)', () => {
    const cache = new StreamStateCache<number, undefined>(2);
    cache.set('a', folded(5));
    cache.set('a', folded(3));
    expect(cache.get('a')?.revision).toBe(5);
    cache.set('a', folded(6));
    expect(cache.get('a')?.revision).toBe(6);
  });
});
