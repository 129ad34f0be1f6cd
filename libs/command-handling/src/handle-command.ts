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

export interface CommandHandling<Command, Event extends DomainEvent, State, Context> {
  readonly store: EventStore;
  readonly stream: string;
  readonly decider: Decider<Command, Event, State, Context>;
  /** Builds the decision context (clock, ids, injected services) for the folded state. */
  readonly context: (state: State) => Context;
  readonly summarise: (event: Event) => string;
  /**
   * Runs on every attempt before the decision, with the stream as read: who may act on this case is decided by the
   * organisations its facts name, which only the history knows. Throw to refuse.
   */
  readonly check?: (history: readonly RecordedEvent[], state: State) => void;
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
export const foldRecorded = <State, Event>(decider: { evolve: (s: State, e: Event) => State; initialState: () => State }, events: readonly RecordedEvent[]) =>
  events.reduce((state, event) => decider.evolve(state, { type: event.type, data: event.data } as Event), decider.initialState());

/**
 * Read the stream, fold it, decide, append at the revision read. A conflict means someone else wrote first: decide
 * again on the new state, a bounded number of times. Rule violations from the decider pass through untouched.
 */
export async function handleCommand<Command, Event extends DomainEvent, State, Context>(
  handling: CommandHandling<Command, Event, State, Context>,
  envelope: CommandEnvelope<Command>,
): Promise<CommandOutcome<Event>> {
  const { store, stream, decider } = handling;
  const attempts = envelope.expectedRevision === undefined ? (handling.maxAttempts ?? 10) : 1;
  for (let attempt = 1; ; attempt++) {
    const history = await store.readStream(stream);
    const revision = history.length - 1;
    if (envelope.expectedRevision !== undefined && envelope.expectedRevision !== revision) {
      throw new WrongExpectedRevision(stream, envelope.expectedRevision, revision < 0 ? 'no_stream' : revision);
    }
    const state = foldRecorded(decider, history);
    handling.check?.(history, state);
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
