/**
 * Every statutory period the system counts, keyed by the rule's name: data, so that a period, its day kind or its
 * article can be corrected here without touching the counting code.
 *
 * Day kinds: Rules 80 (劳动人事争议仲裁办案规则 第80条) is read as "the 3, 5 and 10 days of the Rules are working days,
 * other periods calendar days"; the rules file marks that reading (verify), so each row carries its day kind and the
 * basis for it. Court periods (LDMAL 48–50, CPL) are calendar days under CPL 85 (期间 以日计算, the end moving off a
 * 法定休假日).
 */
export type DayKind = 'calendar' | 'working';
export type PeriodUnit = 'days' | 'years';
/**
 * 'after': the period runs forward from its trigger and `dueOn` is its last day.
 * 'before': a duty "at least N days before" the trigger (a hearing); the period runs back from the trigger and
 * `dueOn` is the latest day on which to act.
 */
export type PeriodDirection = 'after' | 'before';

interface PeriodRow {
  readonly length: number;
  readonly unit: PeriodUnit;
  readonly dayKind: DayKind;
  readonly direction: PeriodDirection;
  readonly article: string;
  readonly zh: string;
  readonly en: string;
  /** Why this day kind applies: where it rests on the (verify) reading of Rules 80, it says so. */
  readonly dayKindBasis: string;
  /** The rule whose length caps an extension of this period, where the law allows one. */
  readonly extensionLimit?: string;
}

const RULES_80_WORKING = 'Rules 80 (verify): the 3, 5 and 10 days of the procedure are working days';
const RULES_80_CALENDAR = 'Rules 80 (verify): periods other than 3, 5 and 10 days are calendar days';
const CPL_CALENDAR = 'CPL 85: a court period in days counts calendar days';

const table = {
  mediationWindowIsFifteenDays: {
    length: 15, unit: 'days', dayKind: 'calendar', direction: 'after', article: 'LDMAL 14', dayKindBasis: RULES_80_CALENDAR,
    zh: '自调解组织收到调解申请之日起十五日内未达成调解协议的，当事人可以申请仲裁',
    en: 'no mediation agreement within 15 days of the body receiving the application: either party may apply for arbitration',
  },
  mediationAgreementReviewWithinFifteenDays: {
    length: 15, unit: 'days', dayKind: 'calendar', direction: 'after', article: 'Rules 74', dayKindBasis: RULES_80_CALENDAR,
    zh: '调解协议生效之日起十五日内，双方当事人可以共同向仲裁委员会提出仲裁审查申请',
    en: 'both parties may jointly apply for arbitral review of a mediation agreement within 15 days of it taking effect',
  },
  acceptanceWithinFiveDays: {
    length: 5, unit: 'days', dayKind: 'working', direction: 'after', article: 'LDMAL 29; Rules 80', dayKindBasis: RULES_80_WORKING,
    zh: '仲裁委员会收到仲裁申请之日起五日内决定受理或者不予受理',
    en: 'the commission accepts or refuses an application within 5 days of receiving it',
  },
  serviceOfApplicationWithinFiveDays: {
    length: 5, unit: 'days', dayKind: 'working', direction: 'after', article: 'LDMAL 30', dayKindBasis: RULES_80_WORKING,
    zh: '受理仲裁申请后五日内将仲裁申请书副本送达被申请人',
    en: 'serve a copy of the application on the respondent within 5 days of acceptance',
  },
  defenceWithinTenDays: {
    length: 10, unit: 'days', dayKind: 'working', direction: 'after', article: 'LDMAL 30', dayKindBasis: RULES_80_WORKING,
    zh: '被申请人收到仲裁申请书副本后十日内提交答辩书',
    en: 'the respondent files a defence within 10 days of receiving the application',
  },
  serviceOfDefenceWithinFiveDays: {
    length: 5, unit: 'days', dayKind: 'working', direction: 'after', article: 'LDMAL 30', dayKindBasis: RULES_80_WORKING,
    zh: '收到答辩书后五日内将答辩书副本送达申请人',
    en: 'serve a copy of the defence on the applicant within 5 days of receiving it',
  },
  tribunalNoticeWithinFiveDays: {
    length: 5, unit: 'days', dayKind: 'working', direction: 'after', article: 'LDMAL 32', dayKindBasis: RULES_80_WORKING,
    zh: '受理仲裁申请之日起五日内将仲裁庭的组成情况书面通知当事人',
    en: 'notify the parties in writing of the tribunal composition within 5 days of acceptance',
  },
  hearingNoticeAtLeastFiveDays: {
    length: 5, unit: 'days', dayKind: 'working', direction: 'before', article: 'LDMAL 35; Rules 38', dayKindBasis: RULES_80_WORKING,
    zh: '仲裁庭应当在开庭五日前将开庭日期、地点书面通知双方当事人',
    en: 'written notice of the hearing date and place at least 5 days before the hearing',
  },
  postponementRequestAtLeastThreeDays: {
    length: 3, unit: 'days', dayKind: 'working', direction: 'before', article: 'LDMAL 35; Rules 38', dayKindBasis: RULES_80_WORKING,
    zh: '当事人有正当理由的，可以在开庭三日前请求延期开庭',
    en: 'a party with good reason may ask to postpone the hearing at least 3 days before it',
  },
  awardWithinFortyFiveDays: {
    length: 45, unit: 'days', dayKind: 'calendar', direction: 'after', article: 'LDMAL 43', dayKindBasis: RULES_80_CALENDAR,
    extensionLimit: 'awardExtensionAtMostFifteenDays',
    zh: '仲裁庭裁决劳动争议案件，应当自仲裁委员会受理仲裁申请之日起四十五日内结束',
    en: 'the tribunal concludes the case within 45 days of acceptance',
  },
  awardExtensionAtMostFifteenDays: {
    length: 15, unit: 'days', dayKind: 'calendar', direction: 'after', article: 'LDMAL 43', dayKindBasis: RULES_80_CALENDAR,
    zh: '案情复杂需要延期的，经仲裁委员会主任批准，可以延期并书面通知当事人，但延长期限不得超过十五日',
    en: "a complex case may be extended once, with the chair's approval and written notice, by at most 15 days",
  },
  workerSuitAfterFinalAwardFifteenDays: {
    length: 15, unit: 'days', dayKind: 'calendar', direction: 'after', article: 'LDMAL 48', dayKindBasis: CPL_CALENDAR,
    zh: '劳动者对终局裁决不服的，可以自收到仲裁裁决书之日起十五日内向人民法院提起诉讼',
    en: 'the worker may sue against a final award within 15 days of receiving it',
  },
  employerAnnulmentThirtyDays: {
    length: 30, unit: 'days', dayKind: 'calendar', direction: 'after', article: 'LDMAL 49', dayKindBasis: CPL_CALENDAR,
    zh: '用人单位可以自收到终局裁决书之日起三十日内向中级人民法院申请撤销裁决',
    en: 'the employer may apply to the intermediate court to annul a final award within 30 days of receiving it',
  },
  suitAfterAnnulmentFifteenDays: {
    length: 15, unit: 'days', dayKind: 'calendar', direction: 'after', article: 'LDMAL 49', dayKindBasis: CPL_CALENDAR,
    zh: '仲裁裁决被裁定撤销的，当事人可以自收到裁定书之日起十五日内向人民法院提起诉讼',
    en: 'once a final award is annulled, either party may sue within 15 days of receiving the ruling',
  },
  suitAfterNonFinalAwardFifteenDays: {
    length: 15, unit: 'days', dayKind: 'calendar', direction: 'after', article: 'LDMAL 50', dayKindBasis: CPL_CALENDAR,
    zh: '当事人对非终局裁决不服的，可以自收到仲裁裁决书之日起十五日内向人民法院提起诉讼',
    en: 'either party may sue against a non-final award within 15 days of receiving it; otherwise it takes effect',
  },
  appealFifteenDays: {
    length: 15, unit: 'days', dayKind: 'calendar', direction: 'after', article: 'CPL 171', dayKindBasis: CPL_CALENDAR,
    zh: '当事人不服第一审判决的，有权在判决书送达之日起十五日内提起上诉',
    en: 'appeal against a first-instance judgment within 15 days of its service',
  },
  limitationOneYear: {
    length: 1, unit: 'years', dayKind: 'calendar', direction: 'after', article: 'LDMAL 27', dayKindBasis: 'a limitation period in years runs to the same date (CPL 85 for its end)',
    zh: '劳动争议申请仲裁的时效期间为一年，从当事人知道或者应当知道其权利被侵害之日起计算',
    en: 'one year to apply for arbitration from when the party knew or should have known of the infringement',
  },
} as const satisfies Record<string, PeriodRow>;

export type PeriodRule = keyof typeof table;

export interface StatutoryPeriod extends Omit<PeriodRow, 'extensionLimit'> {
  readonly extensionLimit?: PeriodRule;
}

// Typing the export as a record of StatutoryPeriod makes the compiler check that every extensionLimit names a rule.
export const statutoryPeriods: Readonly<Record<PeriodRule, StatutoryPeriod>> = table;

export const periodRules = Object.keys(table) as readonly PeriodRule[];

export const isPeriodRule = (name: string): name is PeriodRule => Object.hasOwn(table, name);
