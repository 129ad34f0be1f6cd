import { refuse, type Fen, type LegalDate } from '#domain-core';
import type { ArbitrationContext } from '../context.js';
import type { AwardItem } from '../events.js';
import { arbitrationRules as rules } from '../rules.js';

/** Claims that are final when each stays within 12 months' minimum wage (LDMAL 47 (1)). */
const MONEY_CLAIMS_FINAL_UP_TO_CAP = ['wages', 'overtime', 'work_injury_medical', 'economic_compensation', 'damages'];
/** Working hours, rest and leave, social insurance under national standards (LDMAL 47 (2)). */
const STANDARDS_CLAIMS = ['working_hours_leave', 'social_insurance'];
const MONTHS_OF_MINIMUM_WAGE = 12; // LDMAL 47

/**
 * 终局裁决 (LDMAL 47), judged per claim item (Interp. I, verify the article): money items up to 12 × the regional
 * monthly minimum wage in force on the award date are final; labour-standards items are final; the rest are not.
 */
export function classifyItem(
  item: { claimId: string; awardedFen?: Fen; decision: string },
  claimType: string,
  awardedOn: LegalDate,
  context: ArbitrationContext,
): AwardItem {
  if (STANDARDS_CLAIMS.includes(claimType)) return { ...item, finality: 'final', finalityReason: `${claimType}: labour standards (LDMAL 47 (2))` };
  if (!MONEY_CLAIMS_FINAL_UP_TO_CAP.includes(claimType)) return { ...item, finality: 'non_final', finalityReason: `${claimType}: not within LDMAL 47` };
  const wage = context.minimumWage(context.dispute.regionCode, awardedOn);
  if (!wage) return refuse(rules.minimumWageKnownForRegionAndDate, `no minimum wage for ${context.dispute.regionCode} on ${awardedOn}`);
  const cap = MONTHS_OF_MINIMUM_WAGE * wage.monthlyFen;
  const amount = item.awardedFen ?? 0;
  return amount <= cap
    ? { ...item, finality: 'final', finalityReason: `${amount} ≤ 12 × ${wage.monthlyFen} (${wage.source})` }
    : { ...item, finality: 'non_final', finalityReason: `${amount} > 12 × ${wage.monthlyFen} (${wage.source})` };
}
