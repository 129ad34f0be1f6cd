/** A registration as a clerk submits it over HTTP: one worker (plain ID number, to the vault), one employer, one wage claim. */
export const WORKER_ID_NUMBER = '11010519491231002X';

export function registrationBody(options: { registeredOn: string; knewOfInfringementOn: string; employer?: string; phone?: string; industry?: string }) {
  return {
    parties: [
      { partyId: 'w1', kind: 'worker', displayName: '王五', idNumber: WORKER_ID_NUMBER, ...(options.phone ? { phone: options.phone } : {}) },
      { partyId: 'e1', kind: 'employer', displayName: options.employer ?? '某公司' },
    ],
    claims: [{ claimId: 'c1', type: 'wages', amountFen: 100_000, description: 'arrears' }],
    channel: 'walk_in',
    regionCode: '330106',
    ...(options.industry ? { industry: options.industry } : {}),
    knewOfInfringementOn: options.knewOfInfringementOn,
    registeredOn: options.registeredOn,
  };
}
