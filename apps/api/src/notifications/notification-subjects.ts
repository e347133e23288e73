import DataLoader from 'dataloader';
import { Locale, SubjectType } from '@ogp-forum/domain';
import type { DataSource } from 'typeorm';

/** What a notification is about, as a reader sees it: a title in each language and the page that shows it. */
export interface NotificationSubject {
  titleEn: string;
  titleKo: string;
  /** The page of the subject; a folded thread on it (an agenda item's, a draft section's) opens for a linked comment. */
  path: string;
}

/**
 * One statement for the subjects of all the notifications a request shows. Titles are read now, not when the
 * notification was written, so a Korean reader gets the Korean title and a renamed subject its new name.
 */
const SUBJECTS_SQL = `
  SELECT 'COMMITMENT' AS type, c.id, c.code || ' ' || c.title AS title_en, c.code || ' ' || coalesce(c.title_ko, c.title) AS title_ko,
         '/commitments/' || c.id AS path
    FROM commitments c WHERE c.id = ANY($1)
  UNION ALL
  SELECT 'PROPOSAL', p.id, p.title, p.title, '/proposals/' || p.id FROM proposals p WHERE p.id = ANY($1)
  UNION ALL
  SELECT 'MEETING', m.id, m.title, m.title, '/meetings/' || m.id FROM meetings m WHERE m.id = ANY($1)
  UNION ALL
  SELECT 'AGENDA_ITEM', a.id, m.title || ' · ' || a.title, m.title || ' · ' || a.title, '/meetings/' || m.id
    FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = ANY($1)
  UNION ALL
  SELECT 'DRAFT_SECTION', s.id, d.title, d.title, '/draft-commitments/' || d.id
    FROM draft_sections s JOIN draft_commitments d ON d.id = s.draft_commitment_id WHERE s.id = ANY($1)
  UNION ALL
  SELECT 'WORKING_GROUP', w.id, w.name, w.name, '/working-groups/' || w.id FROM working_groups w WHERE w.id = ANY($1)
  UNION ALL
  SELECT 'IRM_RECOMMENDATION', r.id, p.title || ' · IRM ' || r.number, coalesce(p.title_ko, p.title) || ' · IRM ' || r.number, '/plans/' || p.id
    FROM irm_recommendations r JOIN action_plans p ON p.id = r.plan_id WHERE r.id = ANY($1)
  UNION ALL
  SELECT 'REPORT', rc.id, p.title, coalesce(p.title_ko, p.title), '/plans/' || p.id || '/report'
    FROM report_consultations rc JOIN action_plans p ON p.id = rc.plan_id WHERE rc.id = ANY($1)`;

export const subjectKey = (subjectType: SubjectType, subjectId: string) => `${subjectType}:${subjectId}`;

export function notificationSubjectLoader(db: DataSource) {
  return new DataLoader<string, NotificationSubject | null>(async (keys) => {
    const ids = [...new Set(keys.map((key) => key.slice(key.indexOf(':') + 1)))];
    const rows: { type: string; id: string; title_en: string; title_ko: string; path: string }[] = await db.query(SUBJECTS_SQL, [ids]);
    const found = new Map(rows.map((row) => [`${row.type}:${row.id}`, { titleEn: row.title_en, titleKo: row.title_ko, path: row.path }]));
    return keys.map((key) => found.get(key) ?? null);
  });
}

/** The subject's title in the reader's language. */
export const subjectTitleIn = (subject: NotificationSubject, locale: Locale) => (locale === Locale.ko ? subject.titleKo : subject.titleEn);

/** The address that opens the subject at the comment, if the notification is about one: `#comment-<id>` scrolls to it. */
export function notificationUrl(subject: NotificationSubject, commentId: string | null): string {
  return `${subject.path}${commentId ? `#comment-${commentId}` : ''}`;
}
