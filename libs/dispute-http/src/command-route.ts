import type { z } from 'zod';
import type { DisputeCommand } from '#dispute';

/** Commands a person sends over HTTP: deadline expiry comes from the timers, challenge windows from award receipts. */
export type RoutedCommandType = Exclude<DisputeCommand['type'], 'ExpireDeadline' | 'OpenChallengeWindows' | 'RegisterDispute'>;
export type DataOf<T extends DisputeCommand['type']> = Extract<DisputeCommand, { type: T }>['data'];

export interface CommandRoute<T extends RoutedCommandType = RoutedCommandType, Input = DataOf<T>> {
  readonly command: T;
  /** Under `/disputes/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly body: z.ZodType<Input>;
  readonly example: Input;
  /** The server completes the command: the case number comes from the commission's counter, never from the caller. */
  readonly completes?: 'caseNumber';
}

/** Typed at the definition, so a body schema that drifts from the domain command does not compile. */
export const route = <T extends RoutedCommandType, Input = DataOf<T>>(definition: CommandRoute<T, Input>): CommandRoute =>
  definition as unknown as CommandRoute;
