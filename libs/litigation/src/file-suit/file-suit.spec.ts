import type { SuitBasis } from '../events.js';
import { deadlineExpired, deadlineMet, deadlineSet, disputeClosed, fact } from '../testing/facts.js';
import { AWARD, basicCourt, EMPLOYER, NOW, testContext, WORKER } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import {
  annulmentApplied,
  EMPLOYER_ANNULMENT_WINDOW,
  EMPLOYER_NON_FINAL_WINDOW,
  finalAwardReceived,
  nonFinalAwardReceived,
  RECEIVED_ON,
  WORKER_FINAL_WINDOW,
  workerSued,
} from '../testing/histories.js';
import type { FileSuit } from './file-suit.js';

const suit = (partyId: string, basis: SuitBasis, filedOn = '2026-06-10'): FileSuit => ({
  type: 'FileSuit',
  data: { partyId, court: basicCourt, basis, filedOn },
});
const filed = (partyId: string, role: 'worker' | 'employer', basis: SuitBasis, filedOn = '2026-06-10', at = NOW, suitId = 'id-1') =>
  fact('SuitFiled', { suitId, partyId, role, courtId: basicCourt.courtId, courtLevel: 'basic', basis, filedOn }, at);

const annulled = [
  ...annulmentApplied,
  fact('AwardAnnulled', { awardId: AWARD, ruledOn: '2026-07-20', servedOn: '2026-07-22' }),
  deadlineSet('suitAfterAnnulmentFifteenDays', 'suitAfterAnnulmentFifteenDays', '2026-07-22', '2026-08-06'),
];

describe('FileSuit', () => {
  describe('after a final award (LDMAL 48)', () => {
    it('files the worker’s suit and meets the worker’s window', () => {
      given(finalAwardReceived)
        .when(suit(WORKER, 'after_final_award'))
        .then(filed(WORKER, 'worker', 'after_final_award'), deadlineMet(WORKER_FINAL_WINDOW, '2026-06-10'));
    });

    it('accepts a suit on the window’s last day', () => {
      const later = testContext({ today: '2026-06-20' });
      given(finalAwardReceived)
        .when(suit(WORKER, 'after_final_award', '2026-06-16'), later)
        .then(filed(WORKER, 'worker', 'after_final_award', '2026-06-16', later.now), deadlineMet(WORKER_FINAL_WINDOW, '2026-06-16', later.now));
    });

    it('refuses a suit filed after the window closed, under LDMAL 48', () => {
      given(finalAwardReceived)
        .when(suit(WORKER, 'after_final_award', '2026-06-17'), testContext({ today: '2026-06-20' }))
        .thenRefuses({ rule: 'suitWindowClosed', article: 'LDMAL 48', field: 'filedOn' });
      given(finalAwardReceived, deadlineExpired(WORKER_FINAL_WINDOW, '2026-06-16'))
        .when(suit(WORKER, 'after_final_award', '2026-06-15'), testContext({ today: '2026-06-20' }))
        .thenRefuses({ rule: 'suitWindowClosed', article: 'LDMAL 48' });
    });

    it('refuses the employer a suit on a final award: its remedy is annulment (LDMAL 47, 49)', () => {
      given(finalAwardReceived).when(suit(EMPLOYER, 'after_final_award')).thenRefuses({ rule: 'employerCannotSueOnFinalAward' });
      given(finalAwardReceived).when(suit(EMPLOYER, 'after_non_final_award')).thenRefuses({ rule: 'employerCannotSueOnFinalAward' });
    });

    it('refuses a worker whose receipt of the award is not recorded: the window has not started', () => {
      const employerOnly = [
        fact('ChallengeWindowsOpened', { awardId: AWARD, awardKind: 'final', track: 'final', receipts: [{ partyId: EMPLOYER, role: 'employer', receivedOn: RECEIVED_ON }] }),
        deadlineSet(EMPLOYER_ANNULMENT_WINDOW, 'employerAnnulmentThirtyDays', RECEIVED_ON, '2026-07-01'),
      ];
      given(employerOnly).when(suit(WORKER, 'after_final_award')).thenRefuses({ rule: 'suitBasisNotOpen', article: 'LDMAL 48', field: 'partyId' });
    });

    it('refuses a suit on the final award once the award was annulled', () => {
      given(annulled).when(suit(WORKER, 'after_final_award', '2026-07-25'), testContext({ today: '2026-07-25' })).thenRefuses({ rule: 'suitBasisNotOpen', article: 'LDMAL 49' });
    });
  });

  describe('after a non-final award (LDMAL 50)', () => {
    it('lets either party sue within its own window', () => {
      given(nonFinalAwardReceived)
        .when(suit(EMPLOYER, 'after_non_final_award'))
        .then(filed(EMPLOYER, 'employer', 'after_non_final_award'), deadlineMet(EMPLOYER_NON_FINAL_WINDOW, '2026-06-10'));
    });

    it('refuses a late suit under LDMAL 50', () => {
      given(nonFinalAwardReceived)
        .when(suit(WORKER, 'after_non_final_award', '2026-06-17'), testContext({ today: '2026-06-20' }))
        .thenRefuses({ rule: 'suitWindowClosed', article: 'LDMAL 50' });
    });

    it('refuses a suit on the basis the award does not have', () => {
      given(finalAwardReceived).when(suit(WORKER, 'after_non_final_award')).thenRefuses({ rule: 'suitBasisNotOpen', article: 'LDMAL 50' });
      given(nonFinalAwardReceived).when(suit(WORKER, 'after_final_award')).thenRefuses({ rule: 'suitBasisNotOpen', article: 'LDMAL 48' });
      given().when(suit(WORKER, 'after_non_final_award')).thenRefuses({ rule: 'suitBasisNotOpen' });
    });
  });

  describe('after an annulment (LDMAL 49)', () => {
    it('lets either party sue within 15 days of the ruling; the second suit finds the window already met', () => {
      const context = testContext({ today: '2026-07-30' });
      given(annulled)
        .when(suit(WORKER, 'after_annulment', '2026-07-28'), context)
        .then(filed(WORKER, 'worker', 'after_annulment', '2026-07-28', context.now), deadlineMet('suitAfterAnnulmentFifteenDays', '2026-07-28', context.now));
      given(annulled, filed(WORKER, 'worker', 'after_annulment', '2026-07-28', context.now, 'suit-1'), deadlineMet('suitAfterAnnulmentFifteenDays', '2026-07-28'))
        .when(suit(EMPLOYER, 'after_annulment', '2026-07-29'), testContext({ today: '2026-07-30' }))
        .then(filed(EMPLOYER, 'employer', 'after_annulment', '2026-07-29', context.now));
    });

    it('refuses a suit after annulment when nothing was annulled', () => {
      given(finalAwardReceived).when(suit(WORKER, 'after_annulment')).thenRefuses({ rule: 'suitBasisNotOpen', article: 'LDMAL 49' });
    });
  });

  describe('after refusal or silence (LDMAL 29, 43)', () => {
    it('files a suit when arbitration refused the application, with no window to meet', () => {
      given()
        .when(suit(WORKER, 'after_refusal'), testContext({ arbitration: { kind: 'refused', refusedOn: '2026-05-20' } }))
        .then(filed(WORKER, 'worker', 'after_refusal'));
    });

    it('files a suit when acceptance or the award is overdue', () => {
      given().when(suit(WORKER, 'after_acceptance_overdue'), testContext({ arbitration: { kind: 'acceptance_overdue' } })).then(filed(WORKER, 'worker', 'after_acceptance_overdue'));
      given().when(suit(EMPLOYER, 'after_award_overdue'), testContext({ arbitration: { kind: 'award_overdue' } })).then(filed(EMPLOYER, 'employer', 'after_award_overdue'));
    });

    it('refuses those grounds when arbitration says otherwise', () => {
      given().when(suit(WORKER, 'after_refusal'), testContext({ arbitration: { kind: 'none' } })).thenRefuses({ rule: 'suitBasisNotOpen', article: 'LDMAL 29' });
      given().when(suit(WORKER, 'after_acceptance_overdue'), testContext({ arbitration: { kind: 'refused', refusedOn: '2026-05-20' } })).thenRefuses({ rule: 'suitBasisNotOpen', article: 'LDMAL 29' });
      given().when(suit(WORKER, 'after_award_overdue')).thenRefuses({ rule: 'suitBasisNotOpen', article: 'LDMAL 43' });
    });
  });

  it('changes nothing when the same suit is filed again, and refuses a different second suit on the same ground', () => {
    given(workerSued).when(suit(WORKER, 'after_final_award')).thenNothing();
    given(workerSued).when(suit(WORKER, 'after_final_award', '2026-06-11'), testContext({ today: '2026-06-11' })).thenRefuses({ rule: 'suitAlreadyFiled' });
  });

  it('refuses a stranger, a future filing and a suit in a closed case', () => {
    given(finalAwardReceived).when(suit('stranger', 'after_final_award')).thenRefuses({ rule: 'partyMustBeOnTheCase', field: 'partyId' });
    given(finalAwardReceived).when(suit(WORKER, 'after_final_award', '2026-06-11')).thenRefuses({ rule: 'statedDateNotInFuture', field: 'filedOn' });
    given(finalAwardReceived, disputeClosed('withdrawn')).when(suit(WORKER, 'after_final_award')).thenRefuses({ rule: 'nothingButEnforcementAfterClosure' });
  });
});
