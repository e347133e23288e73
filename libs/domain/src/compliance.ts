import { DateTime } from 'luxon';
import { todayIn } from './co-creation.js';
import { ActionPlanStatus, Locale } from './enums.js';
import { FORUM_RULES_PATH } from './forum-rules.js';
import { meetingCompliance, MeetingStatus } from './meetings.js';
import { isDecided, ProposalStatus } from './proposals.js';

/**
 * OGP's minimum requirements of the Participation and Co-Creation Standards (DESIGN.md §1, §4 flow 4), judged for one
 * plan from the data. A plan's panel judges its own term: an open plan as of today, a closed plan as of the last day of
 * its period (or today, if that is earlier), so that a plan closed years ago keeps the verdict it earned.
 */
export enum OgpRequirement {
  FORUM_MEETS = 'FORUM_MEETS',
  WEBSITE = 'WEBSITE',
  REPOSITORY_UPDATED = 'REPOSITORY_UPDATED',
  CALENDAR_NOTICE = 'CALENDAR_NOTICE',
  REASONED_RESPONSE = 'REASONED_RESPONSE',
  IMPLEMENTATION_MEETINGS = 'IMPLEMENTATION_MEETINGS',
}

export const OGP_REQUIREMENT_CODES: Record<OgpRequirement, string> = {
  FORUM_MEETS: '1.1',
  WEBSITE: '2.1',
  REPOSITORY_UPDATED: '2.2',
  CALENDAR_NOTICE: '3.1',
  REASONED_RESPONSE: '4.1',
  IMPLEMENTATION_MEETINGS: '5.1',
};

export enum ComplianceStatus {
  MET = 'MET',
  AT_RISK = 'AT_RISK',
  MISSED = 'MISSED',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

/** Why a requirement has the status it has: one sentence per reason in COMPLIANCE_TEXTS. */
export enum ComplianceReason {
  NO_MEETING_HELD = 'NO_MEETING_HELD',
  MEETING_WITHIN_SIX_MONTHS = 'MEETING_WITHIN_SIX_MONTHS',
  MEETING_DUE_SOON = 'MEETING_DUE_SOON',
  MEETING_OVERDUE = 'MEETING_OVERDUE',
  BASIC_RULES_NOT_PUBLISHED = 'BASIC_RULES_NOT_PUBLISHED',
  WEBSITE_PUBLIC = 'WEBSITE_PUBLIC',
  NO_REPOSITORY_UPDATE = 'NO_REPOSITORY_UPDATE',
  REPOSITORY_UPDATED_RECENTLY = 'REPOSITORY_UPDATED_RECENTLY',
  REPOSITORY_UPDATE_DUE_SOON = 'REPOSITORY_UPDATE_DUE_SOON',
  REPOSITORY_STALE = 'REPOSITORY_STALE',
  NO_CALENDAR_RECORDED = 'NO_CALENDAR_RECORDED',
  CALENDAR_NOT_PUBLISHED = 'CALENDAR_NOT_PUBLISHED',
  CALENDAR_NOTICE_GIVEN = 'CALENDAR_NOTICE_GIVEN',
  CALENDAR_NOTICE_SHORT = 'CALENDAR_NOTICE_SHORT',
  NO_PROPOSALS_OUTSIDE_CO_CREATION = 'NO_PROPOSALS_OUTSIDE_CO_CREATION',
  EVERY_PROPOSAL_ANSWERED = 'EVERY_PROPOSAL_ANSWERED',
  PROPOSALS_AWAITING_RESPONSE = 'PROPOSALS_AWAITING_RESPONSE',
  RESPONSES_DUE_SOON = 'RESPONSES_DUE_SOON',
  RESPONSES_OVERDUE = 'RESPONSES_OVERDUE',
  NOT_IN_IMPLEMENTATION = 'NOT_IN_IMPLEMENTATION',
  TWO_MEETINGS_IN_YEAR = 'TWO_MEETINGS_IN_YEAR',
  SECOND_MEETING_DUE_SOON = 'SECOND_MEETING_DUE_SOON',
  FEWER_THAN_TWO_MEETINGS_SO_FAR = 'FEWER_THAN_TWO_MEETINGS_SO_FAR',
  FEWER_THAN_TWO_MEETINGS_IN_YEAR = 'FEWER_THAN_TWO_MEETINGS_IN_YEAR',
}

export enum EvidenceKind {
  MEETING = 'MEETING',
  /** The forum's meeting calendar. */
  MEETINGS = 'MEETINGS',
  MINUTES = 'MINUTES',
  PROGRESS_UPDATE = 'PROGRESS_UPDATE',
  DECISION = 'DECISION',
  REGISTER = 'REGISTER',
  PLAN = 'PLAN',
  CALENDAR = 'CALENDAR',
  /** The forum's basic rules page. */
  RULES = 'RULES',
}

/** A link that shows what a status is based on: a web path or a download, with its day (YYYY-MM-DD) in the forum's zone. */
export interface ComplianceEvidence {
  kind: EvidenceKind;
  label: string;
  url: string;
  date: string | null;
}

export interface ComplianceRow {
  requirement: OgpRequirement;
  code: string;
  status: ComplianceStatus;
  reason: ComplianceReason;
  /** Numbers and days the reason's sentence names. */
  facts: { count?: number; days?: number; date?: string; rulesOn?: string };
  evidence: ComplianceEvidence[];
  /** The day (YYYY-MM-DD, forum's zone) by which the next action is due; null when nothing is due (or the term is over). */
  nextDueOn: string | null;
}

export interface CompliancePlan {
  id: string;
  status: ActionPlanStatus;
  periodStart: string;
  periodEnd: string;
  /** When the plan was opened on the platform with its calendar: the calendar's publication, as far as the data knows. */
  createdAt: Date;
  adoptedAt: Date | null;
  callOpensOn: string | null;
  reviewClosesOn: string | null;
}

export interface ComplianceMeeting {
  id: string;
  title: string;
  startsAt: Date;
  status: MeetingStatus;
  minutesPublishedAt: Date | null;
}

export interface ComplianceProposal {
  id: string;
  title: string;
  status: ProposalStatus;
  rationale: string | null;
  decidedAt: Date | null;
}

/** Something published to the repository: published minutes, a progress update, a decision, the plan's adoption. */
export interface RepositoryUpdate {
  kind: EvidenceKind;
  label: string;
  url: string;
  at: Date;
}

/** The forum's basic rules as published on their page: the day of the current version. */
export interface ComplianceRules {
  updatedAt: Date;
}

export interface ComplianceInput {
  plan: CompliancePlan;
  /**
   * The forum's basic rules as their page shows them today, or null when none are written. Not judged at a closed term's
   * end: the platform cannot tell which rules were public then.
   */
  basicRules: ComplianceRules | null;
  /** The forum's meetings (any plan: the forum is one), held or scheduled. */
  meetings: ComplianceMeeting[];
  /** The plan's proposals that reached the forum (submitted, not withdrawn before submission). */
  proposals: ComplianceProposal[];
  repositoryUpdates: RepositoryUpdate[];
  now: Date;
  timeZone: string;
}

export interface ComplianceReport {
  /** The day the plan is judged at (YYYY-MM-DD in the forum's zone). */
  asOf: string;
  rows: ComplianceRow[];
}

/** A due date this close (or closer) turns a met requirement into one at risk. */
export const AT_RISK_DAYS = 30;
/** OGP's advance notice of the co-creation timeline: published at least two weeks before the call opens. */
export const CALENDAR_NOTICE_DAYS = 14;
/** The repository is updated at least twice a year: no more than six months between updates. */
export const MAX_MONTHS_BETWEEN_REPOSITORY_UPDATES = 6;
/** Implementation results presented to civil society at least twice a year. */
export const IMPLEMENTATION_MEETINGS_PER_YEAR = 2;

const endOfDay = (isoDate: string, zone: string) => DateTime.fromISO(isoDate, { zone }).endOf('day').toJSDate();
const daysBetween = (from: string, to: string) => Math.round(DateTime.fromISO(to).diff(DateTime.fromISO(from), 'days').days);

/** The moment a plan is judged at: now for an open plan, the end of its term (if already past) for a closed one. */
export function complianceAsOf(plan: Pick<CompliancePlan, 'status' | 'periodEnd'>, now: Date, timeZone: string): Date {
  if (plan.status !== ActionPlanStatus.CLOSED) return now;
  const end = endOfDay(plan.periodEnd, timeZone);
  return end.getTime() < now.getTime() ? end : now;
}

export function ogpCompliance(input: ComplianceInput): ComplianceReport {
  const { plan, timeZone } = input;
  const at = complianceAsOf(plan, input.now, timeZone);
  const context: RuleContext = { ...input, at, today: todayIn(timeZone, at), open: plan.status !== ActionPlanStatus.CLOSED };
  const rows = [forumMeets, website, repositoryUpdated, calendarNotice, reasonedResponse, implementationMeetings].map((rule) => rule(context));
  return { asOf: context.today, rows };
}

interface RuleContext extends ComplianceInput {
  at: Date;
  today: string;
  /** Whether the plan's term is still running: a closed term has nothing more due. */
  open: boolean;
}

type Verdict = Omit<ComplianceRow, 'code' | 'requirement'>;
function row(requirement: OgpRequirement, verdict: Verdict, context: RuleContext): ComplianceRow {
  return { requirement, code: OGP_REQUIREMENT_CODES[requirement], ...verdict, nextDueOn: context.open ? verdict.nextDueOn : null };
}

const meetingEvidence = (meeting: ComplianceMeeting, zone: string): ComplianceEvidence => ({
  kind: EvidenceKind.MEETING,
  label: meeting.title,
  url: `/meetings/${meeting.id}`,
  date: todayIn(zone, meeting.startsAt),
});

const heldBy = (meetings: ComplianceMeeting[], at: Date) =>
  meetings.filter((m) => m.status === MeetingStatus.HELD && m.startsAt.getTime() <= at.getTime()).sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());

/**
 * 1.1: the forum meets at least every six months (the existing six-month rule, judged at the plan's day) and its basic
 * rules are public. A meeting overdue speaks first; then rules not published make it missed; then a meeting due soon.
 */
function forumMeets(context: RuleContext): ComplianceRow {
  const { at, timeZone, today, plan } = context;
  const held = heldBy(context.meetings, at);
  const last = held[0] ?? null;
  const inTerm = held.filter((m) => todayIn(timeZone, m.startsAt) >= plan.periodStart);
  const rulesOn = context.basicRules ? todayIn(timeZone, context.basicRules.updatedAt) : undefined;
  const rulesEvidence: ComplianceEvidence[] = [{ kind: EvidenceKind.RULES, label: 'basic rules', url: FORUM_RULES_PATH, date: rulesOn ?? null }];
  const evidence = [...(inTerm.length ? inTerm : held.slice(0, 1)).map((m) => meetingEvidence(m, timeZone)), ...(rulesOn ? rulesEvidence : [])];
  const rule = meetingCompliance(last?.startsAt ?? null, at, timeZone);
  if (!last || !rule.nextDueBy) {
    return row(OgpRequirement.FORUM_MEETS, { status: ComplianceStatus.MISSED, reason: ComplianceReason.NO_MEETING_HELD, facts: { rulesOn }, evidence, nextDueOn: today }, context);
  }
  const nextDueOn = todayIn(timeZone, rule.nextDueBy);
  const lastOn = todayIn(timeZone, last.startsAt);
  if (!rule.compliant) {
    return row(OgpRequirement.FORUM_MEETS, { status: ComplianceStatus.MISSED, reason: ComplianceReason.MEETING_OVERDUE, facts: { date: lastOn, days: daysBetween(nextDueOn, today), rulesOn }, evidence, nextDueOn: today }, context);
  }
  if (!rulesOn) {
    // The link goes to the empty rules page, where the secretariat writes them.
    return row(OgpRequirement.FORUM_MEETS, { status: ComplianceStatus.MISSED, reason: ComplianceReason.BASIC_RULES_NOT_PUBLISHED, facts: { date: lastOn }, evidence: [...evidence, rulesEvidence[0]], nextDueOn: today }, context);
  }
  const scheduledInTime = context.meetings.some((m) => m.status === MeetingStatus.SCHEDULED && m.startsAt > at && m.startsAt <= rule.nextDueBy!);
  if (context.open && daysBetween(today, nextDueOn) <= AT_RISK_DAYS && !scheduledInTime) {
    return row(OgpRequirement.FORUM_MEETS, { status: ComplianceStatus.AT_RISK, reason: ComplianceReason.MEETING_DUE_SOON, facts: { date: lastOn, days: daysBetween(today, nextDueOn), rulesOn }, evidence, nextDueOn }, context);
  }
  return row(OgpRequirement.FORUM_MEETS, { status: ComplianceStatus.MET, reason: ComplianceReason.MEETING_WITHIN_SIX_MONTHS, facts: { date: lastOn, count: inTerm.length, rulesOn }, evidence, nextDueOn }, context);
}

/** 2.1: the forum's pages on this platform are its website; they are public as long as the platform runs. */
function website(context: RuleContext): ComplianceRow {
  const evidence: ComplianceEvidence[] = [
    { kind: EvidenceKind.PLAN, label: 'plan', url: `/plans/${context.plan.id}`, date: null },
    { kind: EvidenceKind.MEETINGS, label: 'meetings', url: '/meetings', date: null },
  ];
  return row(OgpRequirement.WEBSITE, { status: ComplianceStatus.MET, reason: ComplianceReason.WEBSITE_PUBLIC, facts: {}, evidence, nextDueOn: null }, context);
}

/** 2.2: the repository is updated at least twice a year, read as: never six months without something published. */
function repositoryUpdated(context: RuleContext): ComplianceRow {
  const { at, timeZone, today } = context;
  const updates = context.repositoryUpdates.filter((u) => u.at.getTime() <= at.getTime()).sort((a, b) => b.at.getTime() - a.at.getTime());
  // The latest update of each kind: minutes, progress, decisions, the plan.
  const latestOfEachKind = updates.filter((u, index) => updates.findIndex((other) => other.kind === u.kind) === index);
  const evidence = latestOfEachKind.map((u) => ({ kind: u.kind, label: u.label, url: u.url, date: todayIn(timeZone, u.at) }));
  const last = updates[0];
  if (!last) return row(OgpRequirement.REPOSITORY_UPDATED, { status: ComplianceStatus.MISSED, reason: ComplianceReason.NO_REPOSITORY_UPDATE, facts: {}, evidence, nextDueOn: today }, context);
  const lastOn = todayIn(timeZone, last.at);
  const nextDueOn = DateTime.fromISO(lastOn).plus({ months: MAX_MONTHS_BETWEEN_REPOSITORY_UPDATES }).toISODate()!;
  const facts = { date: lastOn, count: updates.length, days: Math.abs(daysBetween(today, nextDueOn)) };
  if (today > nextDueOn) return row(OgpRequirement.REPOSITORY_UPDATED, { status: ComplianceStatus.MISSED, reason: ComplianceReason.REPOSITORY_STALE, facts, evidence, nextDueOn: today }, context);
  if (context.open && daysBetween(today, nextDueOn) <= AT_RISK_DAYS) {
    return row(OgpRequirement.REPOSITORY_UPDATED, { status: ComplianceStatus.AT_RISK, reason: ComplianceReason.REPOSITORY_UPDATE_DUE_SOON, facts, evidence, nextDueOn }, context);
  }
  return row(OgpRequirement.REPOSITORY_UPDATED, { status: ComplianceStatus.MET, reason: ComplianceReason.REPOSITORY_UPDATED_RECENTLY, facts, evidence, nextDueOn }, context);
}

/** 3.1: the co-creation calendar is public at least two weeks before the call opens; published = the plan opened with it. */
function calendarNotice(context: RuleContext): ComplianceRow {
  const { plan, timeZone } = context;
  if (!plan.callOpensOn) {
    if (plan.status === ActionPlanStatus.CO_CREATION) {
      return row(OgpRequirement.CALENDAR_NOTICE, { status: ComplianceStatus.AT_RISK, reason: ComplianceReason.CALENDAR_NOT_PUBLISHED, facts: {}, evidence: [], nextDueOn: null }, context);
    }
    return row(OgpRequirement.CALENDAR_NOTICE, { status: ComplianceStatus.NOT_APPLICABLE, reason: ComplianceReason.NO_CALENDAR_RECORDED, facts: {}, evidence: [], nextDueOn: null }, context);
  }
  const publishedOn = todayIn(timeZone, plan.createdAt);
  const notice = daysBetween(publishedOn, plan.callOpensOn);
  const evidence = [{ kind: EvidenceKind.CALENDAR, label: 'calendar', url: `/plans/${plan.id}/co-creation`, date: publishedOn }];
  const facts = { date: publishedOn, days: notice };
  if (notice >= CALENDAR_NOTICE_DAYS) {
    return row(OgpRequirement.CALENDAR_NOTICE, { status: ComplianceStatus.MET, reason: ComplianceReason.CALENDAR_NOTICE_GIVEN, facts, evidence, nextDueOn: null }, context);
  }
  return row(OgpRequirement.CALENDAR_NOTICE, { status: ComplianceStatus.MISSED, reason: ComplianceReason.CALENDAR_NOTICE_SHORT, facts, evidence, nextDueOn: null }, context);
}

/** 4.1: every proposal gets a reasoned response, by the end of the review at the latest. */
function reasonedResponse(context: RuleContext): ComplianceRow {
  const { plan, today, timeZone } = context;
  const register: ComplianceEvidence = { kind: EvidenceKind.REGISTER, label: 'register', url: `/plans/${plan.id}/register`, date: null };
  const answerable = context.proposals.filter((p) => p.status !== ProposalStatus.WITHDRAWN);
  // Decisions recorded before the forum used the platform (the seeded 3rd NAP) carry no date: counted all the same.
  const answered = answerable.filter((p) => isDecided(p.status) && p.rationale?.trim());
  const waiting = answerable.filter((p) => !answered.includes(p));
  const evidence = [register, ...answered.map((p) => ({ kind: EvidenceKind.DECISION, label: p.title, url: `/proposals/${p.id}`, date: p.decidedAt ? todayIn(timeZone, p.decidedAt) : null }))];
  if (!answerable.length && plan.status !== ActionPlanStatus.CO_CREATION) {
    return row(OgpRequirement.REASONED_RESPONSE, { status: ComplianceStatus.NOT_APPLICABLE, reason: ComplianceReason.NO_PROPOSALS_OUTSIDE_CO_CREATION, facts: {}, evidence: [], nextDueOn: null }, context);
  }
  if (!waiting.length) {
    return row(OgpRequirement.REASONED_RESPONSE, { status: ComplianceStatus.MET, reason: ComplianceReason.EVERY_PROPOSAL_ANSWERED, facts: { count: answered.length }, evidence, nextDueOn: null }, context);
  }
  const facts = { count: waiting.length };
  const dueOn = plan.status === ActionPlanStatus.CO_CREATION ? plan.reviewClosesOn : null;
  // Undecided proposals after the review (or after adoption) can no longer be answered in time.
  if (plan.status !== ActionPlanStatus.CO_CREATION || (dueOn && today > dueOn)) {
    return row(OgpRequirement.REASONED_RESPONSE, { status: ComplianceStatus.MISSED, reason: ComplianceReason.RESPONSES_OVERDUE, facts, evidence, nextDueOn: today }, context);
  }
  if (dueOn && daysBetween(today, dueOn) <= AT_RISK_DAYS) {
    return row(OgpRequirement.REASONED_RESPONSE, { status: ComplianceStatus.AT_RISK, reason: ComplianceReason.RESPONSES_DUE_SOON, facts, evidence, nextDueOn: dueOn }, context);
  }
  return row(OgpRequirement.REASONED_RESPONSE, { status: ComplianceStatus.MET, reason: ComplianceReason.PROPOSALS_AWAITING_RESPONSE, facts, evidence, nextDueOn: dueOn }, context);
}

/**
 * 5.1: at least two meetings a year with civil society presenting implementation results, read as: two held meetings
 * with published minutes in the twelve months up to the plan's day, counted from the start of implementation.
 */
function implementationMeetings(context: RuleContext): ComplianceRow {
  const { plan, at, timeZone, today } = context;
  if (plan.status === ActionPlanStatus.CO_CREATION) {
    return row(OgpRequirement.IMPLEMENTATION_MEETINGS, { status: ComplianceStatus.NOT_APPLICABLE, reason: ComplianceReason.NOT_IN_IMPLEMENTATION, facts: {}, evidence: [], nextDueOn: null }, context);
  }
  const implementationStart = plan.adoptedAt ? todayIn(timeZone, plan.adoptedAt) : plan.periodStart;
  const yearAgo = DateTime.fromISO(today).minus({ years: 1 }).toISODate()!;
  const windowStart = implementationStart > yearAgo ? implementationStart : yearAgo;
  const counted = heldBy(context.meetings, at).filter((m) => m.minutesPublishedAt && todayIn(timeZone, m.startsAt) >= windowStart);
  const evidence = counted.map((m) => ({ ...meetingEvidence(m, timeZone), kind: EvidenceKind.MINUTES }));
  const facts = { count: counted.length, date: windowStart };
  if (counted.length >= IMPLEMENTATION_MEETINGS_PER_YEAR) {
    // Two in every twelve months: the next is due a year after the second latest.
    const nextDueOn = DateTime.fromJSDate(counted[IMPLEMENTATION_MEETINGS_PER_YEAR - 1].startsAt, { zone: timeZone }).plus({ years: 1 }).toISODate()!;
    if (context.open && daysBetween(today, nextDueOn) <= AT_RISK_DAYS) {
      return row(OgpRequirement.IMPLEMENTATION_MEETINGS, { status: ComplianceStatus.AT_RISK, reason: ComplianceReason.SECOND_MEETING_DUE_SOON, facts, evidence, nextDueOn }, context);
    }
    return row(OgpRequirement.IMPLEMENTATION_MEETINGS, { status: ComplianceStatus.MET, reason: ComplianceReason.TWO_MEETINGS_IN_YEAR, facts, evidence, nextDueOn }, context);
  }
  const firstYearEnds = DateTime.fromISO(implementationStart).plus({ years: 1 }).toISODate()!;
  if (today < firstYearEnds) {
    return row(OgpRequirement.IMPLEMENTATION_MEETINGS, { status: ComplianceStatus.AT_RISK, reason: ComplianceReason.FEWER_THAN_TWO_MEETINGS_SO_FAR, facts, evidence, nextDueOn: firstYearEnds }, context);
  }
  return row(OgpRequirement.IMPLEMENTATION_MEETINGS, { status: ComplianceStatus.MISSED, reason: ComplianceReason.FEWER_THAN_TWO_MEETINGS_IN_YEAR, facts, evidence, nextDueOn: today }, context);
}

// --- Texts -----------------------------------------------------------------------------------------------------------

interface RequirementText {
  title: string;
  /** What OGP asks and, where the data cannot show it exactly, how the panel approximates it. */
  description: string;
}

type Facts = ComplianceRow['facts'];

export const COMPLIANCE_TEXTS: Record<Locale, { requirements: Record<OgpRequirement, RequirementText>; reasons: Record<ComplianceReason, (facts: Facts) => string> }> = {
  en: {
    requirements: {
      FORUM_MEETS: {
        title: 'The forum meets at least every six months and its basic rules are public',
        description:
          'Judged on the meetings held — the last one must be no more than six months before the day the plan is judged — and on the forum\'s basic rules page, which must have a text. For a closed term the rules page is judged as it is today: the platform cannot tell which rules were public then.',
      },
      WEBSITE: {
        title: 'A website on the OGP process',
        description: 'This platform is the forum\'s website: the plan, its commitments, meetings and minutes are public without an account.',
      },
      REPOSITORY_UPDATED: {
        title: 'An online repository updated at least twice a year',
        description:
          'Approximated by what is published here: minutes, progress updates, decisions with their reasoned responses and the plan\'s adoption. No six months may pass without one. Uploaded documents are not counted yet.',
      },
      CALENDAR_NOTICE: {
        title: 'Advance notice of the co-creation timeline',
        description:
          'The co-creation calendar must be public at least two weeks before the call for proposals opens. Its publication is taken to be the day the plan was opened on the platform with its calendar.',
      },
      REASONED_RESPONSE: {
        title: 'A reasoned response to every proposal',
        description: 'Every proposal submitted to the forum gets a decision with its rationale, by the end of the review. A decision cannot be recorded without one.',
      },
      IMPLEMENTATION_MEETINGS: {
        title: 'At least two meetings a year presenting implementation results to civil society',
        description:
          'Approximated by the forum\'s held meetings with published minutes during implementation: at least two in the twelve months before the day the plan is judged.',
      },
    },
    reasons: {
      NO_MEETING_HELD: () => 'No meeting of the forum has been held.',
      MEETING_WITHIN_SIX_MONTHS: (f) => `The last meeting was held on ${f.date}; ${f.count} meetings were held in the term. The basic rules are public (updated ${f.rulesOn}).`,
      MEETING_DUE_SOON: (f) => `The last meeting was held on ${f.date}; the next is due in ${f.days} days and none is scheduled.`,
      BASIC_RULES_NOT_PUBLISHED: (f) => `The forum met on ${f.date}, but its basic rules are not published.`,
      MEETING_OVERDUE: (f) => `The last meeting was held on ${f.date}; the next is ${f.days} days overdue.`,
      WEBSITE_PUBLIC: () => 'The plan and the meeting calendar are public on this site.',
      NO_REPOSITORY_UPDATE: () => 'Nothing has been published to the repository.',
      REPOSITORY_UPDATED_RECENTLY: (f) => `Last updated on ${f.date}.`,
      REPOSITORY_UPDATE_DUE_SOON: (f) => `Last updated on ${f.date}; the next update is due in ${f.days} days.`,
      REPOSITORY_STALE: (f) => `Last updated on ${f.date}, more than six months before.`,
      NO_CALENDAR_RECORDED: () => 'Not applicable: the plan was co-created before the forum used this platform, so no calendar is recorded.',
      CALENDAR_NOT_PUBLISHED: () => 'The plan is in co-creation but its call for proposals has no date yet.',
      CALENDAR_NOTICE_GIVEN: (f) => `Published on ${f.date}, ${f.days} days before the call opened.`,
      CALENDAR_NOTICE_SHORT: (f) => `Published on ${f.date}, only ${f.days} days before the call opened.`,
      NO_PROPOSALS_OUTSIDE_CO_CREATION: () => 'Not applicable: no proposal for this plan was submitted on the platform.',
      EVERY_PROPOSAL_ANSWERED: (f) => `All ${f.count} proposals have a published reasoned response.`,
      PROPOSALS_AWAITING_RESPONSE: (f) => `${f.count} proposals are still under review; their responses are due by the end of the review.`,
      RESPONSES_DUE_SOON: (f) => `${f.count} proposals still need a reasoned response, and the review ends soon.`,
      RESPONSES_OVERDUE: (f) => `${f.count} proposals never got a reasoned response.`,
      NOT_IN_IMPLEMENTATION: () => 'Not applicable while the plan is being co-created: there are no implementation results yet.',
      TWO_MEETINGS_IN_YEAR: (f) => `${f.count} meetings with published minutes since ${f.date}.`,
      SECOND_MEETING_DUE_SOON: (f) => `${f.count} meetings with published minutes since ${f.date}, but the next is due soon.`,
      FEWER_THAN_TWO_MEETINGS_SO_FAR: (f) => `Only ${f.count} meetings with published minutes since implementation began on ${f.date}.`,
      FEWER_THAN_TWO_MEETINGS_IN_YEAR: (f) => `Only ${f.count} meetings with published minutes since ${f.date}.`,
    },
  },
  ko: {
    requirements: {
      FORUM_MEETS: {
        title: '포럼은 최소 6개월마다 회의를 열고 기본 운영규칙을 공개한다',
        description:
          '개최된 회의(마지막 회의가 판단 기준일로부터 6개월 이내여야 합니다)와 포럼의 기본 운영규칙 페이지(내용이 있어야 합니다)로 판단합니다. 종료된 기간은 운영규칙 페이지를 오늘의 상태로 판단합니다. 당시 어떤 규칙이 공개되어 있었는지는 플랫폼이 알 수 없기 때문입니다.',
      },
      WEBSITE: {
        title: 'OGP 과정에 관한 웹사이트',
        description: '이 플랫폼이 포럼의 웹사이트입니다. 계획, 공약, 회의와 회의록은 계정 없이 공개됩니다.',
      },
      REPOSITORY_UPDATED: {
        title: '연 2회 이상 갱신되는 온라인 저장소',
        description:
          '이곳에 게시된 것으로 근사합니다: 회의록, 이행 현황, 이유를 밝힌 답변이 있는 결정, 계획의 채택. 6개월 이상 게시가 없으면 안 됩니다. 업로드된 문서는 아직 계산하지 않습니다.',
      },
      CALENDAR_NOTICE: {
        title: '공동 작성 일정의 사전 공지',
        description: '공동 작성 일정은 제안 공모가 시작되기 최소 2주 전에 공개되어야 합니다. 일정의 공개일은 계획이 일정과 함께 플랫폼에 개설된 날로 봅니다.',
      },
      REASONED_RESPONSE: {
        title: '모든 제안에 대한 이유를 밝힌 답변',
        description: '포럼에 제출된 모든 제안은 검토가 끝날 때까지 근거가 있는 결정을 받습니다. 근거 없이는 결정을 기록할 수 없습니다.',
      },
      IMPLEMENTATION_MEETINGS: {
        title: '시민사회에 이행 결과를 보고하는 회의 연 2회 이상',
        description: '이행 기간 중 회의록이 공개된 포럼 회의로 근사합니다: 판단 기준일 전 12개월 동안 최소 2회.',
      },
    },
    reasons: {
      NO_MEETING_HELD: () => '개최된 포럼 회의가 없습니다.',
      MEETING_WITHIN_SIX_MONTHS: (f) => `마지막 회의는 ${f.date}에 열렸고, 기간 중 ${f.count}회의 회의가 열렸습니다. 기본 운영규칙이 공개되어 있습니다(${f.rulesOn} 갱신).`,
      BASIC_RULES_NOT_PUBLISHED: (f) => `포럼은 ${f.date}에 회의를 열었지만 기본 운영규칙이 공개되어 있지 않습니다.`,
      MEETING_DUE_SOON: (f) => `마지막 회의는 ${f.date}에 열렸습니다. 다음 회의 기한이 ${f.days}일 남았는데 예정된 회의가 없습니다.`,
      MEETING_OVERDUE: (f) => `마지막 회의는 ${f.date}에 열렸습니다. 다음 회의가 ${f.days}일 늦었습니다.`,
      WEBSITE_PUBLIC: () => '계획과 회의 일정이 이 사이트에 공개되어 있습니다.',
      NO_REPOSITORY_UPDATE: () => '저장소에 게시된 것이 없습니다.',
      REPOSITORY_UPDATED_RECENTLY: (f) => `마지막 갱신: ${f.date}.`,
      REPOSITORY_UPDATE_DUE_SOON: (f) => `마지막 갱신: ${f.date}. 다음 갱신 기한까지 ${f.days}일 남았습니다.`,
      REPOSITORY_STALE: (f) => `마지막 갱신: ${f.date}, 6개월 넘게 지났습니다.`,
      NO_CALENDAR_RECORDED: () => '해당 없음: 이 계획은 포럼이 이 플랫폼을 쓰기 전에 공동 작성되어 일정이 기록되어 있지 않습니다.',
      CALENDAR_NOT_PUBLISHED: () => '계획이 공동 작성 중이지만 제안 공모 날짜가 아직 없습니다.',
      CALENDAR_NOTICE_GIVEN: (f) => `${f.date}에 공개되었습니다. 공모 시작 ${f.days}일 전입니다.`,
      CALENDAR_NOTICE_SHORT: (f) => `${f.date}에 공개되었습니다. 공모 시작 ${f.days}일 전에 불과합니다.`,
      NO_PROPOSALS_OUTSIDE_CO_CREATION: () => '해당 없음: 이 계획에 대해 플랫폼에서 제출된 제안이 없습니다.',
      EVERY_PROPOSAL_ANSWERED: (f) => `제안 ${f.count}건 모두 이유를 밝힌 답변이 공개되었습니다.`,
      PROPOSALS_AWAITING_RESPONSE: (f) => `제안 ${f.count}건이 검토 중입니다. 답변 기한은 검토 종료일입니다.`,
      RESPONSES_DUE_SOON: (f) => `제안 ${f.count}건에 아직 답변이 필요하며 검토가 곧 끝납니다.`,
      RESPONSES_OVERDUE: (f) => `제안 ${f.count}건이 답변을 받지 못했습니다.`,
      NOT_IN_IMPLEMENTATION: () => '해당 없음: 계획이 공동 작성 중이라 아직 이행 결과가 없습니다.',
      TWO_MEETINGS_IN_YEAR: (f) => `${f.date} 이후 회의록이 공개된 회의 ${f.count}회.`,
      SECOND_MEETING_DUE_SOON: (f) => `${f.date} 이후 회의록이 공개된 회의 ${f.count}회. 다음 회의 기한이 곧 다가옵니다.`,
      FEWER_THAN_TWO_MEETINGS_SO_FAR: (f) => `이행이 시작된 ${f.date} 이후 회의록이 공개된 회의가 ${f.count}회뿐입니다.`,
      FEWER_THAN_TWO_MEETINGS_IN_YEAR: (f) => `${f.date} 이후 회의록이 공개된 회의가 ${f.count}회뿐입니다.`,
    },
  },
};

export function complianceTitle(requirement: OgpRequirement, locale: Locale): string {
  return COMPLIANCE_TEXTS[locale].requirements[requirement].title;
}

export function complianceDescription(requirement: OgpRequirement, locale: Locale): string {
  return COMPLIANCE_TEXTS[locale].requirements[requirement].description;
}

export function complianceExplanation(row: Pick<ComplianceRow, 'reason' | 'facts'>, locale: Locale): string {
  return COMPLIANCE_TEXTS[locale].reasons[row.reason](row.facts);
}
