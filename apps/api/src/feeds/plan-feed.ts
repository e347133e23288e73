import { Completion, Locale, REPORT_TEXTS } from '@ogp-forum/domain';
import escapeHtml from 'escape-html';
import { Feed } from 'feed';

/** What a plan's feed is made of: only what an anonymous visitor may read. */
export interface PlanFeedSource {
  plan: { id: string; number: number; title: string; titleKo: string | null; updatedAt: Date };
  updates: { id: string; commitmentId: string; code: string; title: string; titleKo: string | null; body: string; completion: Completion; evidenceLinks: string[]; postedAt: Date }[];
  minutes: { meetingId: string; title: string; summary: string; publishedAt: Date }[];
}

/** How many entries a feed carries: feed readers keep what they have already fetched. */
export const FEED_LENGTH = 50;

const TEXTS = {
  [Locale.en]: {
    feedTitle: (plan: string) => `${plan}: progress updates and minutes`,
    feedDescription: (plan: string) => `Progress updates on the commitments of ${plan} and the published minutes of the forum's meetings in its period.`,
    update: (code: string, title: string) => `${code} ${title}: progress update`,
    completion: (level: string) => `Completion: ${level}`,
    evidence: 'Evidence',
    minutes: (meeting: string) => `Minutes published: ${meeting}`,
    noSummary: 'The minutes are published on the meeting page.',
  },
  [Locale.ko]: {
    feedTitle: (plan: string) => `${plan}: 이행 현황과 회의록`,
    feedDescription: (plan: string) => `${plan} 과제의 이행 현황 보고와 그 기간에 열린 포럼 회의의 공개된 회의록입니다.`,
    update: (code: string, title: string) => `${code} ${title}: 이행 현황 보고`,
    completion: (level: string) => `이행 수준: ${level}`,
    evidence: '근거 자료',
    minutes: (meeting: string) => `회의록 공개: ${meeting}`,
    noSummary: '회의록은 회의 페이지에 공개되어 있습니다.',
  },
};

/** Text from the database as HTML paragraphs: the feed's title and content are `type="html"`, so everything is escaped. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .filter((part) => part.trim())
    .map((part) => `<p>${escapeHtml(part.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/**
 * A plan's Atom feed: progress updates on its commitments and the published minutes of its meetings, newest first, with
 * absolute links on `base` (the forum's public address).
 */
export function planAtomFeed(source: PlanFeedSource, base: string, locale: Locale): string {
  const texts = TEXTS[locale];
  const { plan } = source;
  const planTitle = (locale === Locale.ko && plan.titleKo) || plan.title;
  const planUrl = `${base}/plans/${plan.id}`;
  const entries = [
    ...source.updates.map((update) => {
      const link = `${base}/commitments/${update.commitmentId}`;
      const evidence = update.evidenceLinks.length
        ? `<p>${texts.evidence}: ${update.evidenceLinks.map((url) => `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`).join(', ')}</p>`
        : '';
      return {
        id: `${link}#update-${update.id}`,
        link,
        date: update.postedAt,
        title: escapeHtml(texts.update(update.code, (locale === Locale.ko && update.titleKo) || update.title)),
        content: `${paragraphs(update.body)}<p>${escapeHtml(texts.completion(REPORT_TEXTS[locale].completion[update.completion]))}</p>${evidence}`,
      };
    }),
    ...source.minutes.map((minutes) => {
      const link = `${base}/meetings/${minutes.meetingId}`;
      return {
        id: `${link}#minutes`,
        link,
        date: minutes.publishedAt,
        title: escapeHtml(texts.minutes(minutes.title)),
        content: paragraphs(minutes.summary) || `<p>${escapeHtml(texts.noSummary)}</p>`,
      };
    }),
  ]
    .sort((a, b) => b.date.getTime() - a.date.getTime())
    .slice(0, FEED_LENGTH);

  const self = `${base}/feeds/plans/${plan.id}.atom${locale === Locale.en ? '' : `?lang=${locale}`}`;
  const feed = new Feed({
    id: planUrl,
    link: planUrl,
    title: texts.feedTitle(planTitle),
    description: texts.feedDescription(planTitle),
    language: locale,
    updated: entries[0]?.date ?? plan.updatedAt,
    feedLinks: { atom: self },
    generator: 'OGP Forum',
  });
  for (const entry of entries) feed.addItem(entry);
  return feed.atom1();
}
