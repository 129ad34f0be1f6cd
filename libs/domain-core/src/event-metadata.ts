/** Who may act in the system. The permission table (API layer) decides what each may do. */
export const roles = [
  'mediator',
  'mediation-admin',
  'arbitration-clerk',
  'arbitrator',
  'commission-chair',
  'court-liaison',
  'union-officer',
  'analyst',
  'admin',
  'system',
] as const;
export type Role = (typeof roles)[number];

export interface Actor {
  readonly userId: string;
  readonly role: Role;
  readonly organisationId: string;
  readonly displayName?: string;
}

/** An agent or clerk acting for a party (HMCTS: "on behalf of"). */
export interface OnBehalfOf {
  readonly partyId: string;
  readonly capacity: 'agent' | 'clerk' | 'representative' | 'guardian';
}

/**
 * Stored with every event. Added by the application layer around a decision, never by the decider:
 * deciders return facts, the handler says who stated them.
 */
export interface EventMetadata {
  readonly actor: Actor;
  readonly onBehalfOf?: OnBehalfOf;
  readonly organisationId: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly requestId?: string;
  /** One human sentence, for the case history a court liaison reads. */
  readonly summary: string;
}
