import { isPeriodRule, periodRules, statutoryPeriods } from './statutory-periods.js';

describe('the statutory periods table', () => {
  it('holds every period of the rules file with its length, kind and article', () => {
    const rows = Object.fromEntries(periodRules.map((rule) => {
      const p = statutoryPeriods[rule];
      return [rule, `${p.length} ${p.unit} ${p.dayKind} ${p.direction} ${p.article}`];
    }));
    expect(rows).toEqual({
      mediationWindowIsFifteenDays: '15 days calendar after LDMAL 14',
      mediationAgreementReviewWithinFifteenDays: '15 days calendar after Rules 74',
      acceptanceWithinFiveDays: '5 days working after LDMAL 29; Rules 80',
      serviceOfApplicationWithinFiveDays: '5 days working after LDMAL 30',
      defenceWithinTenDays: '10 days working after LDMAL 30',
      serviceOfDefenceWithinFiveDays: '5 days working after LDMAL 30',
      tribunalNoticeWithinFiveDays: '5 days working after LDMAL 32',
      hearingNoticeAtLeastFiveDays: '5 days working before LDMAL 35; Rules 38',
      postponementRequestAtLeastThreeDays: '3 days working before LDMAL 35; Rules 38',
      awardWithinFortyFiveDays: '45 days calendar after LDMAL 43',
      awardExtensionAtMostFifteenDays: '15 days calendar after LDMAL 43',
      workerSuitAfterFinalAwardFifteenDays: '15 days calendar after LDMAL 48',
      employerAnnulmentThirtyDays: '30 days calendar after LDMAL 49',
      suitAfterAnnulmentFifteenDays: '15 days calendar after LDMAL 49',
      suitAfterNonFinalAwardFifteenDays: '15 days calendar after LDMAL 50',
      appealFifteenDays: '15 days calendar after CPL 171',
      limitationOneYear: '1 years calendar after LDMAL 27',
    });
  });

  it('describes every period in Chinese and English and says why its day kind applies', () => {
    for (const rule of periodRules) {
      const p = statutoryPeriods[rule];
      expect(p.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.en.length).toBeGreaterThan(10);
      expect(p.dayKindBasis.length).toBeGreaterThan(10);
    }
    // The Rules 80 split is unconfirmed: the rows resting on it say so.
    expect(statutoryPeriods.acceptanceWithinFiveDays.dayKindBasis).toMatch(/Rules 80 \(verify\)/);
    expect(statutoryPeriods.awardWithinFortyFiveDays.dayKindBasis).toMatch(/Rules 80 \(verify\)/);
  });

  it('caps the award extension by its own row', () => {
    expect(statutoryPeriods.awardWithinFortyFiveDays.extensionLimit).toBe('awardExtensionAtMostFifteenDays');
    expect(periodRules.filter((r) => statutoryPeriods[r].extensionLimit !== undefined)).toEqual(['awardWithinFortyFiveDays']);
  });

  it('recognises rule names', () => {
    expect(isPeriodRule('appealFifteenDays')).toBe(true);
    expect(isPeriodRule('noSuchRule')).toBe(false);
    expect(isPeriodRule('toString')).toBe(false);
  });
});
