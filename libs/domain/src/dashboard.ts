import { DateTime } from 'luxon';
import { todayIn } from './co-creation.js';
import { countByCompletion, type CompletionCounts, type CountableCommitment } from './completion.js';
import { Completion, type OrganizationKind } from './enums.js';
import { countBySector, type SectorCounts } from './meetings.js';
import { daysDelayed, isCommitmentStale, isMilestoneDelayed, type DatedMilestone } from './monitoring.js';
import { ProposalStatus, wasSubmitted } from './proposals.js';

/*
 * The series of a plan's dashboard, worked out from rows the api loads in a few queries. Every count follows the rules
 * the rest of the forum uses: countByCompletion for levels, isMilestoneDelayed and isCommitmentStale for dates, sectorOf
 * for attendance, wasSubmitted for what the public may see of proposals.
 */

const DAY_MS = 86_400_000;

export interface DashboardCommitment extends CountableCommitment {
  id: string;
  themeId: string;
  leadOrganizationId: string;
  /** ISO date: a commitment that never had an update is stale from its start. */
  start: string;
}

/** A progress update as far as the charts care: which commitment, the level it reported, when. */
export interface ReportedLevel {
  commitmentId: string;
  completion: Completion;
  postedAt: Date;
}

/** Each theme's commitments by completion level, in the order of the themes given (the plan's). */
export function completionByTheme<T extends { id: string }>(themes: readonly T[], commitments: readonly DashboardCommitment[]): { theme: T; counts: CompletionCounts }[] {
  return themes.map((theme) => ({ theme, counts: countByCompletion(commitments.filter((commitment) => commitment.themeId === theme.id)) }));
}

export interface CompletionPoint {
  /** ISO date, in the forum's time zone. */
  date: string;
  counts: CompletionCounts;
}

/**
 * The plan's completion levels over time, reconstructed from its progress updates: at `start` (the plan's first day)
 * a commitment with updates is NOT_STARTED and one without is at its current level; then one point for every day on
 * which an update changed some commitment's level. Updates posted before `start` are folded into the first point.
 * Incorporated commitments are INCORPORATED throughout, as countByCompletion counts them, so every point has the
 * same total and the last point is what the updates last reported.
 */
export function completionHistory(
  commitments: readonly DashboardCommitment[],
  updates: readonly ReportedLevel[],
  start: string,
  timeZone: string,
): CompletionPoint[] {
  const reported = new Set(updates.map((update) => update.commitmentId));
  const levels = new Map(commitments.map((commitment) => [commitment.id, reported.has(commitment.id) ? Completion.NOT_STARTED : commitment.completion]));
  const snapshot = () => countByCompletion(commitments.map((commitment) => ({ ...commitment, completion: levels.get(commitment.id)! })));

  const byDay = new Map<string, ReportedLevel[]>();
  for (const update of [...updates].sort((a, b) => a.postedAt.getTime() - b.postedAt.getTime())) {
    if (!levels.has(update.commitmentId)) continue;
    const day = todayIn(timeZone, update.postedAt);
    const key = day < start ? start : day;
    byDay.set(key, [...(byDay.get(key) ?? []), update]);
  }

  const points: CompletionPoint[] = [];
  if (!byDay.has(start)) points.push({ date: start, counts: snapshot() });
  for (const [date, dayUpdates] of byDay) {
    let changed = false;
    for (const update of dayUpdates) {
      changed ||= levels.get(update.commitmentId) !== update.completion;
      levels.set(update.commitmentId, update.completion);
    }
    if (changed || date === start) points.push({ date, counts: snapshot() });
  }
  return points;
}

export interface TimelineMilestone extends DatedMilestone {
  commitmentId: string;
  start: string;
}

export interface MilestoneOnTimeline<M> {
  milestone: M;
  delayed: boolean;
  daysDelayed: number;
}

/**
 * The plan's milestones in start order, each delayed or not. Like the agenda's suggestions, a milestone of a commitment
 * that was incorporated into another or withdrawn is never delayed: nothing more is expected of it.
 */
export function milestoneTimeline<M extends TimelineMilestone>(
  milestones: readonly M[],
  commitments: readonly Pick<DashboardCommitment, 'id' | 'completion' | 'incorporatedIntoId'>[],
  now: Date,
): MilestoneOnTimeline<M>[] {
  const settled = new Set(commitments.filter((c) => c.incorporatedIntoId || c.completion === Completion.WITHDRAWN).map((c) => c.id));
  return [...milestones]
    .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end))
    .map((milestone) => {
      const due = !settled.has(milestone.commitmentId);
      return {
        milestone,
        delayed: due && isMilestoneDelayed(milestone, now),
        daysDelayed: due ? daysDelayed(milestone, now) : 0,
      };
    });
}

export interface OrganizationFreshness {
  organizationId: string;
  /** Commitments the organisation leads in the plan. */
  commitments: number;
  /** The latest progress update on any of them; null when none was ever posted. */
  lastUpdateAt: Date | null;
  /** Whole days since that update; null when none was ever posted. */
  daysSinceLastUpdate: number | null;
  /** Its commitments nobody has reported on for STALE_AFTER_DAYS days; only a plan in implementation has any. */
  staleCommitments: number;
}

/** How recently each lead organisation reported on its commitments, the least recent first. */
export function freshnessByOrganization(
  commitments: readonly DashboardCommitment[],
  updates: readonly ReportedLevel[],
  now: Date,
  implementing: boolean,
): OrganizationFreshness[] {
  const lastUpdate = new Map<string, Date>();
  for (const update of updates) {
    const latest = lastUpdate.get(update.commitmentId);
    if (!latest || update.postedAt > latest) lastUpdate.set(update.commitmentId, update.postedAt);
  }
  const byOrganization = new Map<string, OrganizationFreshness>();
  for (const commitment of commitments) {
    const row = byOrganization.get(commitment.leadOrganizationId) ?? {
      organizationId: commitment.leadOrganizationId,
      commitments: 0,
      lastUpdateAt: null,
      daysSinceLastUpdate: null,
      staleCommitments: 0,
    };
    const lastUpdateAt = lastUpdate.get(commitment.id) ?? null;
    row.commitments += 1;
    if (lastUpdateAt && (!row.lastUpdateAt || lastUpdateAt > row.lastUpdateAt)) row.lastUpdateAt = lastUpdateAt;
    if (implementing && isCommitmentStale({ ...commitment, lastUpdateAt }, now)) row.staleCommitments += 1;
    byOrganization.set(commitment.leadOrganizationId, row);
  }
  const rows = [...byOrganization.values()].map((row) => ({
    ...row,
    daysSinceLastUpdate: row.lastUpdateAt ? Math.max(0, Math.floor((now.getTime() - row.lastUpdateAt.getTime()) / DAY_MS)) : null,
  }));
  // Never reported on first, then the longest silence.
  const silence = (row: OrganizationFreshness) => row.daysSinceLastUpdate ?? Number.MAX_SAFE_INTEGER;
  return rows.sort((a, b) => silence(b) - silence(a));
}

/** The instants a plan's period covers in the forum's time zone: from its first day's midnight to after its last day. */
export function periodInstants(periodStart: string, periodEnd: string, timeZone: string): { from: Date; until: Date } {
  return {
    from: DateTime.fromISO(periodStart, { zone: timeZone }).startOf('day').toJSDate(),
    until: DateTime.fromISO(periodEnd, { zone: timeZone }).plus({ days: 1 }).startOf('day').toJSDate(),
  };
}

export interface MeetingAttendance<M> {
  meeting: M;
  counts: SectorCounts;
  total: number;
}

/** Who came to each meeting, by sector, in date order. A meeting where nobody was recorded present counts zero. */
export function attendanceBySector<M extends { id: string; startsAt: Date }>(
  meetings: readonly M[],
  attendees: readonly { meetingId: string; organizationKind: OrganizationKind | null }[],
): MeetingAttendance<M>[] {
  return [...meetings]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map((meeting) => {
      const kinds = attendees.filter((attendee) => attendee.meetingId === meeting.id).map((attendee) => attendee.organizationKind);
      return { meeting, counts: countBySector(kinds), total: kinds.length };
    });
}

/** The statuses a proposal can have once it reached the forum, in the order of its life. */
export const PUBLIC_PROPOSAL_STATUSES: readonly ProposalStatus[] = [
  ProposalStatus.SUBMITTED,
  ProposalStatus.UNDER_REVIEW,
  ProposalStatus.SELECTED,
  ProposalStatus.MERGED,
  ProposalStatus.PARKED,
  ProposalStatus.DECLINED,
  ProposalStatus.WITHDRAWN,
];

/** The plan's proposals by status, counting only those that reached the forum: drafts stay private (wasSubmitted). */
export function proposalsByStatus(proposals: readonly { status: ProposalStatus; submittedAt: Date | string | null }[]): { status: ProposalStatus; count: number }[] {
  const submitted = proposals.filter(wasSubmitted);
  return PUBLIC_PROPOSAL_STATUSES.map((status) => ({ status, count: submitted.filter((proposal) => proposal.status === status).length }));
}
