import { z } from 'zod';
import { channels, claimTypes, partyKinds } from '#intake';
import { isValidMainlandMobile, isValidResidentId } from '#personal-data';
import { id, legalDate, positiveFen, text } from '../schemas.js';

/**
 * The registration form as a clerk fills it in: plain ID and phone numbers are accepted here only, go straight to the
 * personal-data vault, and the dispute's events hold the vault's person id and the masked number.
 */
export const registrationBody = z
  .object({
    parties: z
      .array(
        z
          .object({
            partyId: id,
            kind: z.enum(partyKinds),
            displayName: text(200),
            // Bounded (room for the spaces and +86 the checks accept) before the refinements run over them.
            idNumber: z.string().max(24).refine(isValidResidentId, 'must be an 18-digit resident ID number with a valid check digit').optional(),
            phone: z.string().max(24).refine(isValidMainlandMobile, 'must be a mainland mobile number').optional(),
            address: text(300).optional(),
            creditCode: z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, 'must be an 18-character unified social credit code').optional(),
            represents: id.optional(),
            authority: z.enum(['general', 'special']).optional(),
          })
          .strict()
          .refine((p) => (p.kind === 'worker' || p.kind === 'agent' ? p.idNumber !== undefined : true), { message: 'a worker or agent needs an ID number', path: ['idNumber'] }),
      )
      .min(2)
      .max(500),
    claims: z
      .array(
        z
          .object({
            claimId: id,
            type: z.enum(claimTypes),
            amountFen: positiveFen.optional(),
            period: z.object({ from: legalDate, to: legalDate }).strict().optional(),
            description: text(2000),
          })
          .strict(),
      )
      .min(1)
      .max(100),
    channel: z.enum(channels),
    regionCode: z.string().regex(/^\d{6}$/, 'must be a 6-digit administrative division code'),
    industry: text(100).optional(),
    knewOfInfringementOn: legalDate,
    employmentEndedOn: legalDate.optional(),
    collective: z.object({ representativeIds: z.array(id).min(1).max(10) }).strict().optional(),
    registeredOn: legalDate,
  })
  .strict();

export type RegistrationBody = z.infer<typeof registrationBody>;

export const registrationExample: RegistrationBody = {
  parties: [
    { partyId: 'w1', kind: 'worker', displayName: '张三', idNumber: '11010519491231002X', phone: '13800138000' },
    { partyId: 'e1', kind: 'employer', displayName: '杭州示例科技有限公司', creditCode: '91330106MA2H2XYT0X' },
  ],
  claims: [
    { claimId: 'c1', type: 'wages', amountFen: 1_200_000, description: 'unpaid wages October to December 2025', period: { from: '2025-10-01', to: '2025-12-31' } },
    { claimId: 'c2', type: 'economic_compensation', amountFen: 5_000_000, description: 'compensation for unlawful termination' },
  ],
  channel: 'walk_in',
  regionCode: '330106',
  knewOfInfringementOn: '2026-01-10',
  employmentEndedOn: '2026-01-10',
  registeredOn: '2026-03-02',
};
