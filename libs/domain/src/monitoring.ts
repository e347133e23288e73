import { Completion } from './enums.js';

/** A commitment with no progress update for this many days is stale. */
export const STALE_AFTER_DAYS = 60;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface DatedMilestone {
  /** ISO date (YYYY-MM-DD): the last day of the milestone. */
  end: string;
  completion: Completion;
}

/** The first instant after the last day of an ISO date, in UTC. */
function endOfDay(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) + DAY_MS;
}

/** Milestones in these levels are never delayed: done, or nothing is due. */
export const NEVER_DELAYED: readonly Completion[] = [Completion.COMPLETED, Completion.WITHDRAWN];

/**
 * The latest end date (ISO) of a milestone that is late at `now`: its last day is over. Lets the database count delayed
 * milestones (`end <= this AND completion NOT IN NEVER_DELAYED`) by the same rule as isMilestoneDelayed.
 */
export function latestOverdueEnd(now: Date = new Date()): string {
  return new Date(now.getTime() - DAY_MS).toISOString().slice(0, 10);
}

/** A milestone is delayed when its end date has passed and it is not COMPLETED (nor WITHDRAWN: nothing is due). */
export function isMilestoneDelayed(milestone: DatedMilestone, now: Date = new Date()): boolean {
  if (NEVER_DELAYED.includes(milestone.completion)) return false;
  return endOfDay(milestone.end) <= now.getTime();
}

/** Whole days a delayed milestone is past its end date; 0 when it is not delayed. */
export function daysDelayed(milestone: DatedMilestone, now: Date = new Date()): number {
  if (!isMilestoneDelayed(milestone, now)) return 0;
  return Math.floor((now.getTime() - endOfDay(milestone.end)) / DAY_MS) + 1;
}

export interface MonitoredCommitment {
  completion: Completion;
  incorporatedIntoId?: string | null;
  /** When the last progress update was posted; null when none ever was. */
  lastUpdateAt: Date | null;
  /** When the commitment started, as an ISO date: a commitment that never had an update is stale from its start. */
  start: string;
}

/**
 * A commitment still being implemented is stale when nobody has reported on it for STALE_AFTER_DAYS days.
 * Finished, withdrawn and incorporated commitments are never stale: nothing more is expected of them.
 */
export function isCommitmentStale(commitment: MonitoredCommitment, now: Date = new Date()): boolean {
  if (commitment.incorporatedIntoId) return false;
  if (commitment.completion === Completion.COMPLETED || commitment.completion === Completion.WITHDRAWN) return false;
  const since = commitment.lastUpdateAt?.getTime() ?? Date.parse(`${commitment.start}T00:00:00Z`);
  return now.getTime() - since >= STALE_AFTER_DAYS * DAY_MS;
}
