import type { LegalDate } from '../legal-date.js';

/** One year of the State Council's holiday notice (国务院办公厅关于部分节假日安排的通知). Data, not code. */
export interface HolidayYear {
  readonly year: number;
  readonly source: {
    readonly title: string;
    readonly number?: string;
    readonly issuedOn: LegalDate;
    readonly publishedBy: string;
    /** Whether the dates were checked against the published text. */
    readonly verified: boolean;
  };
  /** Days off, each period inclusive. */
  readonly holidays: readonly { readonly name: string; readonly nameEn: string; readonly from: LegalDate; readonly to: LegalDate }[];
  /** Weekend days that are working days (调休上班). */
  readonly makeUpWorkdays: readonly LegalDate[];
}
