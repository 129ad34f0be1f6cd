import { ensure, refuse, sameValue } from '#domain-core';
import type { RegisterDispute } from '../commands.js';
import type { IntakeContext } from '../context.js';
import { monetaryClaimTypes, type DisputeRegistered, type Registration } from '../events.js';
import { intakeRules as rules } from '../rules.js';
import type { IntakeState } from '../state.js';

const COLLECTIVE_MIN_WORKERS = 10; // LDMAL 7
const REPRESENTATIVES = { min: 3, max: 5 }; // LDMAL 7; Rules 62

const sameRegistration = (a: Registration, b: Registration) => sameValue(a, b);

export function registerDispute(command: RegisterDispute, state: IntakeState, context: IntakeContext): readonly DisputeRegistered[] {
  const registration = command.data;
  if (state.status === 'registered') {
    if (sameRegistration(state.registration, registration)) return [];
    refuse(rules.disputeRegisteredOnce, 'this dispute is already registered with different particulars');
  }
  checkParties(registration);
  checkClaims(registration, context);
  ensure(/^\d{6}$/.test(registration.regionCode), rules.regionCodeIsSixDigits, `"${registration.regionCode}" is not a 6-digit code`, 'regionCode');
  ensure(registration.knewOfInfringementOn <= context.today, rules.statedDatesNotInFuture, 'the worker cannot have known of it in the future', 'knewOfInfringementOn');
  ensure(registration.registeredOn <= context.today, rules.statedDatesNotInFuture, 'registration date is in the future', 'registeredOn');
  if (registration.employmentEndedOn !== undefined) {
    ensure(registration.employmentEndedOn <= context.today, rules.statedDatesNotInFuture, 'employment end is in the future', 'employmentEndedOn');
  }
  return [{ type: 'DisputeRegistered', data: { disputeId: context.disputeId, ...registration, registeredAt: context.now } }];
}

function checkParties({ parties, collective }: Registration): void {
  const ids = new Set(parties.map((p) => p.partyId));
  ensure(ids.size === parties.length, rules.partyAndClaimIdsAreUnique, 'two parties share an id', 'parties');
  const workers = parties.filter((p) => p.kind === 'worker');
  ensure(workers.length > 0 && parties.some((p) => p.kind === 'employer'), rules.atLeastOneWorkerAndOneEmployer, 'a worker and an employer are needed', 'parties');
  for (const party of parties) {
    if (party.kind === 'worker' || party.kind === 'agent') {
      ensure(Boolean(party.personId && party.maskedIdNumber), rules.personNeedsVaultReference, `${party.partyId} needs personId and maskedIdNumber`, 'parties');
      ensure(/^[0-9X*]+$/i.test(party.maskedIdNumber!) && party.maskedIdNumber!.includes('*'), rules.personNeedsVaultReference, `${party.partyId}: the ID number must be masked`, 'parties');
    }
    if (party.kind === 'agent') {
      const principal = parties.find((p) => p.partyId === party.represents);
      ensure(
        principal !== undefined && principal.kind !== 'agent' && party.authority !== undefined,
        rules.agentRepresentsAParty,
        `${party.partyId} must act for a party of this dispute with a stated authority`,
        'parties',
      );
    }
  }
  if (collective) {
    ensure(workers.length >= COLLECTIVE_MIN_WORKERS, rules.collectiveDisputeNeedsTenWorkers, `${workers.length} workers`, 'parties');
    const reps = collective.representativeIds;
    ensure(
      reps.length >= REPRESENTATIVES.min && reps.length <= REPRESENTATIVES.max && new Set(reps).size === reps.length,
      rules.collectiveDisputeElectsThreeToFiveRepresentatives,
      `${reps.length} representatives`,
      'collective.representativeIds',
    );
    const workerIds = new Set(workers.map((w) => w.partyId));
    ensure(reps.every((id) => workerIds.has(id)), rules.collectiveDisputeElectsThreeToFiveRepresentatives, 'representatives are elected among the workers', 'collective.representativeIds');
  }
}

function checkClaims({ claims }: Registration, context: IntakeContext): void {
  ensure(claims.length > 0, rules.atLeastOneClaim, 'no claim stated', 'claims');
  ensure(new Set(claims.map((c) => c.claimId)).size === claims.length, rules.partyAndClaimIdsAreUnique, 'two claims share an id', 'claims');
  for (const claim of claims) {
    if (monetaryClaimTypes.includes(claim.type)) ensure(claim.amountFen !== undefined, rules.monetaryClaimNeedsAmount, `${claim.claimId} (${claim.type})`, 'claims');
    if (claim.amountFen !== undefined) {
      ensure(Number.isSafeInteger(claim.amountFen) && claim.amountFen > 0, rules.amountsArePositive, `${claim.claimId}: ${claim.amountFen}`, 'claims');
    }
    if (claim.period) {
      ensure(claim.period.from <= claim.period.to, rules.claimPeriodIsOrdered, `${claim.claimId}: ${claim.period.from} > ${claim.period.to}`, 'claims');
      ensure(claim.period.from <= context.today, rules.statedDatesNotInFuture, `${claim.claimId}: the period starts in the future`, 'claims');
    }
  }
}
