import type { Instant } from './values.js';

/** An event as a decider returns it: the type name and its data. Metadata is added by the handler. */
export interface DomainEvent<Type extends string = string, Data extends object = object> {
  readonly type: Type;
  readonly data: Data;
}

export interface DomainCommand<Type extends string = string, Data extends object = object> {
  readonly type: Type;
  readonly data: Data;
}

/**
 * Emmett's decider: `decide(command, state) → events` (throws RuleViolation to refuse),
 * `evolve(state, event) → state`. Time and ids arrive through `Clock`/the command, never from globals.
 */
export interface Decider<Command, Event, State, Context = DecisionContext> {
  readonly decide: (command: Command, state: State, context: Context) => readonly Event[];
  readonly evolve: (state: State, event: Event) => State;
  readonly initialState: () => State;
}

/** The injected clock and id source of one decision. */
export interface DecisionContext {
  /** When the command is being decided (from the injected clock). */
  readonly now: Instant;
  /** Fresh ids for new entities (sessions, deadlines…), injected so tests are deterministic. */
  readonly newId: () => string;
}
