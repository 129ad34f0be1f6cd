import { ensure, type DeadlineCancelled, type DisputeClosed } from '#domain-core';
import type { RecordMediationStatementSigned } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { MediationStatementSigned, MediationStatementTookEffect } from '../events.js';
import { arbitrationRules as rules } from '../rules.js';
import { activeCase, cancelLive, isParty, notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/** 签收: the 调解书 binds once every party has signed for it (LDMAL 42); the case then closes with the agreed sum. */
export function recordMediationStatementSigned(
  command: RecordMediationStatementSigned,
  state: ArbitrationState,
  context: ArbitrationContext,
): readonly (MediationStatementSigned | MediationStatementTookEffect | DeadlineCancelled | DisputeClosed)[] {
  const { statementId, partyId, signedOn } = command.data;
  const statement = 'mediationStatement' in state ? state.mediationStatement : undefined;
  if (statement?.statementId === statementId && statement.signatures[partyId] !== undefined) return [];
  activeCase(state);
  ensure(statement !== undefined && statement.statementId === statementId, rules.mediationStatementMustBeIssued, `no statement ${statementId}`, 'statementId');
  ensure(Object.keys(statement.repudiations).length === 0, rules.mediationStatementMustBeIssued, 'a party backed out: the tribunal awards');
  ensure(isParty(context, partyId), rules.mediationStatementMustBeIssued, `${partyId} is not a party`, 'partyId');
  ensure(signedOn >= statement.issuedOn, rules.mediationStatementMustBeIssued, `issued on ${statement.issuedOn}`, 'signedOn');
  notInFuture(signedOn, context, 'signedOn');
  const signed: MediationStatementSigned = { type: 'MediationStatementSigned', data: { disputeId: context.disputeId, statementId, partyId, signedOn, signedAt: context.now } };
  const signatures = { ...statement.signatures, [partyId]: signedOn };
  if (!context.dispute.parties.every((p) => signatures[p.partyId] !== undefined)) return [signed];
  const { agreedFen } = statement;
  return [
    signed,
    { type: 'MediationStatementTookEffect', data: { disputeId: context.disputeId, statementId, effectiveOn: signedOn, agreedFen, effectiveAt: context.now } },
    ...cancelLive(state, context, 'mediation statement took effect'),
    { type: 'DisputeClosed', data: { disputeId: context.disputeId, outcome: 'arbitration_mediation_statement_effective', amounts: { agreed: agreedFen }, closedAt: context.now } },
  ];
}
