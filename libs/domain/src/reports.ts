import { DateTime } from 'luxon';
import { ActionPlanStatus, Completion } from './enums.js';

/** OGP's two self-assessments of a plan: one at mid-term, up to a cut-off date, and one at the end of the term. */
export enum ReportKind {
  MID_TERM = 'MID_TERM',
  END_OF_TERM = 'END_OF_TERM',
}

/** The parts of a report written by people in the app; everything else is generated from the data. */
export enum ReportSectionKey {
  /** I. Introduction */
  INTRODUCTION = 'INTRODUCTION',
  /** An optional note in II (process), III (IRM) and IV (implementation). */
  PROCESS_NOTE = 'PROCESS_NOTE',
  IRM_NOTE = 'IRM_NOTE',
  IMPLEMENTATION_NOTE = 'IMPLEMENTATION_NOTE',
  /** V. Conclusion and future plan */
  CONCLUSION = 'CONCLUSION',
}

export const REPORT_SECTIONS: readonly ReportSectionKey[] = Object.values(ReportSectionKey);

/** The longest narrative section, in characters; the api refuses longer ones with BAD_USER_INPUT. */
export const REPORT_SECTION_MAX_LENGTH = 50_000;

/** OGP asks for at least two weeks of public comment on a draft self-assessment. */
export const MIN_CONSULTATION_DAYS = 14;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a string is a real calendar day written YYYY-MM-DD (2018-02-30 is not). */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && DateTime.fromISO(value).isValid;
}

export interface ReportPeriod {
  periodStart: string;
  periodEnd: string;
  status: ActionPlanStatus;
}

/**
 * What a report covers. Meetings are counted from the plan's start to `to`; progress updates up to `cutOff`, which is
 * null for the end-of-term report: it gives each commitment's state as last reported, also after the period ended,
 * because ministries report the final state after the term.
 */
export interface ReportWindow {
  from: string;
  to: string;
  cutOff: string | null;
}

/** Why the report cannot be made with these parameters, for a 400 answer; null when it can. */
export function reportProblem(plan: ReportPeriod, kind: ReportKind, until: string | null): string | null {
  if (plan.status === ActionPlanStatus.CO_CREATION) return 'This plan is still being co-created: it has no implementation to report until it is adopted';
  if (kind === ReportKind.END_OF_TERM) return until === null ? null : 'until is for MID_TERM reports only: an end-of-term report covers the whole term';
  if (until === null) return 'A MID_TERM report needs its cut-off date: until=YYYY-MM-DD';
  if (!isIsoDate(until)) return `until must be a date written YYYY-MM-DD, not "${until}"`;
  if (until < plan.periodStart || until > plan.periodEnd) return `until must fall within the plan's period, ${plan.periodStart} to ${plan.periodEnd}`;
  return null;
}

export function reportWindow(plan: ReportPeriod, kind: ReportKind, until: string | null): ReportWindow {
  if (kind === ReportKind.MID_TERM && until) return { from: plan.periodStart, to: until, cutOff: until };
  return { from: plan.periodStart, to: plan.periodEnd, cutOff: null };
}

/** Whether a day (YYYY-MM-DD) is up to the cut-off; with no cut-off, every day is. */
export function withinCutOff(day: string, cutOff: string | null): boolean {
  return cutOff === null || day <= cutOff;
}

export interface DatedCompletion {
  /** The day it was reported, YYYY-MM-DD where the forum is. */
  postedOn: string;
  completion: Completion;
}

/**
 * A commitment's completion as a report states it: the current level for the end-of-term report; at a cut-off, the
 * level of the last update up to it, and NOT_STARTED when nothing was reported by then.
 */
export function completionAsOf(current: Completion, updates: readonly DatedCompletion[], cutOff: string | null): Completion {
  if (cutOff === null) return current;
  const before = updates.filter((update) => update.postedOn <= cutOff).sort((a, b) => a.postedOn.localeCompare(b.postedOn));
  return before.length ? before[before.length - 1].completion : Completion.NOT_STARTED;
}

export interface DatedMilestoneChange {
  postedOn: string;
  milestoneId: string;
  from: Completion;
}

/**
 * A milestone's completion at a cut-off: what the first change after the cut-off changed it from, or its current level
 * when nothing changed it since.
 */
export function milestoneCompletionAsOf(milestone: { id: string; completion: Completion }, changes: readonly DatedMilestoneChange[], cutOff: string | null): Completion {
  if (cutOff === null) return milestone.completion;
  const later = changes.filter((change) => change.milestoneId === milestone.id && change.postedOn > cutOff).sort((a, b) => a.postedOn.localeCompare(b.postedOn));
  return later.length ? later[0].from : milestone.completion;
}

export interface ConsultationPeriod {
  opensOn: string;
  closesOn: string;
}

/** Days of a consultation, both ends included: 1 to 14 June is 14 days. */
export function consultationDays({ opensOn, closesOn }: ConsultationPeriod): number {
  return Math.round(DateTime.fromISO(closesOn).diff(DateTime.fromISO(opensOn), 'days').days) + 1;
}

/** Why a consultation period is refused, naming the field; null when it is fine. `today` is the forum's day. */
export function consultationProblem(period: ConsultationPeriod, today: string): { field: keyof ConsultationPeriod; message: string } | null {
  for (const field of ['opensOn', 'closesOn'] as const) {
    if (!isIsoDate(period[field])) return { field, message: `${field} must be a date written YYYY-MM-DD` };
  }
  if (period.closesOn < today) return { field: 'closesOn', message: 'The consultation would already be over: it must close today or later' };
  if (period.closesOn < period.opensOn) return { field: 'closesOn', message: 'The consultation must close after it opens' };
  if (consultationDays(period) < MIN_CONSULTATION_DAYS) {
    return { field: 'closesOn', message: `OGP asks for at least ${MIN_CONSULTATION_DAYS} days of public comment; this period has ${consultationDays(period)}` };
  }
  return null;
}

/** Comments are taken from the first day to the last, both included, in the forum's time zone. */
export function isConsultationOpen(period: ConsultationPeriod, today: string): boolean {
  return period.opensOn <= today && today <= period.closesOn;
}
