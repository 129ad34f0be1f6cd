import { CalendarDataMissing, type WorkingCalendar } from '#calendar';
import type { JobQueues, JobToAdd } from '#jobs';
import { reminderJobId } from './delivery-ids.js';
import type { NotifiedDeadline } from './notification-case.projection.js';
import { leadsFor, planReminders, type ReminderLeads } from './reminder-leads.js';

export const REMINDER_QUEUE = 'notify-reminders';
export const REMIND_JOB = 'remind';

export interface RemindJobData {
  readonly disputeId: string;
  readonly deadlineId: string;
  readonly version: number;
  readonly lead: number;
  readonly dueOn: string;
}

/** How many earlier versions to clear when a deadline moves; any left behind fire as stale and send nothing. */
const VERSIONS_TO_CLEAR = 3;

/**
 * One delayed job per running deadline, version of its due date and lead time. The job only decides that a reminder
 * is due: when it fires it checks the deadline is still running at that version, then writes the outbox.
 */
export class ReminderScheduler {
  constructor(
    private readonly queues: JobQueues,
    private readonly calendar: WorkingCalendar,
    private readonly leads: ReminderLeads,
    private readonly timeZone: string,
    private readonly now: () => Date,
    private readonly log: (message: string) => void,
  ) {}

  /** Brings the jobs in line with the deadline as committed: reminders for a running one, none for the rest. */
  async apply(disputeId: string, deadlineId: string, deadline: NotifiedDeadline): Promise<void> {
    const key = `${disputeId}/${deadlineId}`;
    const leads = leadsFor(this.leads, deadline.rule);
    const pending = deadline.status === 'running' && deadline.due_on !== null;
    const lowest = Math.max(1, deadline.due_version - VERSIONS_TO_CLEAR);
    for (let version = lowest; version < deadline.due_version + (pending ? 0 : 1); version++)
      for (const lead of leads) await this.queues.remove(REMINDER_QUEUE, reminderJobId(key, version, lead));
    if (pending) await this.queues.add(REMINDER_QUEUE, this.jobs(disputeId, deadlineId, deadline));
  }

  /** The jobs a running deadline should have (none once their days have passed). */
  jobs(disputeId: string, deadlineId: string, deadline: NotifiedDeadline): JobToAdd<RemindJobData>[] {
    if (deadline.status !== 'running' || deadline.due_on === null) return [];
    const key = `${disputeId}/${deadlineId}`;
    try {
      return planReminders(deadline.due_on, leadsFor(this.leads, deadline.rule), this.now(), this.calendar, this.timeZone).map((planned) => ({
        name: REMIND_JOB,
        id: reminderJobId(key, deadline.due_version, planned.lead),
        data: { disputeId, deadlineId, version: deadline.due_version, lead: planned.lead, dueOn: deadline.due_on! },
        delayMs: planned.delayMs,
        attempts: 10,
        backoffMs: 1_000,
      }));
    } catch (error) {
      // Working days cannot be counted back into a year with no holiday notice: no reminder rather than a wrong one.
      if (error instanceof CalendarDataMissing) {
        this.log(`no reminders for ${key}: ${error.message}`);
        return [];
      }
      throw error;
    }
  }
}
