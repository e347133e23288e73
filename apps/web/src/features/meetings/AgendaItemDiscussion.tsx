import { SubjectType } from '@ogp-forum/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Thread } from '../discussion/Thread';
import type { AgendaItem } from './meeting-documents';

/**
 * What was said on an agenda item, kept with its meeting once the chair has moved on: folded under its count, and
 * followed live only while open, so a long agenda does not open a thread per item.
 */
export function AgendaItemDiscussion({ item, headingLevel }: { item: AgendaItem; headingLevel: 3 | 4 | 5 }) {
  const { t } = useTranslation();
  // A link to one of its comments (?thread=<item>#comment-…) opens it.
  const [params] = useSearchParams();
  const [open, setOpen] = useState(params.get('thread') === item.id);
  return (
    <details className="item-discussion" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('agenda.discussion', { count: item.commentCount })}</summary>
      {open && (
        <Thread
          subject={{ subjectType: SubjectType.AGENDA_ITEM, subjectId: item.id }}
          title={t('agenda.discussionOf', { title: item.title })}
          headingLevel={headingLevel}
        />
      )}
    </details>
  );
}
