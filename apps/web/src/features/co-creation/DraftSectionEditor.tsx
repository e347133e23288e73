import { SubjectType } from '@ogp-forum/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { VersionedTextEditor, type SaveAttempt } from '../../components/VersionedTextEditor';
import { useAuth } from '../../lib/auth';
import { useSubjectEvents } from '../../lib/live';
import { SaveDraftSectionMutation, type DraftSection } from './co-creation-documents';

const SECTION_EVENTS = ['section:saved'] as const;

const MESSAGES = {
  save: 'draft.save',
  conflictTitle: 'draft.conflict.title',
  conflictExplain: 'draft.conflict.explain',
  yourText: 'draft.conflict.yourText',
  frozen: 'draft.frozen',
};

/**
 * One section of a draft commitment. Co-drafters hear each other's saves live: a notice while one types, the new
 * version taken when nothing is unsaved, and their text beside ours when our save meets theirs.
 */
export function DraftSectionEditor({ section, label, onSaved }: { section: DraftSection; label: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const [, saveSection] = useMutation(SaveDraftSectionMutation);
  /** Someone else saved a newer version while this editor was open. */
  const [savedElsewhere, setSavedElsewhere] = useState<{ name: string; version: number } | null>(null);

  useSubjectEvents({ subjectType: SubjectType.DRAFT_SECTION, subjectId: section.id }, SECTION_EVENTS, (event) => {
    if (!event.section || event.section.editedBy?.id === auth.user?.id) return;
    setSavedElsewhere({ name: event.section.editedBy?.displayName ?? '', version: event.section.version });
    onSaved();
  });

  async function save(text: string, baseVersion: number): Promise<SaveAttempt> {
    const result = await saveSection({ input: { sectionId: section.id, text, baseVersion } });
    return { error: result.error, saved: result.data?.saveDraftSection as { text: string; version: number } | undefined };
  }

  return (
    <VersionedTextEditor
      label={label}
      current={{ text: section.text, version: section.version }}
      save={save}
      messages={MESSAGES}
      sideBySide
      onSaved={onSaved}
      onFrozen={onSaved}
      // Only news newer than what this editor is based on: taking it, merging it or saving over it retires the notice.
      notice={({ dirty, conflicted, baseVersion }) =>
        savedElsewhere &&
        dirty &&
        !conflicted &&
        savedElsewhere.version > baseVersion && (
          <p className="notice" role="status">
            {t('draft.savedElsewhere', { name: savedElsewhere.name, version: savedElsewhere.version })}
          </p>
        )
      }
    />
  );
}
