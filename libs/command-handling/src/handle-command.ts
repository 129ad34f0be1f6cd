import { WrongExpectedRevision, type EventStore, type Position, type RecordedEvent } from '#event-store';
import type { Decider, DomainEvent, EventMetadata } from '#domain-core';
import { eventIdFor } from './deterministic-id.js';

/** Who asks, and how the facts will be attributed. `summary` is written per event by `summarise`. */
export type CommandMetadata = Omit<EventMetadata, 'summary' | 'causationId'>;

export interface CommandEnvelope<Command> {
  /** Unique per command attempt chain: event ids derive from it, so a retried command appends nothing twice. */
  readonly commandId: string;
  readonly command: Command;
  readonly metadata: CommandMetadata;
  /** The revision the caller last saw (HTTP If-Match): a stale one is a conflict, never retried. */
  readonly expectedRevision?: number;
}

/** What a command folds beside the decider's state from the same events, for `check` (the organisations a case names). */
export interface FactsFold<Facts> {
  readonly initial: Facts;
  readonly evolve: (facts: Facts, event: RecordedEvent) => Facts;
}

export interface CommandHandling<Command, Event extends DomainEvent, State, Context, Facts = undefined> {
  readonly store: EventStore;
  readonly stream: string;
  readonly decider: Decider<Command, Event, State, Context>;
  /** Builds the decision context (clock, ids, injected services) for the folded state. */
  readonly context: (state: State) => Context;
  readonly summarise: (event: Event) => string;
  readonly facts?: FactsFold<Facts>;
  /**
   * Runs on every attempt before the decision, with the facts folded from the stream as read: who may act on this case
   * is decided by the organisations its facts name. `revision` -1: the stream does not exist. Throw to refuse.
   */
  readonly check?: (facts: Facts, state: State, revision: number) => void;
  /** Folded streams kept between commands: a command then reads only the events after the revision it finds there. */
  readonly cache?: StreamStateCache<State, Facts>;
  /** Attempts when other writers got in between (only without `expectedRevision`); default 10, with jittered backoff. */
  readonly maxAttempts?: number;
}

export interface CommandOutcome<Event> {
  readonly events: readonly Event[];
  /** The stream's revision after the command (-1: the stream does not exist). */
  readonly revision: number;
  /** Where the last new event sits in the global log (null when nothing was appended). */
  readonly position: Position | null;
}

/** A decider's state from recorded events (what every command reads before deciding, and what case reads show). */
export const foldRecorded = <State, Event>(
  decider: { evolve: (s: State, e: Event) => State; initialState: () => State },
  events: readonly RecordedEvent[],
  from: State = decider.initialState(),
) => events.reduce((state, event) => decider.evolve(state, { type: event.type, data: event.data } as Event), from);

export interface Folded<State, Facts> {
  /** Of the last event folded; -1 for none. */
  readonly revision: number;
  readonly state: State;
  readonly facts: Facts;
}

/**
 * Folded states of the streams commanded last, least recently used dropped first. Safe across processes and writers:
 * events are immutable and revisions dense, so a folded state at revision r plus the events after r is the stream's
 * state; a stale entry only means reading more events. States are shared, never changed: evolve is pure.
 */
export class StreamStateCache<State, Facts> {
  private readonly entries = new Map<string, Folded<State, Facts>>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(stream: string): Folded<State, Facts> | undefined {
    const entry = this.entries.get(stream);
    if (entry) {
      this.entries.delete(stream);
      this.entries.set(stream, entry);
    }
    return entry;
  }

  set(stream: string, folded: Folded<State, Facts>): void {
    const known = this.entries.get(stream);
    if (known && known.revision > folded.revision) return;
    this.entries.delete(stream);
    this.entries.set(stream, folded);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}

/** The stream's state: from the cache and the events after it, or from the whole stream. */
async function readFolded<Command, Event extends DomainEvent, State, Context, Facts>(
  handling: CommandHandling<Command, Event, State, Context, Facts>,
): Promise<Folded<State, Facts>> {
  const { decider, facts } = handling;
  const start: Folded<State, Facts> = handling.cache?.get(handling.stream) ?? {
    revision: -1,
    state: decider.initialState(),
    facts: facts?.initial as Facts,
  };
  const events = await handling.store.readStream(handling.stream, start.revision < 0 ? undefined : { from: start.revision + 1 });
  const last = events.at(-1);
  if (!last) return start;
  const folded: Folded<State, Facts> = {
    revision: last.revision,
    state: foldRecorded(decider, events, start.state),
    facts: facts ? events.reduce(facts.evolve, start.facts) : start.facts,
  };
  handling.cache?.set(handling.stream, folded);
  return folded;
}

/**
 * Read the stream (or what was appended since the cached fold), fold it, decide, append at the revision read. A
 * conflict means someone else wrote first: decide again on the new state, a bounded number of times. Rule violations
 * from the decider pass through untouched.
 */
export async function handleCommand<Command, Event extends DomainEvent, State, Context, Facts = undefined>(
  handling: CommandHandling<Command, Event, State, Context, Facts>,
  envelope: CommandEnvelope<Command>,
): Promise<CommandOutcome<Event>> {
  const { store, stream, decider } = handling;
  const attempts = envelope.expectedRevision === undefined ? (handling.maxAttempts ?? 10) : 1;
  for (let attempt = 1; ; attempt++) {
    const { revision, state, facts } = await readFolded(handling);
    if (envelope.expectedRevision !== undefined && envelope.expectedRevision !== revision) {
      throw new WrongExpectedRevision(stream, envelope.expectedRevision, revision < 0 ? 'no_stream' : revision);
    }
    handling.check?.(facts, state, revision);
    const events = decider.decide(envelope.command, state, handling.context(state));
    if (events.length === 0) return { events, revision, position: null };
    try {
      const result = await store.append(
        stream,
        events.map((event, index) => ({
          id: eventIdFor(envelope.commandId, index),
          type: event.type,
          data: event.data,
          metadata: { ...envelope.metadata, causationId: envelope.commandId, summary: handling.summarise(event) },
        })),
        { expected: revision < 0 ? 'no_stream' : revision },
      );
      return { events, revision: result.nextExpectedRevision, position: result.position };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevision) || attempt >= attempts) throw error;
      // Writers that collided would collide again in lockstep: spread them out.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 2 ** Math.min(attempt, 6)));
    }
  }
}
