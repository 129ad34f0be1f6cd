import type { LegalDate } from './legal-date.js';

/**
 * One year of the State Council's holiday notice (国务院办公厅关于…年部分节假日安排的通知), as data: the clock
 * reads working days from these files and from nothing else. A year is added by adding its file once the notice is
 * published (usually in November), never by guessing from the lunar calendar.
 */
export interface HolidayYear {
  readonly year: number;
  readonly source: HolidayNoticeSource;
  readonly holidays: readonly HolidayPeriod[];
}

export interface HolidayNoticeSource {
  readonly title: string;
  /** The document number (文号), e.g. 国办发明电〔2024〕12号. */
  readonly number: string;
  /** The date the notice bears. */
  readonly issuedOn: LegalDate;
  readonly publishedBy: string;
  readonly url: string;
  /** Whether the dates below were checked against the notice's published text. */
  readonly verified: boolean;
  /** What they were checked against, and anything that was not confirmed. */
  readonly checkedAgainst: string;
}

/** One numbered item of the notice: days off (放假调休), inclusive, and the weekend days worked for them (调休上班). */
export interface HolidayPeriod {
  readonly name: string;
  readonly nameEn: string;
  readonly from: LegalDate;
  readonly to: LegalDate;
  /** The notice's own count (共N天): kept so a typo in `from`/`to` fails a test instead of shifting a deadline. */
  readonly days: number;
  readonly makeUpWorkdays: readonly LegalDate[];
}
