import { holidays2025 } from './2025.js';
import { holidays2026 } from './2026.js';
import type { HolidayYear } from './holiday-year.js';

/** Add a year by adding its file here once the State Council publishes it (usually in November). */
export const holidayYears: readonly HolidayYear[] = [holidays2025, holidays2026];
export type { HolidayYear };
