import { DateTime } from 'luxon';

/**
 * The co-creation calendar of a plan (DESIGN.md §4.3): the open call for proposals, their review, the drafting of the
 * selected ones and the sign-off, ending on OGP's due date for the action plan.
 */
export interface CoCreationCalendar {
  /** ISO dates (YYYY-MM-DD), each the last day of its phase but `callOpensOn`; null while not planned. */
  callOpensOn: string | null;
  callClosesOn: string | null;
  reviewClosesOn: string | null;
  draftingClosesOn: string | null;
  dueOn: string | null;
}

export enum CoCreationPhase {
  NOT_STARTED = 'NOT_STARTED',
  OPEN_CALL = 'OPEN_CALL',
  REVIEW = 'REVIEW',
  DRAFTING = 'DRAFTING',
  SIGN_OFF = 'SIGN_OFF',
  PAST_DUE = 'PAST_DUE',
}

/** OGP asks for new action plans by 31 August. */
export function ogpDueDate(year: number): string {
  return `${year}-08-31`;
}

const ORDER: (keyof CoCreationCalendar)[] = ['callOpensOn', 'callClosesOn', 'reviewClosesOn', 'draftingClosesOn', 'dueOn'];

/** The first date that comes before the one it should follow, or null when the calendar is in order. */
export function calendarOutOfOrder(calendar: CoCreationCalendar): keyof CoCreationCalendar | null {
  let previous: string | null = null;
  for (const key of ORDER) {
    const date = calendar[key];
    if (!date) continue;
    if (previous && date < previous) return key;
    previous = date;
  }
  return null;
}

/** Where the plan is on its calendar on a given day (YYYY-MM-DD); dates not planned yet do not end a phase. */
export function coCreationPhase(calendar: CoCreationCalendar, today: string): CoCreationPhase {
  if (calendar.callOpensOn && today < calendar.callOpensOn) return CoCreationPhase.NOT_STARTED;
  if (!calendar.callClosesOn || today <= calendar.callClosesOn) return CoCreationPhase.OPEN_CALL;
  if (!calendar.reviewClosesOn || today <= calendar.reviewClosesOn) return CoCreationPhase.REVIEW;
  if (!calendar.draftingClosesOn || today <= calendar.draftingClosesOn) return CoCreationPhase.DRAFTING;
  if (!calendar.dueOn || today <= calendar.dueOn) return CoCreationPhase.SIGN_OFF;
  return CoCreationPhase.PAST_DUE;
}

/** The calendar day (YYYY-MM-DD) it is in a time zone: phases end at midnight where the forum is, not in UTC. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return DateTime.fromJSDate(now, { zone: timeZone }).toISODate()!;
}
