import { z } from 'zod';
import { route } from '../command-route.js';
import { court, fen, id, legalDate, text } from '../schemas.js';

const suitBases = ['after_final_award', 'after_non_final_award', 'after_annulment', 'after_refusal', 'after_acceptance_overdue', 'after_award_overdue'] as const;
const basic = { courtId: 'court-xihu', level: 'basic' } as const;

export const courtRoutes = [
  route({
    command: 'FileSuit',
    path: '/court/suits',
    summary: 'Record a suit filed at court on a basis the law opens (LDMAL 29, 43, 48-50)',
    body: z.object({ partyId: id, court, basis: z.enum(suitBases), filedOn: legalDate }).strict(),
    example: { partyId: 'w1', court: basic, basis: 'after_non_final_award', filedOn: '2026-05-10' },
  }),
  route({
    command: 'ApplyForAnnulment',
    path: '/court/annulment',
    summary: "Record the employer's application to the intermediate court to annul a final award (LDMAL 49, 30 days)",
    body: z.object({ partyId: id, court, appliedOn: legalDate }).strict(),
    example: { partyId: 'e1', court: { courtId: 'court-hangzhou', level: 'intermediate' }, appliedOn: '2026-05-20' },
  }),
  route({
    command: 'RecordAnnulmentRuling',
    path: '/court/annulment/ruling',
    summary: 'Record the ruling on the annulment application',
    body: z.object({ ruling: z.enum(['annulled', 'rejected']), ruledOn: legalDate, servedOn: legalDate }).strict(),
    example: { ruling: 'rejected', ruledOn: '2026-06-20', servedOn: '2026-06-22' },
  }),
  route({
    command: 'RegisterCourtCase',
    path: '/court/cases',
    summary: 'Register the court case with its case number (案号)',
    body: z.object({ proceeding: z.enum(['first_instance', 'second_instance', 'annulment']), court, caseNumber: text(64), registeredOn: legalDate }).strict(),
    example: { proceeding: 'first_instance', court: basic, caseNumber: '(2026)浙0106民初1234号', registeredOn: '2026-05-12' },
  }),
  route({
    command: 'RecordJudgment',
    path: '/court/judgments',
    summary: 'Record the first-instance judgment and its service: starts the 15-day appeal window',
    body: z
      .object({
        caseNumber: text(64),
        outcome: z.enum(['claims_upheld', 'claims_partly_upheld', 'claims_dismissed']),
        awardedFen: fen,
        judgedOn: legalDate,
        servedOn: legalDate,
      })
      .strict(),
    example: { caseNumber: '(2026)浙0106民初1234号', outcome: 'claims_partly_upheld', awardedFen: 900_000, judgedOn: '2026-08-01', servedOn: '2026-08-03' },
  }),
  route({
    command: 'FileAppeal',
    path: '/court/appeals',
    summary: 'Record an appeal against the first-instance judgment (15 days)',
    body: z.object({ partyId: id, filedOn: legalDate }).strict(),
    example: { partyId: 'e1', filedOn: '2026-08-10' },
  }),
  route({
    command: 'RecordFinalJudgment',
    path: '/court/final-judgments',
    summary: 'Record the second-instance (final) judgment: closes the case',
    body: z.object({ caseNumber: text(64), outcome: z.enum(['upheld', 'revised']), awardedFen: fen, judgedOn: legalDate }).strict(),
    example: { caseNumber: '(2026)浙01民终567号', outcome: 'upheld', awardedFen: 900_000, judgedOn: '2026-10-15' },
  }),
  route({
    command: 'ApplyForEnforcement',
    path: '/court/enforcement',
    summary: 'Record an application for enforcement of an award, mediation statement or judgment (LDMAL 51)',
    body: z.object({ partyId: id, court, title: z.enum(['award', 'mediation_statement', 'judgment']), appliedOn: legalDate }).strict(),
    example: { partyId: 'w1', court: basic, title: 'award', appliedOn: '2026-06-01' },
  }),
  route({
    command: 'RecordEnforcementConcluded',
    path: '/court/enforcement/conclusion',
    summary: 'Record the conclusion of enforcement with the amount recovered',
    body: z.object({ enforcementId: id, recoveredFen: fen, concludedOn: legalDate }).strict(),
    example: { enforcementId: 'enf-1', recoveredFen: 1_200_000, concludedOn: '2026-07-15' },
  }),
  route({
    command: 'ApplyForPaymentOrder',
    path: '/court/payment-order',
    summary: 'Record an application for a payment order on a breached agreement (支付令, LDMAL 16)',
    body: z.object({ partyId: id, court, claimIds: z.array(id).min(1).max(100), appliedOn: legalDate }).strict(),
    example: { partyId: 'w1', court: basic, claimIds: ['c1'], appliedOn: '2026-04-21' },
  }),
  route({
    command: 'RecordPaymentOrderIssued',
    path: '/court/payment-order/issue',
    summary: 'Record that the court issued the payment order',
    body: z.object({ amountFen: fen, issuedOn: legalDate }).strict(),
    example: { amountFen: 1_000_000, issuedOn: '2026-04-24' },
  }),
  route({
    command: 'RecordPaymentOrderOutcome',
    path: '/court/payment-order/outcome',
    summary: 'Record that the order was paid, or that the debtor objected',
    body: z.discriminatedUnion('outcome', [
      z.object({ outcome: z.literal('paid'), paidFen: fen, paidOn: legalDate }).strict(),
      z.object({ outcome: z.literal('objection_raised'), objectedOn: legalDate }).strict(),
    ]),
    example: { outcome: 'paid', paidFen: 1_000_000, paidOn: '2026-05-20' },
  }),
];
