import { DateTime } from 'luxon';
import { Completion, OrganizationKind } from './enums.js';
import { daysDelayed, isCommitmentStale, isMilestoneDelayed, type DatedMilestone, type MonitoredCommitment } from './monitoring.js';
import { ProposalStatus } from './proposals.js';

export enum MeetingKind {
  REGULAR = 'REGULAR',
  WORKSHOP = 'WORKSHOP',
  SPECIAL = 'SPECIAL',
}

export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  IN_PROGRESS = 'IN_PROGRESS',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}

export enum RsvpAnswer {
  YES = 'YES',
  NO = 'NO',
  MAYBE = 'MAYBE',
}

export enum MinutesStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

/** The sides of a multi-stakeholder forum; OGP asks for parity between government and civil society. */
export enum Sector {
  GOVERNMENT = 'GOVERNMENT',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  OTHER = 'OTHER',
  /** The forum's secretariat, counted apart so that it weighs on neither side. */
  SECRETARIAT = 'SECRETARIAT',
}

/** How a meeting moves: the chair starts it and closes it; only a meeting that has not started can be cancelled. */
export const MEETING_TRANSITIONS: Record<MeetingStatus, readonly MeetingStatus[]> = {
  [MeetingStatus.SCHEDULED]: [MeetingStatus.IN_PROGRESS, MeetingStatus.CANCELLED],
  [MeetingStatus.IN_PROGRESS]: [MeetingStatus.HELD],
  [MeetingStatus.HELD]: [],
  [MeetingStatus.CANCELLED]: [],
};

export function canChangeMeetingStatus(from: MeetingStatus, to: MeetingStatus): boolean {
  return MEETING_TRANSITIONS[from].includes(to);
}

/** The sector an attendee counts for. Academia is civil society in OGP's sense; parliaments, courts and business are not. */
export function sectorOf(organizationKind: OrganizationKind | null | undefined): Sector {
  if (organizationKind === OrganizationKind.GOVERNMENT) return Sector.GOVERNMENT;
  if (organizationKind === OrganizationKind.CIVIL_SOCIETY || organizationKind === OrganizationKind.ACADEMIA) return Sector.CIVIL_SOCIETY;
  if (organizationKind === OrganizationKind.SECRETARIAT) return Sector.SECRETARIAT;
  return Sector.OTHER;
}

export type SectorCounts = Record<Sector, number>;

export function countBySector(organizationKinds: readonly (OrganizationKind | null)[]): SectorCounts {
  const counts: SectorCounts = { [Sector.GOVERNMENT]: 0, [Sector.CIVIL_SOCIETY]: 0, [Sector.OTHER]: 0, [Sector.SECRETARIAT]: 0 };
  for (const kind of organizationKinds) counts[sectorOf(kind)] += 1;
  return counts;
}

export interface MeetingTimes {
  startsAt: Date;
  endsAt: Date;
}

/**
 * A monthly series: the same day of the month and the same wall-clock time in the forum's time zone (the 31st becomes
 * the last day of shorter months), so a 3 pm meeting stays at 3 pm across daylight-saving changes.
 */
export function monthlySeries(first: MeetingTimes, count: number, timeZone: string): MeetingTimes[] {
  const start = DateTime.fromJSDate(first.startsAt, { zone: timeZone });
  const durationMs = first.endsAt.getTime() - first.startsAt.getTime();
  return Array.from({ length: count }, (_, month) => {
    const startsAt = start.plus({ months: month }).toJSDate();
    return { startsAt, endsAt: new Date(startsAt.getTime() + durationMs) };
  });
}

/** OGP's minimum: the forum meets at least once every six months. */
export const MAX_MONTHS_BETWEEN_MEETINGS = 6;

export interface MeetingCompliance {
  lastHeldAt: Date | null;
  daysSinceLastHeld: number | null;
  /** The day by which the next meeting must be held; null when none was ever held (it is due now). */
  nextDueBy: Date | null;
  compliant: boolean;
}

export function meetingCompliance(lastHeldAt: Date | null, now: Date, timeZone: string): MeetingCompliance {
  if (!lastHeldAt) return { lastHeldAt: null, daysSinceLastHeld: null, nextDueBy: null, compliant: false };
  const nextDueBy = DateTime.fromJSDate(lastHeldAt, { zone: timeZone }).plus({ months: MAX_MONTHS_BETWEEN_MEETINGS }).toJSDate();
  return {
    lastHeldAt,
    daysSinceLastHeld: Math.floor((now.getTime() - lastHeldAt.getTime()) / 86_400_000),
    nextDueBy,
    compliant: now.getTime() <= nextDueBy.getTime(),
  };
}

export interface DueActionItem {
  /** ISO date (YYYY-MM-DD), the last day to get it done, in the forum's time zone. */
  dueDate: string;
  doneAt: Date | null;
}

/** An action item is overdue once its due date has ended in the forum's time zone and it is not done. */
export function isActionItemOverdue(item: DueActionItem, now: Date, timeZone: string): boolean {
  if (item.doneAt) return false;
  return DateTime.fromISO(item.dueDate, { zone: timeZone }).endOf('day').toMillis() < now.getTime();
}

/** Why "Suggest agenda" proposes an item. */
export enum AgendaSuggestionReason {
  OPEN_ACTION_ITEM = 'OPEN_ACTION_ITEM',
  DELAYED_MILESTONE = 'DELAYED_MILESTONE',
  STALE_COMMITMENT = 'STALE_COMMITMENT',
  PROPOSAL_UNDER_REVIEW = 'PROPOSAL_UNDER_REVIEW',
}

export interface SuggestionCommitment extends MonitoredCommitment {
  id: string;
  code: string;
  title: string;
  milestones: (DatedMilestone & { title: string })[];
}

export interface SuggestionProposal {
  id: string;
  title: string;
  status: ProposalStatus;
}

export interface SuggestionActionItem extends DueActionItem {
  id: string;
  title: string;
  commitmentId: string | null;
}

export interface AgendaSuggestion {
  reason: AgendaSuggestionReason;
  title: string;
  commitmentId: string | null;
  proposalId: string | null;
  actionItemId: string | null;
  /** DELAYED_MILESTONE: the most delayed milestone; OPEN_ACTION_ITEM: empty. */
  milestoneTitle: string | null;
  /** Days late: past the milestone's end, since the last update, or past the action item's due date (0 if not yet due). */
  days: number;
}

const DAY_MS = 86_400_000;

/**
 * What the forum should look at next, from the data (DESIGN.md §4.2): open action items from earlier meetings first (they
 * were promised), then commitments with delayed milestones, the most delayed first, then stale commitments, then
 * proposals waiting for review. A commitment appears once, for its most pressing reason.
 */
export function suggestAgenda(
  data: { commitments: SuggestionCommitment[]; proposals: SuggestionProposal[]; actionItems: SuggestionActionItem[] },
  now: Date,
  timeZone: string,
): AgendaSuggestion[] {
  const none = { commitmentId: null, proposalId: null, actionItemId: null, milestoneTitle: null };
  const actionItems = data.actionItems
    .filter((item) => !item.doneAt)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .map((item) => ({
      ...none,
      reason: AgendaSuggestionReason.OPEN_ACTION_ITEM,
      title: item.title,
      actionItemId: item.id,
      commitmentId: item.commitmentId,
      days: isActionItemOverdue(item, now, timeZone) ? Math.ceil((now.getTime() - DateTime.fromISO(item.dueDate, { zone: timeZone }).endOf('day').toMillis()) / DAY_MS) : 0,
    }));

  const delayed: AgendaSuggestion[] = [];
  const stale: AgendaSuggestion[] = [];
  for (const commitment of data.commitments) {
    const title = `${commitment.code} ${commitment.title}`;
    const late = commitment.milestones
      .filter((milestone) => !commitment.incorporatedIntoId && commitment.completion !== Completion.WITHDRAWN && isMilestoneDelayed(milestone, now))
      .sort((a, b) => daysDelayed(b, now) - daysDelayed(a, now));
    if (late.length) {
      delayed.push({ ...none, reason: AgendaSuggestionReason.DELAYED_MILESTONE, title, commitmentId: commitment.id, milestoneTitle: late[0].title, days: daysDelayed(late[0], now) });
    } else if (isCommitmentStale(commitment, now)) {
      const since = commitment.lastUpdateAt?.getTime() ?? Date.parse(`${commitment.start}T00:00:00Z`);
      stale.push({ ...none, reason: AgendaSuggestionReason.STALE_COMMITMENT, title, commitmentId: commitment.id, days: Math.floor((now.getTime() - since) / DAY_MS) });
    }
  }
  delayed.sort((a, b) => b.days - a.days);
  stale.sort((a, b) => b.days - a.days);

  const proposals = data.proposals
    .filter((proposal) => proposal.status === ProposalStatus.SUBMITTED || proposal.status === ProposalStatus.UNDER_REVIEW)
    .map((proposal) => ({ ...none, reason: AgendaSuggestionReason.PROPOSAL_UNDER_REVIEW, title: proposal.title, proposalId: proposal.id, days: 0 }));

  return [...actionItems, ...delayed, ...stale, ...proposals];
}
