import { addDays, endOfLegalDay, legalDateOf, compareDates, type LegalDate, type WorkingCalendar } from '#calendar';

/** Lead times in working days, per rule where configured, else the default list. */
export interface ReminderLeads {
  readonly defaults: readonly number[];
  readonly byRule: Readonly<Record<string, readonly number[]>>;
}

const leadList = /^\s*\d{1,2}(\s*,\s*\d{1,2})*\s*$/;

/** "3,1" → [3, 1]: distinct, positive, largest first. */
export function parseLeadDays(value: string): number[] {
  if (!leadList.test(value)) throw new Error(`"${value}" is not a list of working days such as "3,1"`);
  const days = [...new Set(value.split(',').map((d) => Number(d.trim())))].sort((a, b) => b - a);
  if (days.some((d) => d < 1)) throw new Error(`"${value}": a lead time is at least 1 working day`);
  return days;
}

/** "awardWithinFortyFiveDays=5,3,1;acceptanceWithinFiveDays=1" → per-rule lists; an empty list (rule=) turns reminders off. */
export function parseLeadDaysByRule(value: string | undefined): Record<string, number[]> {
  const byRule: Record<string, number[]> = {};
  for (const part of (value ?? '').split(';').map((p) => p.trim()).filter(Boolean)) {
    const match = /^([A-Za-z][A-Za-z0-9]*)\s*=\s*(.*)$/.exec(part);
    if (!match) throw new Error(`"${part}" is not <rule>=<working days>, e.g. awardWithinFortyFiveDays=5,3,1`);
    byRule[match[1]!] = match[2]!.trim() === '' ? [] : parseLeadDays(match[2]!);
  }
  return byRule;
}

export const leadsFor = (leads: ReminderLeads, rule: string): readonly number[] => leads.byRule[rule] ?? leads.defaults;

/** The working day `lead` working days before `dueOn` (the due day itself is not counted). */
export function reminderDay(dueOn: LegalDate, lead: number, calendar: WorkingCalendar): LegalDate {
  let day = dueOn;
  for (let counted = 0; counted < lead; ) {
    day = addDays(day, -1);
    if (calendar.isWorkingDay(day)) counted++;
  }
  return day;
}

export interface PlannedReminder {
  readonly lead: number;
  readonly on: LegalDate;
  /** How long from `now` until the reminder's day begins; 0 when it is today. */
  readonly delayMs: number;
}

/**
 * The reminders still to send for a deadline due on `dueOn`, each at the start of its legal day. A reminder whose
 * day has already passed is dropped (a deadline set late gets only the reminders still ahead of it).
 */
export function planReminders(dueOn: LegalDate, leads: readonly number[], now: Date, calendar: WorkingCalendar, timeZone: string): PlannedReminder[] {
  const today = legalDateOf(now, timeZone);
  return leads
    .map((lead) => ({ lead, on: reminderDay(dueOn, lead, calendar) }))
    .filter(({ on }) => compareDates(on, today) >= 0)
    .map(({ lead, on }) => ({ lead, on, delayMs: Math.max(0, endOfLegalDay(addDays(on, -1), timeZone).getTime() - now.getTime()) }));
}
