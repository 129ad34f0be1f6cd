import { ensure, type LegalDate } from '#domain-core';
import { litigationRules } from '../rules.js';

const shape = /^(\d{4})-(\d{2})-(\d{2})$/;

const isCalendarDate = (date: string): boolean => {
  const match = shape.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
};

/** A date a person states: a real calendar day, not after today (a future service or filing is not yet a fact). */
export function ensureStatedDate(date: LegalDate, field: string, today: LegalDate): void {
  ensure(isCalendarDate(date), litigationRules.statedDateWellFormed, `${field} "${date}" is not a YYYY-MM-DD calendar date`, field);
  ensure(date <= today, litigationRules.statedDateNotInFuture, `${field} ${date} is after today ${today}`, field);
}

export const ensureNotBefore = (date: LegalDate, earliest: LegalDate, field: string, what: string): void =>
  ensure(date >= earliest, litigationRules.statedDateInOrder, `${field} ${date} is before ${what} ${earliest}`, field);

export function ensureWholeFen(amount: number, field: string): void {
  ensure(Number.isSafeInteger(amount) && amount >= 0, litigationRules.amountInWholeFen, `${field} must be a whole, non-negative number of fen`, field);
}
