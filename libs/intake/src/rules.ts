import { rule } from '#domain-core';

export const intakeRules = {
  atLeastOneWorkerAndOneEmployer: rule('atLeastOneWorkerAndOneEmployer', 'LDMAL 2, 28', 'a labour dispute is between at least one worker and an employer'),
  partyAndClaimIdsAreUnique: rule('partyAndClaimIdsAreUnique', 'procedure', 'each party and each claim has its own id'),
  agentRepresentsAParty: rule('agentRepresentsAParty', 'LDMAL 24', 'an agent acts for a worker or employer of this dispute, with a stated authority'),
  personNeedsVaultReference: rule('personNeedsVaultReference', 'PIPL', 'a natural person is recorded by vault reference and masked ID number, never the number itself'),
  collectiveDisputeNeedsTenWorkers: rule('collectiveDisputeNeedsTenWorkers', 'LDMAL 7', 'a collective dispute has ten or more workers with a common claim'),
  collectiveDisputeElectsThreeToFiveRepresentatives: rule('collectiveDisputeElectsThreeToFiveRepresentatives', 'LDMAL 7; Rules 62', 'a collective dispute elects three to five representatives among its workers'),
  atLeastOneClaim: rule('atLeastOneClaim', 'LDMAL 28', 'an application states its claims'),
  monetaryClaimNeedsAmount: rule('monetaryClaimNeedsAmount', 'LDMAL 28; Rules 29', 'a claim for money states the amount'),
  amountsArePositive: rule('amountsArePositive', 'procedure', 'amounts are positive whole fen'),
  claimPeriodIsOrdered: rule('claimPeriodIsOrdered', 'procedure', 'a claim period ends on or after it starts'),
  regionCodeIsSixDigits: rule('regionCodeIsSixDigits', 'GB/T 2260', 'the region is a 6-digit administrative division code'),
  statedDatesNotInFuture: rule('statedDatesNotInFuture', 'procedure', 'a date that has happened cannot lie in the future'),
  disputeRegisteredOnce: rule('disputeRegisteredOnce', 'procedure', 'a dispute is registered once; corrections are their own facts'),
  disputeMustBeRegistered: rule('disputeMustBeRegistered', 'procedure', 'facts about a dispute need the dispute registered first'),
  interruptionAfterKnowledge: rule('interruptionAfterKnowledge', 'LDMAL 27', 'a limitation can only be interrupted after it started running'),
} as const;

export type IntakeRuleName = keyof typeof intakeRules;
