import type { DomainCommand, LegalDate } from '#domain-core';
import type { InterruptionGround, Registration } from './events.js';

export type RegisterDispute = DomainCommand<'RegisterDispute', Registration>;
export type RecordLimitationInterruption = DomainCommand<'RecordLimitationInterruption', {
  readonly ground: InterruptionGround;
  readonly interruptedOn: LegalDate;
  readonly note?: string;
}>;

export type IntakeCommand = RegisterDispute | RecordLimitationInterruption;
