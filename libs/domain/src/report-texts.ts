import { Completion, IrmResponseStatus, Locale, OgpValue } from './enums.js';
import { MeetingKind } from './meetings.js';
import { ProposalStatus } from './proposals.js';
import { ReportKind } from './reports.js';

/** Counts of the proposals of a plan by outcome, as section II states them. */
export interface ProposalOutcomeCounts {
  received: number;
  selected: number;
  merged: number;
  parked: number;
  declined: number;
  withdrawn: number;
  pending: number;
}

export interface StatusCounts {
  total: number;
  themes: number;
  completed: number;
  substantial: number;
  limited: number;
  notStarted: number;
  withdrawn: number;
  incorporated: number;
}

/** The fixed texts of a self-assessment report, in each language the forum speaks. */
export interface ReportTexts {
  dateLocale: string;
  kind: Record<ReportKind, string>;
  title(kind: ReportKind, planTitle: string): string;
  subtitle(generatedOn: string, from: string, to: string, cutOff: string | null): string;
  contents: string;
  parts: { introduction: string; process: string; irm: string; implementation: string; conclusion: string; appendix: string };
  process: {
    cycle: string;
    development: string;
    implementation: string;
    publicComment: string;
    planPeriod(planTitle: string, start: string, end: string): string;
    coCreationCalendar(opensOn: string, closesOn: string): string;
    proposals(counts: ProposalOutcomeCounts): string;
    noProposals: string;
    proposalsCaption: string;
    proposalColumns: [string, string, string, string];
    register: string;
    meetings(count: number, from: string, to: string): string;
    noMeetings: string;
    meetingsCaption: string;
    meetingColumns: [string, string, string, string, string, string, string];
    minutes: string;
    noMinutes: string;
    sample: string;
    consultationOpen(opensOn: string, closesOn: string, count: number): string;
    consultationClosed(opensOn: string, closesOn: string, days: number, count: number): string;
    consultationUpcoming(opensOn: string, closesOn: string): string;
    noConsultation: string;
    comments: string;
  };
  irm: { intro: string; caption: string; columns: [string, string, string]; noResponse: string; none: string };
  implementation: {
    intro(counts: StatusCounts, asOf: string): string;
    caption: string;
    columns: [string, string, string];
    commitment: string;
    progress: string;
    reportedOn(date: string, completion: string): string;
    noProgress: string;
    completionLevel(level: string): string;
    futurePlan: string;
    none: string;
  };
  appendix: {
    caption(code: string): string;
    milestonesCaption(code: string): string;
    rows: {
      period: string;
      lead: string;
      publicProblem: string;
      commitment: string;
      howItSolves: string;
      ogpValues: string;
      additionalInfo: string;
      completion: string;
      activities: string;
      nextSteps: string;
      contact: string;
      involvedActors: string;
    };
    milestoneColumns: [string, string, string, string];
    activity(date: string, completion: string): string;
    milestoneChanged(title: string, from: string, to: string): string;
    evidence: string;
    noActivity: string;
    noMilestones: string;
  };
  narrative: { missing: string; fallback: string };
  completion: Record<Completion, string>;
  incorporated(code: string): string;
  ogpValue: Record<OgpValue, string>;
  meetingKind: Record<MeetingKind, string>;
  proposalStatus: Record<ProposalStatus, string>;
  irmStatus: Record<IrmResponseStatus, string>;
}

const plural = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;

/** "a, b and c" */
function joinEnglish(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

const en: ReportTexts = {
  dateLocale: 'en-US',
  kind: { [ReportKind.MID_TERM]: 'Mid-Term Self-Assessment Report', [ReportKind.END_OF_TERM]: 'End-of-Term Self-Assessment Report' },
  title: (kind, planTitle) => `${en.kind[kind]} on the ${planTitle}`,
  subtitle: (generatedOn, from, to, cutOff) =>
    `Generated from the forum's data on ${generatedOn}. It covers the period from ${from} to ${to}` +
    (cutOff ? `, with progress as reported up to ${cutOff}.` : ', with progress as last reported.'),
  contents: 'Table of Contents',
  parts: {
    introduction: 'I. Introduction',
    process: 'II. National Action Plan Process',
    irm: 'III. IRM Recommendations',
    implementation: 'IV. Implementation of National Action Plan Commitments',
    conclusion: 'V. Conclusion and Future Plan',
    appendix: 'Appendix: Commitment Implementation Status in Detail',
  },
  process: {
    cycle: 'Overall OGP Cycle',
    development: 'Consultation within the National Action Plan Development Process',
    implementation: 'Consultation during the National Action Plan Implementation Process',
    publicComment: 'Public Comment on this Report',
    planPeriod: (planTitle, start, end) => `The official implementation period of the ${planTitle} is from ${start} to ${end}.`,
    coCreationCalendar: (opensOn, closesOn) => `The call for commitment proposals was open from ${opensOn} to ${closesOn}.`,
    proposals: (c) => {
      const outcomes = [
        c.selected && `${c.selected} selected`,
        c.merged && `${c.merged} merged into another proposal`,
        c.parked && `${c.parked} parked in a working group`,
        c.declined && `${c.declined} declined`,
        c.withdrawn && `${c.withdrawn} withdrawn`,
        c.pending && `${c.pending} awaiting a decision`,
      ].filter((part): part is string => Boolean(part));
      return `The forum received ${plural(c.received, 'proposal', 'proposals')} for this plan: ${joinEnglish(outcomes)}. Every decision was published with its reasoned response.`;
    },
    noProposals: 'No commitment proposal was submitted through the forum for this plan.',
    proposalsCaption: 'Proposals received and their reasoned responses',
    proposalColumns: ['Proposal', 'Proposed by', 'Outcome', 'Reasoned response'],
    register: 'The register of reasoned responses',
    meetings: (count, from, to) => `The forum held ${plural(count, 'meeting', 'meetings')} between ${from} and ${to}, where those in charge of each commitment reported on progress and the members reviewed it together.`,
    noMeetings: 'The forum held no meeting in this period.',
    meetingsCaption: 'Meetings held, with attendance by sector',
    meetingColumns: ['Date', 'Meeting', 'Kind', 'Government', 'Civil society', 'Other', 'Secretariat'],
    minutes: 'minutes',
    noMinutes: 'minutes not published',
    sample: 'sample data',
    consultationOpen: (opensOn, closesOn, count) => `The draft of this report is open for public comment from ${opensOn} to ${closesOn}; ${plural(count, 'comment has', 'comments have')} been received so far.`,
    consultationClosed: (opensOn, closesOn, days, count) => `The draft of this report was open for public comment from ${opensOn} to ${closesOn} (${days} days); ${plural(count, 'comment was', 'comments were')} received.`,
    consultationUpcoming: (opensOn, closesOn) => `The draft of this report will be open for public comment from ${opensOn} to ${closesOn}.`,
    noConsultation: 'The draft of this report has not been opened for public comment.',
    comments: 'The comments received',
  },
  irm: {
    intro: "OGP examines each participating country's development and implementation of National Action Plans through its Independent Reporting Mechanism (IRM), which makes recommendations. The government's response to each recommendation follows.",
    caption: 'IRM recommendations',
    columns: ['No.', 'Recommendation', 'Response'],
    noResponse: 'No response has been recorded yet.',
    none: 'The IRM has made no recommendation on this plan yet.',
  },
  implementation: {
    intro: (c, asOf) => {
      const levels = [
        `${c.completed} completed`,
        c.substantial && `${c.substantial} substantially completed`,
        c.limited && `${c.limited} with limited progress`,
        c.notStarted && `${c.notStarted} not started`,
        c.withdrawn && `${c.withdrawn} withdrawn`,
        c.incorporated && `${c.incorporated} incorporated into another commitment`,
      ].filter((part): part is string => Boolean(part));
      return `The plan has ${plural(c.total, 'commitment', 'commitments')} under ${plural(c.themes, 'category', 'categories')}. As of ${asOf}: ${joinEnglish(levels)}.`;
    },
    caption: 'Commitments by category and status',
    columns: ['Category', 'Commitment', 'Status'],
    commitment: 'Commitment',
    progress: 'Progress / Achievement',
    reportedOn: (date, completion) => `Reported on ${date} (${completion}):`,
    noProgress: 'No progress was reported in this period.',
    completionLevel: (level) => `Completion Level: ${level}`,
    futurePlan: 'Future Plan',
    none: 'This plan has no commitments yet.',
  },
  appendix: {
    caption: (code) => `Commitment ${code} in OGP's template`,
    milestonesCaption: (code) => `Milestones of commitment ${code}`,
    rows: {
      period: 'Period',
      lead: 'Lead Implementing Organization / Person',
      publicProblem: 'Public Problem',
      commitment: 'Commitment',
      howItSolves: 'Public Problem-solving through Commitment',
      ogpValues: 'Relevance to OGP Values',
      additionalInfo: 'Additional Information',
      completion: 'Completion Level',
      activities: 'Activity Description',
      nextSteps: 'Next Step',
      contact: 'Contact Information',
      involvedActors: 'Involved Actors',
    },
    milestoneColumns: ['Milestone', 'Start Date', 'End Date', 'Completion Level'],
    activity: (date, completion) => `${date}: progress update, completion reported as ${completion}`,
    milestoneChanged: (title, from, to) => `${title}: ${from} → ${to}`,
    evidence: 'evidence',
    noActivity: 'No activity was reported in this period.',
    noMilestones: 'No milestones are recorded.',
  },
  narrative: { missing: 'This section has not been written yet.', fallback: 'Not yet written in English; the Korean text follows.' },
  completion: {
    [Completion.NOT_STARTED]: 'Not started',
    [Completion.LIMITED]: 'Limited',
    [Completion.SUBSTANTIAL]: 'Substantially completed',
    [Completion.COMPLETED]: 'Completed',
    [Completion.WITHDRAWN]: 'Withdrawn',
  },
  incorporated: (code) => `(Incorporated into ${code})`,
  ogpValue: {
    [OgpValue.ACCESS_TO_INFORMATION]: 'Access to information',
    [OgpValue.CIVIC_PARTICIPATION]: 'Civic participation',
    [OgpValue.PUBLIC_ACCOUNTABILITY]: 'Public accountability',
    [OgpValue.TECHNOLOGY_AND_INNOVATION]: 'Technology and innovation',
  },
  meetingKind: { [MeetingKind.REGULAR]: 'Regular meeting', [MeetingKind.WORKSHOP]: 'Workshop', [MeetingKind.SPECIAL]: 'Special meeting' },
  proposalStatus: {
    [ProposalStatus.DRAFT]: 'Draft',
    [ProposalStatus.SUBMITTED]: 'Submitted',
    [ProposalStatus.UNDER_REVIEW]: 'Under review',
    [ProposalStatus.SELECTED]: 'Selected',
    [ProposalStatus.MERGED]: 'Merged',
    [ProposalStatus.PARKED]: 'Parked',
    [ProposalStatus.DECLINED]: 'Declined',
    [ProposalStatus.WITHDRAWN]: 'Withdrawn',
  },
  irmStatus: {
    [IrmResponseStatus.NOT_ADDRESSED]: 'Not addressed',
    [IrmResponseStatus.PARTIALLY_ADDRESSED]: 'Partially addressed',
    [IrmResponseStatus.ADDRESSED]: 'Addressed',
  },
};

const ko: ReportTexts = {
  dateLocale: 'ko-KR',
  kind: { [ReportKind.MID_TERM]: '중간 자체평가 보고서', [ReportKind.END_OF_TERM]: '최종 자체평가 보고서' },
  title: (kind, planTitle) => `${planTitle} ${ko.kind[kind]}`,
  subtitle: (generatedOn, from, to, cutOff) =>
    `${generatedOn}에 포럼의 데이터로 작성했습니다. ${from}부터 ${to}까지의 기간을 다루며, ` +
    (cutOff ? `이행 현황은 ${cutOff}까지 보고된 내용입니다.` : '이행 현황은 마지막으로 보고된 내용입니다.'),
  contents: '목차',
  parts: {
    introduction: 'I. 서론',
    process: 'II. 국가실행계획 수립 및 이행 과정',
    irm: 'III. 독립평가기구(IRM) 권고',
    implementation: 'IV. 국가실행계획 과제 이행',
    conclusion: 'V. 결론 및 향후 계획',
    appendix: '부록: 과제별 세부 이행 현황',
  },
  process: {
    cycle: 'OGP 주기 전반',
    development: '국가실행계획 수립 과정의 협의',
    implementation: '국가실행계획 이행 과정의 협의',
    publicComment: '본 보고서에 대한 공개 의견 수렴',
    planPeriod: (planTitle, start, end) => `${planTitle}의 공식 이행 기간은 ${start}부터 ${end}까지입니다.`,
    coCreationCalendar: (opensOn, closesOn) => `과제 제안 공모는 ${opensOn}부터 ${closesOn}까지 진행되었습니다.`,
    proposals: (c) => {
      const outcomes = [
        c.selected && `채택 ${c.selected}건`,
        c.merged && `다른 제안에 통합 ${c.merged}건`,
        c.parked && `작업반으로 보류 ${c.parked}건`,
        c.declined && `불채택 ${c.declined}건`,
        c.withdrawn && `철회 ${c.withdrawn}건`,
        c.pending && `결정 대기 ${c.pending}건`,
      ].filter((part): part is string => Boolean(part));
      return `포럼은 이 계획에 대해 ${c.received}건의 과제 제안을 받았습니다(${outcomes.join(', ')}). 모든 결정은 그 이유(답변)와 함께 공개되었습니다.`;
    },
    noProposals: '이 계획에 대해 포럼을 통해 제출된 과제 제안이 없습니다.',
    proposalsCaption: '접수된 제안과 결정 이유',
    proposalColumns: ['제안', '제안 기관', '결과', '결정 이유'],
    register: '결정 이유 등록부',
    meetings: (count, from, to) => `포럼은 ${from}부터 ${to}까지 ${count}회의 회의를 열었으며, 각 과제 담당자가 진행 상황을 보고하고 회원들이 함께 검토했습니다.`,
    noMeetings: '이 기간에 열린 포럼 회의가 없습니다.',
    meetingsCaption: '개최된 회의와 분야별 참석 현황',
    meetingColumns: ['일자', '회의', '종류', '정부', '시민사회', '기타', '사무국'],
    minutes: '회의록',
    noMinutes: '회의록 미공개',
    sample: '예시 데이터',
    consultationOpen: (opensOn, closesOn, count) => `이 보고서 초안은 ${opensOn}부터 ${closesOn}까지 공개 의견을 받고 있으며, 지금까지 ${count}건의 의견이 접수되었습니다.`,
    consultationClosed: (opensOn, closesOn, days, count) => `이 보고서 초안은 ${opensOn}부터 ${closesOn}까지(${days}일) 공개 의견을 받았으며, ${count}건의 의견이 접수되었습니다.`,
    consultationUpcoming: (opensOn, closesOn) => `이 보고서 초안은 ${opensOn}부터 ${closesOn}까지 공개 의견을 받을 예정입니다.`,
    noConsultation: '이 보고서 초안은 아직 공개 의견 수렴에 부쳐지지 않았습니다.',
    comments: '접수된 의견',
  },
  irm: {
    intro: 'OGP는 독립평가기구(IRM)를 통해 각 참여국의 국가실행계획 수립과 이행을 검토하고 권고합니다. 각 권고에 대한 정부의 답변은 다음과 같습니다.',
    caption: '독립평가기구(IRM) 권고',
    columns: ['번호', '권고', '반영 여부'],
    noResponse: '아직 기록된 답변이 없습니다.',
    none: '이 계획에 대한 IRM 권고가 아직 없습니다.',
  },
  implementation: {
    intro: (c, asOf) => {
      const levels = [
        `완료 ${c.completed}개`,
        c.substantial && `상당 부분 완료 ${c.substantial}개`,
        c.limited && `제한적 이행 ${c.limited}개`,
        c.notStarted && `시작 전 ${c.notStarted}개`,
        c.withdrawn && `철회 ${c.withdrawn}개`,
        c.incorporated && `다른 과제에 통합 ${c.incorporated}개`,
      ].filter((part): part is string => Boolean(part));
      return `이 계획은 ${c.themes}개 분야 ${c.total}개 과제로 이루어져 있습니다. ${asOf} 기준: ${levels.join(', ')}.`;
    },
    caption: '분야별 과제와 이행 수준',
    columns: ['분야', '과제', '이행 수준'],
    commitment: '과제 내용',
    progress: '추진 실적',
    reportedOn: (date, completion) => `${date} 보고 (${completion}):`,
    noProgress: '이 기간에 보고된 진행 상황이 없습니다.',
    completionLevel: (level) => `이행 수준: ${level}`,
    futurePlan: '향후 계획',
    none: '이 계획에는 아직 과제가 없습니다.',
  },
  appendix: {
    caption: (code) => `OGP 양식에 따른 과제 ${code}`,
    milestonesCaption: (code) => `과제 ${code}의 세부 일정`,
    rows: {
      period: '기간',
      lead: '주관 기관 / 담당자',
      publicProblem: '공공 문제',
      commitment: '과제 내용',
      howItSolves: '과제를 통한 문제 해결',
      ogpValues: 'OGP 가치와의 관련성',
      additionalInfo: '추가 정보',
      completion: '이행 수준',
      activities: '활동 내역',
      nextSteps: '다음 단계',
      contact: '연락처',
      involvedActors: '참여 주체',
    },
    milestoneColumns: ['세부 일정', '시작일', '종료일', '이행 수준'],
    activity: (date, completion) => `${date}: 진행 보고, 이행 수준 ${completion}`,
    milestoneChanged: (title, from, to) => `${title}: ${from} → ${to}`,
    evidence: '근거 자료',
    noActivity: '이 기간에 보고된 활동이 없습니다.',
    noMilestones: '기록된 세부 일정이 없습니다.',
  },
  narrative: { missing: '이 부분은 아직 작성되지 않았습니다.', fallback: '한국어로 아직 작성되지 않아 영어 원문을 싣습니다.' },
  completion: {
    [Completion.NOT_STARTED]: '시작 전',
    [Completion.LIMITED]: '제한적 이행',
    [Completion.SUBSTANTIAL]: '상당 부분 완료',
    [Completion.COMPLETED]: '완료',
    [Completion.WITHDRAWN]: '철회',
  },
  incorporated: (code) => `(${code}에 통합)`,
  ogpValue: {
    [OgpValue.ACCESS_TO_INFORMATION]: '정보 접근성',
    [OgpValue.CIVIC_PARTICIPATION]: '시민 참여',
    [OgpValue.PUBLIC_ACCOUNTABILITY]: '공공 책임성',
    [OgpValue.TECHNOLOGY_AND_INNOVATION]: '기술과 혁신',
  },
  meetingKind: { [MeetingKind.REGULAR]: '정기 회의', [MeetingKind.WORKSHOP]: '워크숍', [MeetingKind.SPECIAL]: '특별 회의' },
  proposalStatus: {
    [ProposalStatus.DRAFT]: '초안',
    [ProposalStatus.SUBMITTED]: '제출됨',
    [ProposalStatus.UNDER_REVIEW]: '검토 중',
    [ProposalStatus.SELECTED]: '채택',
    [ProposalStatus.MERGED]: '통합',
    [ProposalStatus.PARKED]: '보류',
    [ProposalStatus.DECLINED]: '불채택',
    [ProposalStatus.WITHDRAWN]: '철회',
  },
  irmStatus: {
    [IrmResponseStatus.NOT_ADDRESSED]: '미반영',
    [IrmResponseStatus.PARTIALLY_ADDRESSED]: '일부 반영',
    [IrmResponseStatus.ADDRESSED]: '반영',
  },
};

export const REPORT_TEXTS: Record<Locale, ReportTexts> = { [Locale.en]: en, [Locale.ko]: ko };

// Made once per language: a report formats a few hundred dates, and making a formatter costs more than using it.
const DATE_FORMATS = Object.fromEntries(
  Object.values(Locale).map((locale) => [locale, new Intl.DateTimeFormat(REPORT_TEXTS[locale].dateLocale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })]),
) as Record<Locale, Intl.DateTimeFormat>;

/** A calendar day (YYYY-MM-DD) as the report's language writes it: "July 1, 2017", "2017년 7월 1일". */
export function formatReportDate(day: string, locale: Locale): string {
  const [year, month, date] = day.split('-').map(Number);
  return DATE_FORMATS[locale].format(Date.UTC(year, month - 1, date));
}
