import { countByCompletion } from './completion.js';
import { Completion, IrmResponseStatus, Locale, OgpValue } from './enums.js';
import { MeetingKind, type SectorCounts } from './meetings.js';
import { ProposalStatus } from './proposals.js';
import { cell, markdownBlocks, paragraph, text, type ListItem, type ReportBlock, type ReportDocument, type Span, type TableCell } from './report-document.js';
import { formatReportDate, REPORT_TEXTS, type ProposalOutcomeCounts, type ReportTexts } from './report-texts.js';
import {
  completionAsOf,
  consultationDays,
  isConsultationOpen,
  milestoneCompletionAsOf,
  ReportKind,
  ReportSectionKey,
  withinCutOff,
  type ReportWindow,
} from './reports.js';

/** Text the forum keeps in English and, where someone translated it, in Korean. */
interface Bilingual {
  en: string;
  ko: string | null;
}

export interface ReportProgressUpdate {
  /** YYYY-MM-DD where the forum is. */
  postedOn: string;
  body: string;
  completion: Completion;
  evidenceLinks: string[];
  milestoneChanges: { milestoneId: string; title: string; from: Completion; to: Completion }[];
}

export interface ReportCommitment {
  code: string;
  themePosition: number;
  title: Bilingual;
  summary: string;
  start: string;
  end: string;
  leadOrganization: Bilingual;
  contact: string;
  publicProblem: string;
  description: string;
  howItSolves: string;
  ogpValues: OgpValue[];
  ogpValueRelevance: string;
  additionalInfo: string;
  nextSteps: string;
  involvedActors: string;
  /** The current level; a mid-term report works out the level at its cut-off from the updates. */
  completion: Completion;
  incorporatedIntoCode: string | null;
  milestones: { id: string; title: Bilingual; start: string; end: string; completion: Completion }[];
  /** Every update, oldest first; the report keeps those of its window. */
  updates: ReportProgressUpdate[];
}

export interface ReportMeeting {
  /** YYYY-MM-DD where the forum is. */
  date: string;
  title: string;
  kind: MeetingKind;
  sample: boolean;
  attendance: SectorCounts;
  /** The published minutes' address, or null while they are not published. */
  minutesUrl: string | null;
}

/** Everything a self-assessment is made of, loaded by the api; the report itself is a pure function of it. */
export interface SelfAssessmentInput {
  kind: ReportKind;
  locale: Locale;
  window: ReportWindow;
  /** The day the report is made, YYYY-MM-DD where the forum is. */
  today: string;
  plan: { title: Bilingual; periodStart: string; periodEnd: string; callOpensOn: string | null; callClosesOn: string | null };
  themes: { position: number; title: Bilingual }[];
  commitments: ReportCommitment[];
  irmRecommendations: { number: number; text: Bilingual; governmentResponse: string; status: IrmResponseStatus }[];
  /** The proposals that reached the forum (drafts excluded). */
  proposals: { title: string; organization: Bilingual | null; status: ProposalStatus; rationale: string | null }[];
  /** Meetings held; the report keeps those of its window. */
  meetings: ReportMeeting[];
  consultation: { opensOn: string; closesOn: string; commentCount: number; url: string } | null;
  /** Narrative sections in both languages; the report's language first, the other as a marked fallback. */
  narratives: Partial<Record<ReportSectionKey, Partial<Record<Locale, string>>>>;
  links: { register: string };
}

/** The self-assessment report in the structure of OGP's template and of the Korean government's 3rd NAP report. */
export function assembleSelfAssessment(input: SelfAssessmentInput): ReportDocument {
  const t = REPORT_TEXTS[input.locale];
  const ctx: Context = { input, t, date: (day) => formatReportDate(day, input.locale), local: (value) => (input.locale === Locale.ko && value.ko ? value.ko : value.en) };
  const window = input.window;
  const planTitle = ctx.local(input.plan.title);
  return {
    lang: input.locale,
    title: t.title(input.kind, planTitle),
    subtitle: t.subtitle(ctx.date(input.today), ctx.date(window.from), ctx.date(window.to), window.cutOff && ctx.date(window.cutOff)),
    blocks: [
      { kind: 'contents', title: t.contents },
      heading(1, t.parts.introduction, 'introduction', true),
      ...narrative(ctx, ReportSectionKey.INTRODUCTION, true),
      ...processPart(ctx, planTitle),
      ...irmPart(ctx),
      ...implementationPart(ctx),
      heading(1, t.parts.conclusion, 'conclusion', true),
      ...narrative(ctx, ReportSectionKey.CONCLUSION, true),
      ...appendix(ctx),
    ],
  };
}

interface Context {
  input: SelfAssessmentInput;
  t: ReportTexts;
  date(day: string): string;
  local(value: Bilingual): string;
}

function heading(level: 1 | 2 | 3, value: string, id: string, pageBreakBefore = false): ReportBlock {
  return { kind: 'heading', level, text: value, id, ...(pageBreakBefore ? { pageBreakBefore } : {}) };
}

/** A narrative section in the report's language, else in the other one with a note; a required one says it is missing. */
function narrative(ctx: Context, key: ReportSectionKey, required: boolean): ReportBlock[] {
  const texts = ctx.input.narratives[key] ?? {};
  const own = texts[ctx.input.locale]?.trim();
  if (own) return markdownBlocks(own);
  const other = texts[ctx.input.locale === Locale.ko ? Locale.en : Locale.ko]?.trim();
  if (other) return [{ kind: 'paragraph', spans: [text(ctx.t.narrative.fallback)], tone: 'note' }, ...markdownBlocks(other)];
  return required ? [{ kind: 'paragraph', spans: [text(ctx.t.narrative.missing)], tone: 'muted' }] : [];
}

const link = (value: string, href: string): Span => ({ text: value, href });

function processPart(ctx: Context, planTitle: string): ReportBlock[] {
  const { input, t } = ctx;
  const plan = input.plan;
  const cycle: ReportBlock[] = [paragraph(t.process.planPeriod(planTitle, ctx.date(plan.periodStart), ctx.date(plan.periodEnd)))];
  if (plan.callOpensOn && plan.callClosesOn) cycle.push(paragraph(t.process.coCreationCalendar(ctx.date(plan.callOpensOn), ctx.date(plan.callClosesOn))));
  return [
    heading(1, t.parts.process, 'process', true),
    heading(2, t.process.cycle, 'process-cycle'),
    ...cycle,
    ...narrative(ctx, ReportSectionKey.PROCESS_NOTE, false),
    heading(2, t.process.development, 'process-development'),
    ...proposalsBlocks(ctx),
    heading(2, t.process.implementation, 'process-implementation'),
    ...meetingsBlocks(ctx),
    heading(2, t.process.publicComment, 'process-public-comment'),
    ...consultationBlocks(ctx),
  ];
}

export function countProposalOutcomes(statuses: readonly ProposalStatus[]): ProposalOutcomeCounts {
  const count = (...wanted: ProposalStatus[]) => statuses.filter((status) => wanted.includes(status)).length;
  return {
    received: statuses.length,
    selected: count(ProposalStatus.SELECTED),
    merged: count(ProposalStatus.MERGED),
    parked: count(ProposalStatus.PARKED),
    declined: count(ProposalStatus.DECLINED),
    withdrawn: count(ProposalStatus.WITHDRAWN),
    pending: count(ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW),
  };
}

function proposalsBlocks(ctx: Context): ReportBlock[] {
  const { input, t } = ctx;
  if (!input.proposals.length) return [paragraph(t.process.noProposals)];
  return [
    paragraph(t.process.proposals(countProposalOutcomes(input.proposals.map((p) => p.status)))),
    {
      kind: 'table',
      caption: t.process.proposalsCaption,
      head: t.process.proposalColumns,
      rows: input.proposals.map((p) => [
        cell(p.title, { header: true }),
        cell(p.organization ? ctx.local(p.organization) : ''),
        cell(t.proposalStatus[p.status]),
        cell(p.rationale ? markdownBlocks(p.rationale) : []),
      ]),
    },
    paragraph(link(t.process.register, input.links.register)),
  ];
}

function meetingsBlocks(ctx: Context): ReportBlock[] {
  const { input, t } = ctx;
  const { from, to } = input.window;
  const held = input.meetings.filter((m) => m.date >= from && m.date <= to).sort((a, b) => a.date.localeCompare(b.date));
  if (!held.length) return [paragraph(t.process.noMeetings)];
  return [
    paragraph(t.process.meetings(held.length, ctx.date(from), ctx.date(to))),
    {
      kind: 'table',
      caption: t.process.meetingsCaption,
      head: t.process.meetingColumns,
      rows: held.map((m) => [
        cell(ctx.date(m.date), { header: true }),
        cell([
          {
            kind: 'paragraph',
            spans: [
              text(m.title),
              ...(m.sample ? [{ text: ` (${t.process.sample})`, italic: true }] : []),
              text(' — '),
              m.minutesUrl ? link(t.process.minutes, m.minutesUrl) : { text: t.process.noMinutes, italic: true },
            ],
          },
        ]),
        cell(t.meetingKind[m.kind]),
        cell(String(m.attendance.GOVERNMENT)),
        cell(String(m.attendance.CIVIL_SOCIETY)),
        cell(String(m.attendance.OTHER)),
        cell(String(m.attendance.SECRETARIAT)),
      ]),
    },
  ];
}

function consultationBlocks(ctx: Context): ReportBlock[] {
  const { input, t } = ctx;
  const c = input.consultation;
  if (!c) return [paragraph(t.process.noConsultation)];
  const [opensOn, closesOn] = [ctx.date(c.opensOn), ctx.date(c.closesOn)];
  const sentence = isConsultationOpen(c, input.today)
    ? t.process.consultationOpen(opensOn, closesOn, c.commentCount)
    : input.today < c.opensOn
      ? t.process.consultationUpcoming(opensOn, closesOn)
      : t.process.consultationClosed(opensOn, closesOn, consultationDays(c), c.commentCount);
  return [paragraph(sentence), paragraph(link(t.process.comments, c.url))];
}

function irmPart(ctx: Context): ReportBlock[] {
  const { input, t } = ctx;
  const recommendations = [...input.irmRecommendations].sort((a, b) => a.number - b.number);
  const blocks: ReportBlock[] = [heading(1, t.parts.irm, 'irm', true), paragraph(t.irm.intro)];
  if (!recommendations.length) return [...blocks, paragraph(t.irm.none), ...narrative(ctx, ReportSectionKey.IRM_NOTE, false)];
  blocks.push({
    kind: 'table',
    caption: t.irm.caption,
    head: t.irm.columns,
    rows: recommendations.map((r) => [cell(String(r.number), { header: true }), cell(ctx.local(r.text)), cell(t.irmStatus[r.status])]),
  });
  blocks.push(...narrative(ctx, ReportSectionKey.IRM_NOTE, false));
  for (const r of recommendations) {
    blocks.push(heading(2, `${r.number}. ${ctx.local(r.text)}`, `irm-${r.number}`));
    blocks.push(...(r.governmentResponse.trim() ? markdownBlocks(r.governmentResponse) : [paragraph(t.irm.noResponse)]));
  }
  return blocks;
}

/** The window's view of a commitment: its updates up to the cut-off and its completion levels then. */
function asReported(commitment: ReportCommitment, cutOff: string | null) {
  const updates = commitment.updates.filter((u) => withinCutOff(u.postedOn, cutOff));
  const changes = commitment.updates.flatMap((u) => u.milestoneChanges.map((change) => ({ ...change, postedOn: u.postedOn })));
  return {
    updates,
    completion: completionAsOf(commitment.completion, commitment.updates, cutOff),
    milestones: commitment.milestones.map((m) => ({ ...m, completion: milestoneCompletionAsOf(m, changes, cutOff) })),
  };
}

function statusOf(ctx: Context, commitment: ReportCommitment, completion: Completion): Span {
  return commitment.incorporatedIntoCode ? { text: ctx.t.incorporated(commitment.incorporatedIntoCode), italic: true } : text(ctx.t.completion[completion]);
}

function themesInOrder(ctx: Context) {
  return [...ctx.input.themes]
    .sort((a, b) => a.position - b.position)
    .map((theme) => ({
      theme,
      title: `${theme.position}. ${ctx.local(theme.title)}`,
      commitments: ctx.input.commitments.filter((c) => c.themePosition === theme.position).sort((a, b) => a.code.localeCompare(b.code)),
    }));
}

function implementationPart(ctx: Context): ReportBlock[] {
  const { input, t } = ctx;
  const cutOff = input.window.cutOff;
  const blocks: ReportBlock[] = [heading(1, t.parts.implementation, 'implementation', true)];
  if (!input.commitments.length) return [...blocks, paragraph(t.implementation.none)];
  const reported = new Map(input.commitments.map((c) => [c.code, asReported(c, cutOff)]));
  const counts = countByCompletion(input.commitments.map((c) => ({ completion: reported.get(c.code)!.completion, incorporatedIntoId: c.incorporatedIntoCode })));
  const themes = themesInOrder(ctx);
  blocks.push(
    paragraph(
      t.implementation.intro(
        {
          total: counts.total,
          themes: themes.filter((group) => group.commitments.length).length,
          completed: counts.COMPLETED,
          substantial: counts.SUBSTANTIAL,
          limited: counts.LIMITED,
          notStarted: counts.NOT_STARTED,
          withdrawn: counts.WITHDRAWN,
          incorporated: counts.INCORPORATED,
        },
        ctx.date(cutOff ?? input.today),
      ),
    ),
  );
  const summary: TableCell[][] = themes.flatMap((group) =>
    group.commitments.map((c, index) => [
      ...(index === 0 ? [cell(group.title, { header: true, rowSpan: group.commitments.length })] : []),
      cell(`${c.code}. ${ctx.local(c.title)}`),
      cell([{ kind: 'paragraph', spans: [statusOf(ctx, c, reported.get(c.code)!.completion)] }]),
    ]),
  );
  blocks.push({ kind: 'table', caption: t.implementation.caption, head: t.implementation.columns, rows: summary });
  blocks.push(...narrative(ctx, ReportSectionKey.IMPLEMENTATION_NOTE, false));

  for (const group of themes.filter((g) => g.commitments.length)) {
    blocks.push(heading(2, group.title, `theme-${group.theme.position}`));
    for (const c of group.commitments) {
      const title = `${c.code}. ${ctx.local(c.title)}`;
      if (c.incorporatedIntoCode) {
        blocks.push(heading(3, title, `commitment-${c.code}`), paragraph(statusOf(ctx, c, c.completion)));
        continue;
      }
      const state = reported.get(c.code)!;
      blocks.push(heading(3, title, `commitment-${c.code}`));
      if (c.summary.trim()) blocks.push(...markdownBlocks(c.summary));
      blocks.push(label(t.implementation.commitment), ...markdownBlocks(c.description));
      blocks.push(label(t.implementation.progress));
      if (!state.updates.length) blocks.push({ kind: 'paragraph', spans: [text(t.implementation.noProgress)], tone: 'muted' });
      for (const update of state.updates) {
        blocks.push({ kind: 'paragraph', spans: [text(t.implementation.reportedOn(ctx.date(update.postedOn), t.completion[update.completion]))], tone: 'note' });
        blocks.push(...markdownBlocks(update.body));
      }
      blocks.push(label(t.implementation.completionLevel(t.completion[state.completion])));
      if (c.nextSteps.trim()) blocks.push(label(t.implementation.futurePlan), ...markdownBlocks(c.nextSteps));
    }
  }
  return blocks;
}

function label(value: string): ReportBlock {
  return { kind: 'paragraph', spans: [{ text: value, bold: true }] };
}

/** The four-step scale with the reached step marked, as OGP's template prints it. */
function completionScale(ctx: Context, commitment: ReportCommitment, completion: Completion): ReportBlock[] {
  if (commitment.incorporatedIntoCode) return [paragraph(statusOf(ctx, commitment, completion))];
  const steps = [Completion.NOT_STARTED, Completion.LIMITED, Completion.SUBSTANTIAL, Completion.COMPLETED];
  const items: ListItem[] = steps.map((step) => ({
    spans: [step === completion ? { text: `☑ ${ctx.t.completion[step]}`, bold: true } : text(`☐ ${ctx.t.completion[step]}`)],
    children: [],
  }));
  if (completion === Completion.WITHDRAWN) items.push({ spans: [{ text: `☑ ${ctx.t.completion[Completion.WITHDRAWN]}`, bold: true }], children: [] });
  return [{ kind: 'list', items }];
}

function activityBlocks(ctx: Context, updates: ReportProgressUpdate[]): ReportBlock[] {
  const { t } = ctx;
  if (!updates.length) return [paragraph(t.appendix.noActivity)];
  const items: ListItem[] = updates.map((u) => ({
    spans: [text(t.appendix.activity(ctx.date(u.postedOn), t.completion[u.completion]))],
    children: [
      ...u.milestoneChanges.map((m) => ({ spans: [text(t.appendix.milestoneChanged(m.title, t.completion[m.from], t.completion[m.to]))], children: [] })),
      ...u.evidenceLinks.map((href) => ({ spans: [text(`${t.appendix.evidence}: `), link(href, href)], children: [] })),
    ],
  }));
  return [{ kind: 'list', items }];
}

function appendix(ctx: Context): ReportBlock[] {
  const { input, t } = ctx;
  const rows = t.appendix.rows;
  const blocks: ReportBlock[] = [heading(1, t.parts.appendix, 'appendix', true)];
  for (const group of themesInOrder(ctx).filter((g) => g.commitments.length)) {
    blocks.push(heading(2, group.title, `appendix-theme-${group.theme.position}`));
    for (const c of group.commitments) {
      const state = asReported(c, input.window.cutOff);
      const values: Span[] = c.ogpValues.map((value, index) => ({ text: `${index ? ', ' : ''}${t.ogpValue[value]}`, bold: true }));
      const form: [string, ReportBlock[]][] = [
        [rows.period, [paragraph(`${ctx.date(c.start)} ~ ${ctx.date(c.end)}`)]],
        [rows.lead, [paragraph(ctx.local(c.leadOrganization))]],
        [rows.publicProblem, markdownBlocks(c.publicProblem)],
        [rows.commitment, markdownBlocks(c.description)],
        [rows.howItSolves, markdownBlocks(c.howItSolves)],
        [rows.ogpValues, [...(values.length ? [{ kind: 'paragraph', spans: values } as ReportBlock] : []), ...markdownBlocks(c.ogpValueRelevance)]],
        [rows.additionalInfo, markdownBlocks(c.additionalInfo)],
        [rows.completion, completionScale(ctx, c, state.completion)],
        [rows.activities, activityBlocks(ctx, state.updates)],
        [rows.nextSteps, markdownBlocks(c.nextSteps)],
        [rows.contact, markdownBlocks(c.contact)],
        [rows.involvedActors, markdownBlocks(c.involvedActors)],
      ];
      blocks.push(heading(3, `${c.code}. ${ctx.local(c.title)}`, `appendix-${c.code}`));
      blocks.push({ kind: 'table', caption: t.appendix.caption(c.code), head: null, form: true, rows: form.map(([name, content]) => [cell(name, { header: true }), cell(content)]) });
      blocks.push(
        state.milestones.length
          ? {
              kind: 'table',
              caption: t.appendix.milestonesCaption(c.code),
              head: t.appendix.milestoneColumns,
              rows: state.milestones.map((m) => [
                cell(ctx.local(m.title), { header: true }),
                cell(ctx.date(m.start)),
                cell(ctx.date(m.end)),
                cell([{ kind: 'paragraph', spans: [statusOf(ctx, c, m.completion)] }]),
              ]),
            }
          : paragraph(t.appendix.noMilestones),
      );
    }
  }
  return blocks;
}
