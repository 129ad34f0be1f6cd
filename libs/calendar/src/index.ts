export * from './legal-date.js';
export * from './holiday-year.js';
export { holidayYears } from './data/holiday-years.js';
export { holidays2025 } from './data/holidays-2025.js';
export { holidays2026 } from './data/holidays-2026.js';
export * from './working-calendar.js';
export * from './statutory-periods.js';
export * from './deadline.js';
