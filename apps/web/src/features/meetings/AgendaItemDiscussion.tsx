import { SubjectType } from '@ogp-forum/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenForLinkedComment } from '../discussion/comment-link';
import { Thread } from '../discussion/Thread';
import type { AgendaItem } from './meeting-documents';

/**
 * What was said on an agenda item, kept with its meeting once the chair has moved on: folded under its count, and
 * followed live only while open, so a long agenda does not open a thread per item.
 */
export function AgendaItemDiscussion({ item, headingLevel }: { item: AgendaItem; headingLevel: 3 | 4 | 5 }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  useOpenForLinkedComment(details, item.id);
  return (
    <details ref={details} className="item-discussion" onToggle={(event) => setOpen(event.currentTarget.open)}>
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
