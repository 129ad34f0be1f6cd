import type { MediationFact } from '../state.js';
import type { AgreementTerm, Signatures } from '../events.js';
import { D, NOW, due } from './given.js';

/** A mediation opened on 1 March 2026 at a people's mediation committee. */
export const opened: readonly MediationFact[] = [
  { type: 'MediationOpened', data: { disputeId: D, body: 'peoples_mediation', bodyId: 'pm-1', mediatorId: 'm1', receivedOn: '2026-03-01', openedAt: NOW } },
  {
    type: 'DeadlineSet',
    data: { disputeId: D, deadlineId: 'mediationWindowIsFifteenDays', rule: 'mediationWindowIsFifteenDays', trigger: '2026-03-01', ...due('mediationWindowIsFifteenDays', '2026-03-01'), setAt: NOW },
  },
];

export const signatures: Signatures = {
  parties: [
    { partyId: 'w1', signedOn: '2026-03-10' },
    { partyId: 'e1', signedOn: '2026-03-11' },
  ],
  mediatorSignedOn: '2026-03-11',
  bodySealedOn: '2026-03-12',
};

export const terms: readonly AgreementTerm[] = [{ claimId: 'c1', amountFen: 800_000, text: '公司于3月31日前支付工资8000元' }];

/** An agreement that took effect on 12 March, to be performed by 31 March. */
export const agreed: readonly MediationFact[] = [
  ...opened,
  {
    type: 'MediationAgreementReached',
    data: { disputeId: D, terms, agreedFen: 800_000, performanceDueOn: '2026-03-31', signatures, effectiveOn: '2026-03-12', reachedAt: NOW },
  },
  { type: 'DeadlineMet', data: { disputeId: D, deadlineId: 'mediationWindowIsFifteenDays', metOn: '2026-03-12', metAt: NOW } },
  {
    type: 'DeadlineSet',
    data: {
      disputeId: D,
      deadlineId: 'mediationAgreementReviewWithinFifteenDays',
      rule: 'mediationAgreementReviewWithinFifteenDays',
      trigger: '2026-03-12',
      ...due('mediationAgreementReviewWithinFifteenDays', '2026-03-12'),
      setAt: NOW,
    },
  },
];
