import { z } from 'zod';
import { mediationBodies, sessionOutcomes } from '#mediation';
import { route } from '../command-route.js';
import { commissionId, fen, id, legalDate, text } from '../schemas.js';

const signatures = z
  .object({
    parties: z.array(z.object({ partyId: id, signedOn: legalDate }).strict()).min(1).max(200),
    mediatorSignedOn: legalDate.optional(),
    bodySealedOn: legalDate.optional(),
  })
  .strict();

export const mediationRoutes = [
  route({
    command: 'OpenMediation',
    path: '/mediation',
    summary: 'Open mediation at a mediation body (调解, LDMAL 10); starts the 15-day window (LDMAL 14)',
    body: z.object({ body: z.enum(mediationBodies), bodyId: id, mediatorId: id, receivedOn: legalDate }).strict(),
    example: { body: 'peoples_mediation', bodyId: 'body-xihu', mediatorId: 'mediator-li', receivedOn: '2026-03-02' },
  }),
  route({
    command: 'AssignMediator',
    path: '/mediation/mediator',
    summary: 'Assign another mediator',
    body: z.object({ mediatorId: id }).strict(),
    example: { mediatorId: 'mediator-chen' },
  }),
  route({
    command: 'RecordMediationSession',
    path: '/mediation/sessions',
    summary: 'Record a mediation session: attendance, positions and offers per claim, outcome',
    body: z
      .object({
        sessionId: id,
        heldOn: legalDate,
        attendees: z.array(z.object({ id, role: z.enum(['party', 'agent', 'mediator', 'observer']) }).strict()).min(1).max(200),
        positions: z.array(z.object({ claimId: id, partyId: id, position: text(1000), offerFen: fen.optional() }).strict()).max(500),
        outcome: z.enum(sessionOutcomes),
        nextSessionOn: legalDate.optional(),
      })
      .strict(),
    example: {
      sessionId: 's1',
      heldOn: '2026-03-05',
      attendees: [
        { id: 'w1', role: 'party' },
        { id: 'e1', role: 'party' },
        { id: 'mediator-li', role: 'mediator' },
      ],
      positions: [{ claimId: 'c1', partyId: 'e1', position: 'will pay most of the arrears', offerFen: 1_000_000 }],
      outcome: 'adjourned',
      nextSessionOn: '2026-03-09',
    },
  }),
  route({
    command: 'RecordMediationAgreement',
    path: '/mediation/agreement',
    summary: 'Record the signed mediation agreement (调解协议书, LDMAL 14)',
    body: z
      .object({
        terms: z.array(z.object({ claimId: id, amountFen: fen.optional(), text: text(2000) }).strict()).min(1).max(100),
        performanceDueOn: legalDate,
        signatures,
      })
      .strict(),
    example: {
      terms: [{ claimId: 'c1', amountFen: 1_000_000, text: 'the employer pays 10,000 yuan of arrears by 2026-03-20' }],
      performanceDueOn: '2026-03-20',
      signatures: { parties: [{ partyId: 'w1', signedOn: '2026-03-05' }, { partyId: 'e1', signedOn: '2026-03-05' }], mediatorSignedOn: '2026-03-05', bodySealedOn: '2026-03-05' },
    },
  }),
  route({
    command: 'RecordAgreementPerformed',
    path: '/mediation/agreement/performance',
    summary: 'Record that the agreement was performed: closes the case as settled',
    body: z.object({ performedOn: legalDate, recoveredFen: fen }).strict(),
    example: { performedOn: '2026-03-18', recoveredFen: 1_000_000 },
  }),
  route({
    command: 'RecordAgreementBreached',
    path: '/mediation/agreement/breach',
    summary: 'Record a breach of the agreement: opens arbitration and, for wages, medical costs or compensation, the payment order (LDMAL 15, 16)',
    body: z.object({ breachedOn: legalDate, breachedClaimIds: z.array(id).min(1).max(100) }).strict(),
    example: { breachedOn: '2026-03-21', breachedClaimIds: ['c1'] },
  }),
  route({
    command: 'RecordMediationFailed',
    path: '/mediation/failure',
    summary: 'Record that mediation failed: arbitration becomes available (LDMAL 14)',
    body: z.object({ failedOn: legalDate, reason: text(1000) }).strict(),
    example: { failedOn: '2026-03-05', reason: 'the employer denies the arrears' },
  }),
  route({
    command: 'RequestAgreementReview',
    path: '/mediation/agreement/review',
    summary: 'Request arbitral review of the agreement (仲裁审查, within 15 days)',
    body: z.object({ commissionId, requestedOn: legalDate }).strict(),
    example: { commissionId: 'hz_commission', requestedOn: '2026-03-10' },
  }),
];
