import type { HolidayYear } from '../holiday-year.js';
import { holidays2025 } from './holidays-2025.js';
import { holidays2026 } from './holidays-2026.js';

/**
 * Every notice the default calendar loads. 2027 is absent on purpose: no 2027 notice could be confirmed, and a
 * date in a year without its notice throws `CalendarDataMissing` rather than being guessed.
 */
export const holidayYears: readonly HolidayYear[] = [holidays2025, holidays2026];
