import { ensure } from '#domain-core';
import type { RecordMediationStatementRepudiated } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { MediationStatementRepudiated } from '../events.js';
import { arbitrationRules as rules } from '../rules.js';
import { activeCase, isParty, notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/** 反悔: a party backs out before signing for the 调解书; the tribunal must then award promptly (LDMAL 42). */
export function recordMediationStatementRepudiated(
  command: RecordMediationStatementRepudiated,
  state: ArbitrationState,
  context: ArbitrationContext,
): readonly MediationStatementRepudiated[] {
  const { statementId, partyId, repudiatedOn } = command.data;
  const statement = 'mediationStatement' in state ? state.mediationStatement : undefined;
  if (statement?.statementId === statementId && statement.repudiations[partyId] !== undefined) return [];
  activeCase(state);
  ensure(statement !== undefined && statement.statementId === statementId, rules.mediationStatementMustBeIssued, `no statement ${statementId}`, 'statementId');
  ensure(isParty(context, partyId), rules.mediationStatementMustBeIssued, `${partyId} is not a party`, 'partyId');
  ensure(statement.signatures[partyId] === undefined, rules.repudiationBeforeSigning, `${partyId} signed on ${statement.signatures[partyId]}`, 'partyId');
  ensure(repudiatedOn >= statement.issuedOn, rules.mediationStatementMustBeIssued, `issued on ${statement.issuedOn}`, 'repudiatedOn');
  notInFuture(repudiatedOn, context, 'repudiatedOn');
  return [{ type: 'MediationStatementRepudiated', data: { disputeId: context.disputeId, statementId, partyId, repudiatedOn, repudiatedAt: context.now } }];
}
