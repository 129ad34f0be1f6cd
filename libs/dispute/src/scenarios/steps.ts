import type { LegalDate } from '#domain-core';
import type { DisputeCommand } from '../dispute-commands.js';
import { EMPLOYER, WORKER } from '../testing/case-file.js';

/** Command builders for the scenarios: each names the day and the facts a clerk would type in. */
export const openMediation = (receivedOn: LegalDate): DisputeCommand => ({
  type: 'OpenMediation',
  data: { body: 'peoples_mediation', bodyId: 'body-xihu', mediatorId: 'mediator-li', receivedOn },
});

export const session = (sessionId: string, heldOn: LegalDate, outcome: 'adjourned' | 'agreement' | 'failed'): DisputeCommand => ({
  type: 'RecordMediationSession',
  data: {
    sessionId,
    heldOn,
    attendees: [
      { id: WORKER, role: 'party' },
      { id: EMPLOYER, role: 'party' },
      { id: 'mediator-li', role: 'mediator' },
    ],
    positions: [
      { claimId: 'c1', partyId: WORKER, position: 'full arrears', offerFen: 1_200_000 },
      { claimId: 'c1', partyId: EMPLOYER, position: 'will pay most', offerFen: 1_000_000 },
    ],
    outcome,
  },
});

export const agreement = (signedOn: LegalDate, performanceDueOn: LegalDate): DisputeCommand => ({
  type: 'RecordMediationAgreement',
  data: {
    terms: [{ claimId: 'c1', amountFen: 1_000_000, text: 'the employer pays 10,000 yuan of arrears' }],
    performanceDueOn,
    signatures: {
      parties: [
        { partyId: WORKER, signedOn },
        { partyId: EMPLOYER, signedOn },
      ],
      mediatorSignedOn: signedOn,
      bodySealedOn: signedOn,
    },
  },
});

export const apply = (filedOn: LegalDate): DisputeCommand => ({ type: 'ApplyForArbitration', data: { commissionId: 'commission-hz', filedOn } });
export const accept = (acceptedOn: LegalDate, caseNumber = '杭劳人仲案字〔2026〕第123号'): DisputeCommand => ({ type: 'AcceptArbitration', data: { caseNumber, acceptedOn } });
export const composeSole = (composedOn: LegalDate): DisputeCommand => ({
  type: 'ComposeTribunal',
  data: { form: 'sole', arbitratorIds: ['arbitrator-wang'], presidingId: 'arbitrator-wang', composedOn },
});
export const hearing = (noticeServedOn: LegalDate, hearingOn: LegalDate): DisputeCommand => ({ type: 'ScheduleHearing', data: { hearingId: 'h1', hearingOn, noticeServedOn } });
export const award = (awardedOn: LegalDate, items: readonly { claimId: string; awardedFen?: number; decision: string }[]): DisputeCommand => ({
  type: 'IssueAward',
  data: { awardId: 'award-1', awardedOn, items },
});
export const received = (partyId: string, receivedOn: LegalDate): DisputeCommand => ({ type: 'RecordAwardReceived', data: { partyId, receivedOn } });

export const basicCourt = { courtId: 'court-xihu', level: 'basic' } as const;
export const intermediateCourt = { courtId: 'court-hangzhou', level: 'intermediate' } as const;
