import { deadlineSet, disputeClosed, fact } from '../testing/facts.js';
import { AWARD, EMPLOYER, mixedAward, nonFinalAward, testContext, WORKER } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import { EMPLOYER_ANNULMENT_WINDOW, finalAwardReceived, RECEIVED_ON, WORKER_FINAL_WINDOW } from '../testing/histories.js';
import type { OpenChallengeWindows } from './open-challenge-windows.js';

const bothReceived = (receivedOn = RECEIVED_ON): OpenChallengeWindows => ({
  type: 'OpenChallengeWindows',
  data: { awardId: AWARD, receipts: [{ partyId: WORKER, receivedOn }, { partyId: EMPLOYER, receivedOn }] },
});

describe('OpenChallengeWindows', () => {
  it('opens the worker’s 15-day suit window and the employer’s 30-day annulment window on a final award (LDMAL 48, 49)', () => {
    given()
      .when(bothReceived())
      .then(...finalAwardReceived);
  });

  it('opens a 15-day suit window for each party on a non-final award (LDMAL 50)', () => {
    given()
      .when(bothReceived(), testContext({ arbitration: nonFinalAward }))
      .then(
        fact('ChallengeWindowsOpened', {
          awardId: AWARD,
          awardKind: 'non_final',
          track: 'non_final',
          receipts: [
            { partyId: WORKER, role: 'worker', receivedOn: RECEIVED_ON },
            { partyId: EMPLOYER, role: 'employer', receivedOn: RECEIVED_ON },
          ],
        }),
        deadlineSet(`suitAfterNonFinalAwardFifteenDays:${WORKER}`, 'suitAfterNonFinalAwardFifteenDays', RECEIVED_ON, '2026-06-16'),
        deadlineSet(`suitAfterNonFinalAwardFifteenDays:${EMPLOYER}`, 'suitAfterNonFinalAwardFifteenDays', RECEIVED_ON, '2026-06-16'),
      );
  });

  it('challenges a mixed award as a non-final one (Interp. I 20)', () => {
    given()
      .when({ type: 'OpenChallengeWindows', data: { awardId: AWARD, receipts: [{ partyId: EMPLOYER, receivedOn: '2026-06-03' }] } }, testContext({ arbitration: mixedAward }))
      .then(
        fact('ChallengeWindowsOpened', {
          awardId: AWARD,
          awardKind: 'mixed',
          track: 'non_final',
          receipts: [{ partyId: EMPLOYER, role: 'employer', receivedOn: '2026-06-03' }],
        }),
        deadlineSet(`suitAfterNonFinalAwardFifteenDays:${EMPLOYER}`, 'suitAfterNonFinalAwardFifteenDays', '2026-06-03', '2026-06-18'),
      );
  });

  it('adds a later receipt as its own window, counted from that party’s receipt', () => {
    given(
      fact('ChallengeWindowsOpened', { awardId: AWARD, awardKind: 'final', track: 'final', receipts: [{ partyId: WORKER, role: 'worker', receivedOn: RECEIVED_ON }] }),
      deadlineSet(WORKER_FINAL_WINDOW, 'workerSuitAfterFinalAwardFifteenDays', RECEIVED_ON, '2026-06-16'),
    )
      .when({ type: 'OpenChallengeWindows', data: { awardId: AWARD, receipts: [{ partyId: WORKER, receivedOn: RECEIVED_ON }, { partyId: EMPLOYER, receivedOn: '2026-06-05' }] } })
      .then(
        fact('ChallengeWindowsOpened', { awardId: AWARD, awardKind: 'final', track: 'final', receipts: [{ partyId: EMPLOYER, role: 'employer', receivedOn: '2026-06-05' }] }),
        deadlineSet(EMPLOYER_ANNULMENT_WINDOW, 'employerAnnulmentThirtyDays', '2026-06-05', '2026-07-05'),
      );
  });

  it('changes nothing when the same receipts are recorded again', () => {
    given(finalAwardReceived).when(bothReceived()).thenNothing();
  });

  it('refuses to move a recorded receipt', () => {
    given(finalAwardReceived).when(bothReceived('2026-06-02')).thenRefuses({ rule: 'awardReceiptAlreadyRecorded', field: 'receipts[0].receivedOn' });
  });

  it('refuses windows when arbitration made no award, or another one', () => {
    given().when(bothReceived(), testContext({ arbitration: { kind: 'award_overdue' } })).thenRefuses({ rule: 'challengeNeedsAnAward', article: 'LDMAL 47-50' });
    given().when(bothReceived(), testContext({ arbitration: { kind: 'awarded', awardId: 'award-2', items: [{ claimId: 'wages', finality: 'final', awardedFen: 1 }] } })).thenRefuses({ rule: 'challengeNeedsAnAward', field: 'awardId' });
  });

  it('refuses a receipt by someone who is not a party, a future receipt and a malformed date', () => {
    const by = (partyId: string, receivedOn: string): OpenChallengeWindows => ({ type: 'OpenChallengeWindows', data: { awardId: AWARD, receipts: [{ partyId, receivedOn }] } });
    given().when(by('stranger', RECEIVED_ON)).thenRefuses({ rule: 'partyMustBeOnTheCase', field: 'receipts[0].partyId' });
    given().when(by(WORKER, '2026-06-11')).thenRefuses({ rule: 'statedDateNotInFuture', field: 'receipts[0].receivedOn' });
    given().when(by(WORKER, '2026-02-30')).thenRefuses({ rule: 'statedDateWellFormed' });
  });

  it('refuses new windows once the dispute is closed', () => {
    given(disputeClosed('withdrawn')).when(bothReceived()).thenRefuses({ rule: 'nothingButEnforcementAfterClosure' });
    given().when(bothReceived(), testContext({ caseClosed: true })).thenRefuses({ rule: 'nothingButEnforcementAfterClosure' });
  });
});
