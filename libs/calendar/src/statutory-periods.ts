/**
 * Every statutory period the system counts, keyed by the rule's name. Which periods count working days and which
 * calendar days follows Rules 80 as the rules file reads it ("3/5/10 days" are working days, "15/45 days" calendar
 * days) — marked (verify) there, so it lives here as data and can be changed without touching code.
 */
export type DayKind = 'calendar' | 'working';

export interface StatutoryPeriod {
  readonly length: number;
  readonly unit: 'days' | 'years';
  readonly dayKind: DayKind;
  readonly article: string;
  readonly zh: string;
  readonly en: string;
  /** Longest extension the law allows, if any. */
  readonly maxExtensionDays?: number;
}

const days = (length: number, dayKind: DayKind, article: string, zh: string, en: string, maxExtensionDays?: number): StatutoryPeriod => ({
  length,
  unit: 'days',
  dayKind,
  article,
  zh,
  en,
  ...(maxExtensionDays !== undefined ? { maxExtensionDays } : {}),
});

export const statutoryPeriods = {
  mediationWindowIsFifteenDays: days(15, 'calendar', 'LDMAL 14', '调解组织收到申请之日起十五日内未达成协议', 'mediation must reach agreement within 15 days of the application'),
  mediationAgreementReviewWithinFifteenDays: days(15, 'calendar', 'Rules 74', '调解协议生效之日起十五日内申请仲裁审查', 'joint application for arbitral review within 15 days of the agreement taking effect'),
  acceptanceWithinFiveDays: days(5, 'working', 'LDMAL 29; Rules 80', '收到仲裁申请之日起五日内决定受理或不予受理', 'accept or refuse an application within 5 days of receiving it'),
  serviceOfApplicationWithinFiveDays: days(5, 'working', 'LDMAL 30', '受理后五日内将申请书副本送达被申请人', 'serve the application on the respondent within 5 days of acceptance'),
  defenceWithinTenDays: days(10, 'working', 'LDMAL 30', '被申请人收到副本后十日内提交答辩书', 'defence within 10 days of receiving the application'),
  serviceOfDefenceWithinFiveDays: days(5, 'working', 'LDMAL 30', '收到答辩书后五日内送达申请人', 'serve the defence on the applicant within 5 days'),
  tribunalNoticeWithinFiveDays: days(5, 'working', 'LDMAL 32', '受理之日起五日内将仲裁庭组成情况书面通知当事人', 'notify the tribunal composition within 5 days of acceptance'),
  hearingNoticeAtLeastFiveDays: days(5, 'working', 'LDMAL 35', '开庭五日前将开庭日期、地点书面通知当事人', 'notice of the hearing at least 5 days before it'),
  postponementRequestAtLeastThreeDays: days(3, 'working', 'LDMAL 35; Rules 38', '开庭三日前请求延期开庭', 'a postponement request at least 3 days before the hearing'),
  awardWithinFortyFiveDays: days(45, 'calendar', 'LDMAL 43', '受理之日起四十五日内结束', 'award within 45 days of acceptance', 15),
  workerSuitAfterFinalAwardFifteenDays: days(15, 'calendar', 'LDMAL 48', '劳动者收到终局裁决书之日起十五日内起诉', 'the worker may sue within 15 days of receiving a final award'),
  employerAnnulmentThirtyDays: days(30, 'calendar', 'LDMAL 49', '用人单位收到终局裁决书之日起三十日内申请撤销', 'the employer may apply to annul a final award within 30 days of receipt'),
  suitAfterAnnulmentFifteenDays: days(15, 'calendar', 'LDMAL 49', '终局裁决被撤销之日起十五日内起诉', 'either party may sue within 15 days of the annulment ruling'),
  suitAfterNonFinalAwardFifteenDays: days(15, 'calendar', 'LDMAL 50', '收到非终局裁决书之日起十五日内起诉', 'either party may sue within 15 days of receiving a non-final award'),
  appealFifteenDays: days(15, 'calendar', 'CPL 171', '判决书送达之日起十五日内上诉', 'appeal within 15 days of service of the judgment'),
  limitationOneYear: { length: 1, unit: 'years', dayKind: 'calendar', article: 'LDMAL 27', zh: '仲裁时效期间为一年', en: 'one-year limitation for applying for arbitration' },
} as const satisfies Record<string, StatutoryPeriod>;

export type PeriodRule = keyof typeof statutoryPeriods;

export const isPeriodRule = (name: string): name is PeriodRule => Object.hasOwn(statutoryPeriods, name);
