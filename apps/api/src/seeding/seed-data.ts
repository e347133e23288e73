import fs from 'node:fs';
import path from 'node:path';
import type { ActionPlanStatus, Completion, IrmResponseStatus, Locale, MeetingKind, OgpValue, OrganizationKind, ProposalStatus, ReportKind, ReportSectionKey, Role } from '@ogp-forum/domain';
import { REPO_ROOT } from '../config/config.js';

/** The shapes of the files in seeds/data/, transcribed from the Korea 3rd NAP end-of-term self-assessment. */
export interface OrganizationSeed {
  key: string;
  name: string;
  nameKo?: string;
  kind: OrganizationKind;
}

export interface MilestoneSeed {
  title: string;
  titleKo?: string;
  start: string;
  end: string;
  completion: Completion;
}

export interface CommitmentSeed {
  code: string;
  theme: number;
  title: string;
  titleKo?: string;
  summary: string;
  start: string;
  end: string;
  leadOrganization: string;
  contact: string;
  publicProblem: string;
  description: string;
  howItSolves: string;
  ogpValues: OgpValue[];
  ogpValueRelevance: string;
  additionalInfo: string;
  progress: string;
  activityDescription: string;
  nextSteps: string;
  involvedActors: string;
  completion: Completion;
  incorporatedInto: string | null;
  milestones: MilestoneSeed[];
}

export interface PlanSeed {
  plan: {
    number: number;
    title: string;
    titleKo?: string;
    periodStart: string;
    periodEnd: string;
    status: ActionPlanStatus;
    /** The date of the report the commitments' progress texts come from. */
    progressReportedAt: string;
  };
  themes: { position: number; title: string; titleKo?: string }[];
  commitments: CommitmentSeed[];
  irmRecommendations: {
    number: number;
    text: string;
    textKo?: string;
    governmentResponse: string;
    status: IrmResponseStatus;
    commitments: string[];
  }[];
}

export interface DemoAccountSeed {
  email: string;
  displayName: string;
  role: Role;
  organization: string | null;
  purpose: string;
}

/** The CSO proposals of the seed document that became commitments of the 3rd NAP, with their reasoned responses. */
export interface ProposalSeed {
  title: string;
  problem: string;
  proposedAction: string;
  expectedResults: string;
  ogpValues: OgpValue[];
  /** Organisation key of the agency the proposal named. */
  suggestedLeadAgency: string;
  proposerOrganization: string;
  coSponsors: string[];
  status: ProposalStatus;
  rationale: string;
  becameCommitment: string;
  sampleAttribution: boolean;
}

/** Illustrative past meetings, marked `sample` in the database. */
export interface SampleMeetingsSeed {
  timeZone: string;
  /** Local time in the forum's time zone, HH:MM. */
  startTime: string;
  durationMinutes: number;
  meetings: {
    date: string;
    kind: MeetingKind;
    title: string;
    place: string;
    agenda: { title: string; commitment?: string }[];
    minutesSummary: string;
    decisions: string[];
    actionItems: { title: string; assignee: string; dueDate: string; done: boolean }[];
  }[];
}

/** Narrative sections of a plan's self-assessment report, transcribed from the seed document. */
export interface ReportNarrativesSeed {
  plan: number;
  kind: ReportKind;
  locale: Locale;
  narratives: Partial<Record<ReportSectionKey, string>>;
}

/** The forum's basic rules as the seed document describes how the forum works, per language (Markdown). */
export interface ForumRulesSeed {
  transcribedFrom: string;
  rules: Partial<Record<Locale, string>>;
}

export const SEED_DIR = path.join(REPO_ROOT, 'seeds/data');

function read<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(SEED_DIR, file), 'utf8')) as T;
}

export const readOrganizations = () => read<OrganizationSeed[]>('organizations.json');
export const readPlans = () => [read<PlanSeed>('nap3.json')];
export const readDemoAccounts = () => read<DemoAccountSeed[]>('demo-accounts.json');
export const readProposals = () => read<ProposalSeed[]>('nap3-proposals.json');
export const readSampleMeetings = () => read<SampleMeetingsSeed>('meetings-sample.json');
export const readReportNarratives = () => [read<ReportNarrativesSeed>('nap3-report.json')];
export const readForumRules = () => read<ForumRulesSeed>('forum-rules.json');
