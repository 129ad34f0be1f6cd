import type { LegalDate } from '#domain-core';

export type CourtLevel = 'basic' | 'intermediate' | 'higher';

export interface Court {
  readonly courtId: string;
  readonly level: CourtLevel;
}

/** Which proceeding a court case number belongs to: the case-type characters of the number say it. */
export type Proceeding = 'first_instance' | 'second_instance' | 'annulment';

/** 案号 (SPC 法〔2015〕137号): `(2026)浙0106民初1234号` = (year) province, court code, case type, sequence. */
const courtCaseNumberPattern = /^[(（](\d{4})[)）](\p{Script=Han})(\d{4}|\d{2})?(\p{Script=Han}{1,4})([1-9]\d{0,5})号$/u;

const caseTypeOf: Record<Proceeding, string> = {
  first_instance: '民初', // 第一审民事
  second_instance: '民终', // 第二审民事
  annulment: '民特', // 申请撤销仲裁裁决, a special procedure
};

// The court code's digits follow the court's level: a basic court has four, an intermediate court two, a higher court none.
const codeDigitsOf: Record<CourtLevel, number> = { basic: 4, intermediate: 2, higher: 0 };

/** Why a number does not fit the court, proceeding and date it is registered with; undefined when it fits. */
export function courtCaseNumberProblem(
  caseNumber: string,
  expected: { readonly proceeding: Proceeding; readonly level: CourtLevel; readonly registeredOn: LegalDate },
): string | undefined {
  const match = courtCaseNumberPattern.exec(caseNumber);
  if (!match) return `"${caseNumber}" is not a court case number like (2026)浙0106民初1234号`;
  const [, year, , code = '', caseType] = match;
  if (year !== expected.registeredOn.slice(0, 4)) return `the number's year ${year} is not the year of registration ${expected.registeredOn}`;
  if (code.length !== codeDigitsOf[expected.level]) return `the court code "${code}" is not that of a ${expected.level} court`;
  if (caseType !== caseTypeOf[expected.proceeding]) {
    return `case type "${caseType}" is not ${caseTypeOf[expected.proceeding]} (${expected.proceeding.replace('_', ' ')})`;
  }
  return undefined;
}
