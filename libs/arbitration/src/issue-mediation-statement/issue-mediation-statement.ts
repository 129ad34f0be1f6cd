import { ensure } from '#domain-core';
import type { IssueMediationStatement } from '../commands.js';
import type { ArbitrationContext } from '../context.js';
import type { MediationStatementIssued } from '../events.js';
import { arbitrationRules as rules } from '../rules.js';
import { activeCase, notInFuture } from '../shared.js';
import type { ArbitrationState } from '../state.js';

/**
 * 仲裁调解书 (LDMAL 42): the tribunal mediates before the award and writes the agreement down. One is pending at a time;
 * once a party has backed out, the award must follow, not another statement.
 */
export function issueMediationStatement(command: IssueMediationStatement, state: ArbitrationState, context: ArbitrationContext): readonly MediationStatementIssued[] {
  const { statementId, terms, agreedFen, issuedOn } = command.data;
  if ('mediationStatement' in state && state.mediationStatement?.statementId === statementId) return [];
  const running = activeCase(state);
  ensure(running.tribunal !== undefined, rules.mediationStatementByTribunal, 'no tribunal has been composed');
  ensure(running.mediationStatement === undefined, rules.mediationStatementByTribunal, `statement ${running.mediationStatement?.statementId} was issued already`, 'statementId');
  ensure(Number.isInteger(agreedFen) && agreedFen >= 0, rules.mediationStatementByTribunal, 'the agreed amount is whole fen', 'agreedFen');
  ensure(issuedOn >= running.acceptedOn, rules.mediationStatementByTribunal, `accepted on ${running.acceptedOn}`, 'issuedOn');
  notInFuture(issuedOn, context, 'issuedOn');
  return [{ type: 'MediationStatementIssued', data: { disputeId: context.disputeId, statementId, terms, agreedFen, issuedOn, issuedAt: context.now } }];
}
