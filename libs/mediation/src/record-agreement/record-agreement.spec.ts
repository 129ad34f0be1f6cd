import { given } from '../testing/given.js';
import { agreed, opened, signatures, terms } from '../testing/history.js';

const agree = (overrides: Partial<{ signatures: typeof signatures; performanceDueOn: string; terms: typeof terms }> = {}) => ({
  type: 'RecordMediationAgreement' as const,
  data: { terms, performanceDueOn: '2026-03-31', signatures, ...overrides },
});

describe('RecordMediationAgreement (调解协议书, LDMAL 14)', () => {
  it('records the binding agreement, meets the window and opens the 15-day review window (Rules 74)', () => {
    given(...opened).when(agree()).then(...agreed.slice(opened.length));
  });
  it('is a no-op when the same agreement is recorded again', () => {
    given(...agreed).when(agree()).thenNothing();
  });
  it('binds only with every party, the mediator and the body’s seal', () => {
    given(...opened).when(agree({ signatures: { ...signatures, parties: [signatures.parties[0]!] } })).thenRefuses('mediationAgreementNeedsAllSignatures', 'signatures.parties');
    given(...opened).when(agree({ signatures: { parties: signatures.parties, bodySealedOn: '2026-03-12' } })).thenRefuses('mediationAgreementNeedsAllSignatures', 'signatures.mediatorSignedOn');
    given(...opened).when(agree({ signatures: { parties: signatures.parties, mediatorSignedOn: '2026-03-12' } })).thenRefuses('mediationAgreementNeedsAllSignatures', 'signatures.bodySealedOn');
  });
  it('refuses terms on unknown claims and performance due before the agreement binds', () => {
    given(...opened).when(agree({ terms: [{ claimId: 'c9', text: '?' }] })).thenRefuses('agreementTermsReferenceClaims');
    given(...opened).when(agree({ performanceDueOn: '2026-03-11' })).thenRefuses('performanceDueAfterAgreement', 'performanceDueOn');
  });
});
