import { Locale, MeetingStatus, wasSubmitted } from '@ogp-forum/domain';
import type { DataSource } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { Commitment } from '../commitments/commitment.entity.js';
import { UUID } from '../common/graphql/id-args.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { DraftCommitment } from '../proposals/draft-commitment.entity.js';
import { Proposal } from '../proposals/proposal.entity.js';

/** What a shared link shows before anyone opens it: the page's title, a sentence about it and what kind of thing it is. */
export interface PageMetadata {
  title: string;
  description: string;
  type: 'website' | 'article';
}

type PlanPageTitle = (plan: string, number: number) => string;

const SITE = { [Locale.en]: 'OGP Forum', [Locale.ko]: 'OGP 포럼' };

const TEXTS = {
  [Locale.en]: {
    site: 'Government and civil society monitor the National Action Plan together and co-create the next one.',
    plans: 'National Action Plans',
    plansDescription: 'Every National Action Plan of the forum, its commitments and how far each has come.',
    plan: (period: string) => `National Action Plan, ${period}: its commitments by theme and how far each has come.`,
    // As the pages title themselves in the browser (apps/web/src/locales/en.json).
    planPage: {
      repository: (plan) => `Repository: ${plan}`,
      report: (plan) => `Self-assessment report · ${plan}`,
      compliance: (plan) => `OGP minimum requirements — ${plan}`,
      dashboard: (plan) => `Dashboard · ${plan}`,
      register: (plan) => `Reasoned-response register · ${plan}`,
      'co-creation': (_plan, number) => `Co-creation of National Action Plan ${number}`,
    } as Record<string, PlanPageTitle>,
    repository: (plan: string) => `Every public document of the ${plan} cycle: the plan, self-assessment reports, IRM reports and other documents, published meeting minutes and the reasoned-response register.`,
    meetings: 'Meetings',
    meetingsDescription: 'The forum\'s meeting calendar and the published minutes of its meetings.',
    meeting: (when: string, place: string | null) => `Forum meeting on ${when}${place ? `, ${place}` : ''}.`,
    cancelled: 'Cancelled',
    openData: 'Open data',
    openDataDescription: 'The forum\'s plans, commitments, progress, meetings and proposals as open data: CSV and JSON with their schema.',
    draft: 'Draft commitment for the next National Action Plan, co-drafted by government and civil society.',
  },
  [Locale.ko]: {
    site: '정부와 시민사회가 함께 국가실행계획을 점검하고 다음 계획을 공동으로 만듭니다.',
    plans: '국가실행계획',
    plansDescription: '포럼의 모든 국가실행계획과 과제, 그리고 각 과제의 이행 정도.',
    plan: (period: string) => `국가실행계획 (${period}): 주제별 과제와 각 과제의 이행 정도.`,
    planPage: {
      repository: (plan) => `자료실: ${plan}`,
      report: (plan) => `자체평가 보고서 · ${plan}`,
      compliance: (plan) => `OGP 최소 요건 — ${plan}`,
      dashboard: (plan) => `대시보드 · ${plan}`,
      register: (plan) => `결정 사유 등록부 · ${plan}`,
      'co-creation': (_plan, number) => `제${number}차 실행계획 공동 수립`,
    } as Record<string, PlanPageTitle>,
    repository: (plan: string) => `${plan} 주기의 모든 공개 문서: 실행계획, 자체평가 보고서, IRM 보고서와 기타 문서, 공개된 회의록, 검토 결과 회신 목록.`,
    meetings: '회의',
    meetingsDescription: '포럼의 회의 일정과 공개된 회의록.',
    meeting: (when: string, place: string | null) => `${when} 포럼 회의${place ? `, ${place}` : ''}.`,
    cancelled: '취소됨',
    openData: '공공데이터',
    openDataDescription: '포럼의 계획, 과제, 이행 현황, 회의와 제안을 공공데이터로 제공합니다: CSV와 JSON, 그리고 그 스키마.',
    draft: '다음 국가실행계획의 과제 초안으로, 정부와 시민사회가 함께 작성합니다.',
  },
};

/** Plain text of at most `max` characters, from Markdown or a long field: one line, cut at a word. */
function shortText(text: string, max = 200): string {
  const plain = text.replace(/[#*_`>[\]]/g, '').replace(/\(https?:[^)]*\)/g, '').replace(/\s+/g, ' ').trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

export const siteName = (locale: Locale) => SITE[locale];

/**
 * The metadata of the page at `path` as an anonymous visitor may see it, from the database, or the forum's own when the
 * page is not one of the public pages, does not exist, or is not for everyone's eyes (a draft proposal).
 */
export async function pageMetadata(db: DataSource, path: string, locale: Locale, timeZone: string): Promise<PageMetadata> {
  const texts = TEXTS[locale];
  const ko = (original: string, korean: string | null | undefined) => (locale === Locale.ko && korean ? korean : original);
  const site: PageMetadata = { title: SITE[locale], description: texts.site, type: 'website' };
  const [, section, id, sub] = path.replace(/\/+$/, '').split('/');
  if (id !== undefined && !UUID.test(id)) return site;
  const day = (date: Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date);
  const period = (start: string, end: string) => `${start.slice(0, 7)} – ${end.slice(0, 7)}`;

  switch (section) {
    case 'plans': {
      if (!id) return { title: texts.plans, description: texts.plansDescription, type: 'website' };
      const plan = await db.getRepository(ActionPlan).findOneBy({ id });
      if (!plan) return site;
      const title = ko(plan.title, plan.titleKo);
      const page = sub ? texts.planPage[sub] : undefined;
      const description = sub === 'repository' ? texts.repository(title) : texts.plan(period(plan.periodStart, plan.periodEnd));
      return { title: page ? page(title, plan.number) : title, description, type: 'website' };
    }
    case 'commitments': {
      if (!id) return site;
      const commitment = await db.getRepository(Commitment).findOneBy({ id });
      if (!commitment) return site;
      return { title: `${commitment.code} ${ko(commitment.title, commitment.titleKo)}`, description: shortText(commitment.summary || commitment.description), type: 'article' };
    }
    case 'meetings': {
      if (!id) return { title: texts.meetings, description: texts.meetingsDescription, type: 'website' };
      const meeting = await db.getRepository(Meeting).findOneBy({ id });
      if (!meeting) return site;
      const title = meeting.status === MeetingStatus.CANCELLED ? `${meeting.title} (${texts.cancelled})` : meeting.title;
      return { title, description: shortText(meeting.description || texts.meeting(day(meeting.startsAt), meeting.place)), type: 'article' };
    }
    case 'proposals': {
      if (!id) return site;
      const proposal = await db.getRepository(Proposal).findOneBy({ id });
      // A proposal nobody submitted is its authors' alone: not even its title may show in a link preview.
      if (!proposal || !wasSubmitted(proposal)) return site;
      return { title: proposal.title, description: shortText(proposal.problem), type: 'article' };
    }
    case 'draft-commitments': {
      if (!id) return site;
      const draft = await db.getRepository(DraftCommitment).findOneBy({ id });
      return draft ? { title: draft.title, description: texts.draft, type: 'article' } : site;
    }
    case 'open-data':
      return { title: texts.openData, description: texts.openDataDescription, type: 'website' };
    default:
      return site;
  }
}
