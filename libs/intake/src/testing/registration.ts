import type { Party, Registration } from '../events.js';

export const worker = (n: number): Party => ({
  partyId: `w${n}`,
  kind: 'worker',
  displayName: `工人${n}`,
  personId: `person-${n}`,
  maskedIdNumber: '3301**********1234',
});

export const employer: Party = { partyId: 'e1', kind: 'employer', displayName: '某某电子有限公司', creditCode: '91330106MA2XXXXXX1' };

export const registration = (overrides: Partial<Registration> = {}): Registration => ({
  parties: [worker(1), employer],
  claims: [
    { claimId: 'c1', type: 'wages', amountFen: 1_200_000, period: { from: '2025-10-01', to: '2025-12-31' }, description: '拖欠工资' },
    { claimId: 'c2', type: 'social_insurance', description: '补缴社会保险' },
  ],
  channel: 'walk_in',
  regionCode: '330106',
  knewOfInfringementOn: '2026-01-15',
  registeredOn: '2026-03-10',
  ...overrides,
});
