import { refuse } from '#domain-core';
import type { LitigationContext, PartyRole } from '../context.js';
import { litigationRules } from '../rules.js';

export function roleOf(context: LitigationContext, partyId: string, field = 'partyId'): PartyRole {
  const party = context.parties.find((p) => p.partyId === partyId);
  return party?.role ?? refuse(litigationRules.partyMustBeOnTheCase, `party ${partyId} is not a party of dispute ${context.disputeId}`, field);
}
