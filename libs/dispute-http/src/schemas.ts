import { z } from 'zod';
import { containsPersonalData } from '#personal-data';

/** A calendar date in law (Asia/Shanghai), `YYYY-MM-DD`, that exists: 2026-02-30 is refused. */
export const legalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1990 && y <= 2100;
  }, 'is not a real calendar date')
  .meta({ format: 'date', example: '2026-03-02' });

/** Money in fen (分), a whole number: 12,000 yuan is 1200000. Capped far above any labour claim. */
export const fen = z.int().min(0).max(100_000_000_000).meta({ description: 'amount in fen (1 yuan = 100 fen)', example: 1_200_000 });
export const positiveFen = z.int().min(1).max(100_000_000_000).meta({ description: 'amount in fen (1 yuan = 100 fen)', example: 1_200_000 });

/** Ids chosen by clients (party, claim, session ids): printable, no spaces, bounded. */
export const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/, 'must be 1-64 letters, digits, _ . : -');
/**
 * Free text (names, descriptions, reasons). A plain ID or mobile number typed into it would bypass the vault and sit
 * unmasked in the events for good, so it is refused: those numbers go in a party's `idNumber` or `phone`.
 */
export const text = (max = 2000) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !containsPersonalData(value), "must not hold an ID or mobile number: put it in the party's idNumber or phone, where the vault keeps it");

export const court = z.object({ courtId: id, level: z.enum(['basic', 'intermediate', 'higher']) }).strict();

/** Commission ids name the case-number register's stream, so they are letters, digits and `_` only. */
export const commissionId = z.string().regex(/^[A-Za-z0-9_]{1,64}$/, 'must be 1-64 letters, digits or _');
