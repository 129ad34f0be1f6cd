import { DISPUTE, given, NOW } from '../testing/given.js';
import { employer, registration, worker } from '../testing/registration.js';

const registered = (r = registration()) => ({ type: 'DisputeRegistered' as const, data: { disputeId: DISPUTE, ...r, registeredAt: NOW } });
const register = (r = registration()) => ({ type: 'RegisterDispute' as const, data: r });

describe('RegisterDispute', () => {
  it('records the parties, claims, channel, region and the day the worker knew', () => {
    given().when(register()).then(registered());
  });

  it('is a no-op when repeated with the same particulars, and refused with different ones', () => {
    given(registered()).when(register()).thenNothing();
    given(registered()).when(register(registration({ regionCode: '330102' }))).thenRefuses('disputeRegisteredOnce');
  });

  it('needs a worker and an employer', () => {
    given().when(register(registration({ parties: [worker(1)] }))).thenRefuses('atLeastOneWorkerAndOneEmployer', 'parties');
  });

  it('never takes a plain ID number for a person', () => {
    const plain = { ...worker(1), maskedIdNumber: '330106199001011234' };
    given().when(register(registration({ parties: [plain, employer] }))).thenRefuses('personNeedsVaultReference', 'parties');
  });

  it('needs an agent to act for a party of the dispute with a stated authority', () => {
    const agent = { ...worker(9), partyId: 'a1', kind: 'agent' as const, represents: 'nobody', authority: 'special' as const };
    given().when(register(registration({ parties: [worker(1), employer, agent] }))).thenRefuses('agentRepresentsAParty');
    given().when(register(registration({ parties: [worker(1), employer, { ...agent, represents: 'w1' }] }))).then(
      registered(registration({ parties: [worker(1), employer, { ...agent, represents: 'w1' }] })),
    );
  });

  it('a collective dispute has ten or more workers and three to five representatives among them (LDMAL 7)', () => {
    const ten = Array.from({ length: 10 }, (_, i) => worker(i + 1));
    const collective = (ids: string[], workers = ten) => registration({ parties: [...workers, employer], collective: { representativeIds: ids } });
    given().when(register(collective(['w1', 'w2', 'w3']))).then(registered(collective(['w1', 'w2', 'w3'])));
    given().when(register(collective(['w1', 'w2', 'w3'], ten.slice(0, 9)))).thenRefuses('collectiveDisputeNeedsTenWorkers');
    given().when(register(collective(['w1', 'w2']))).thenRefuses('collectiveDisputeElectsThreeToFiveRepresentatives', 'collective.representativeIds');
    given().when(register(collective(['w1', 'w2', 'w3', 'w4', 'w5', 'w6']))).thenRefuses('collectiveDisputeElectsThreeToFiveRepresentatives');
    given().when(register(collective(['w1', 'w2', 'e1']))).thenRefuses('collectiveDisputeElectsThreeToFiveRepresentatives');
  });

  it('a money claim states a positive amount; a period is ordered', () => {
    const claim = { claimId: 'c1', type: 'overtime' as const, description: '加班费' };
    given().when(register(registration({ claims: [claim] }))).thenRefuses('monetaryClaimNeedsAmount', 'claims');
    given().when(register(registration({ claims: [{ ...claim, amountFen: -5 }] }))).thenRefuses('amountsArePositive');
    given().when(register(registration({ claims: [{ ...claim, amountFen: 1.5 }] }))).thenRefuses('amountsArePositive');
    given().when(register(registration({ claims: [{ ...claim, amountFen: 100, period: { from: '2026-02-01', to: '2026-01-01' } }] }))).thenRefuses('claimPeriodIsOrdered');
    given().when(register(registration({ claims: [] }))).thenRefuses('atLeastOneClaim');
  });

  it('refuses dates that have not happened yet and malformed regions', () => {
    given().when(register(registration({ knewOfInfringementOn: '2026-03-11' }))).thenRefuses('statedDatesNotInFuture', 'knewOfInfringementOn');
    given().when(register(registration({ regionCode: '3301' }))).thenRefuses('regionCodeIsSixDigits', 'regionCode');
  });
});
