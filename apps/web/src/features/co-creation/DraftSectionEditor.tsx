import { SubjectType } from '@ogp-forum/domain';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../components/FormError';
import { Markdown } from '../../components/Markdown';
import { useAuth } from '../../lib/auth';
import { useSubjectEvents } from '../../lib/live';
import { SaveDraftSectionMutation, type DraftSection } from './co-creation-documents';

const SECTION_EVENTS = ['section:saved'] as const;

interface Theirs {
  text: string;
  version: number;
}

/**
 * One section of a draft commitment. Each save names the version it was edited from; when someone saved in between,
 * the api answers CONFLICT with their text, shown beside ours to merge by hand: nothing is overwritten silently.
 */
export function DraftSectionEditor({ section, label, onSaved }: { section: DraftSection; label: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(section.text);
  const [base, setBase] = useState({ text: section.text, version: section.version });
  const [theirs, setTheirs] = useState<Theirs | null>(null);
  const [frozen, setFrozen] = useState(false);
  const [preview, setPreview] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  const [{ fetching, error }, save] = useMutation(SaveDraftSectionMutation);
  const dirty = draft !== base.text;
  const auth = useAuth();
  /** Someone else saved a newer version while this editor was open. */
  const [savedElsewhere, setSavedElsewhere] = useState<{ name: string; version: number } | null>(null);

  useSubjectEvents({ subjectType: SubjectType.DRAFT_SECTION, subjectId: section.id }, SECTION_EVENTS, (event) => {
    if (!event.section || event.section.version <= base.version || event.section.editedBy?.id === auth.user?.id) return;
    setSavedElsewhere({ name: event.section.editedBy?.displayName ?? '', version: event.section.version });
    onSaved();
  });

  // A newer version arrived with a reload: take it when nothing is unsaved here.
  useEffect(() => {
    if (section.version > base.version && !dirty) {
      setDraft(section.text);
      setBase({ text: section.text, version: section.version });
      setSavedElsewhere(null);
    }
    // Only news from the server matters here, not each keystroke.
  }, [section.text, section.version]);

  async function submit() {
    setJustSaved(false);
    const result = await save({ input: { sectionId: section.id, text: draft, baseVersion: base.version } });
    const conflict = result.error?.graphQLErrors.find((e) => e.extensions?.code === 'CONFLICT');
    if (conflict?.extensions.frozen) {
      setFrozen(true);
      onSaved();
      return;
    }
    if (conflict && typeof conflict.extensions.currentVersion === 'number') {
      setTheirs({ text: String(conflict.extensions.currentText ?? ''), version: conflict.extensions.currentVersion });
      return;
    }
    if (!result.data) return;
    const saved = result.data.saveDraftSection as { text: string; version: number };
    setBase({ text: saved.text, version: saved.version });
    setTheirs(null);
    setSavedElsewhere(null);
    setJustSaved(true);
    onSaved();
  }

  /** My text, now based on their version: the next save replaces theirs, knowingly. */
  function keepMine(other: Theirs) {
    setBase(other);
    setTheirs(null);
  }

  function takeTheirs(other: Theirs) {
    setDraft(other.text);
    setBase(other);
    setTheirs(null);
  }

  const otherError = error && !error.graphQLErrors.some((e) => e.extensions?.code === 'CONFLICT');

  return (
    <div className="draft-editor">
      <div className="draft-head">
        <label htmlFor={`${id}-text`}>{label}</label>
        <span className="muted">{t('minutes.version', { version: base.version })}</span>
        <button type="button" className="secondary" aria-pressed={preview} onClick={() => setPreview(!preview)}>
          {t('minutes.preview')}
        </button>
      </div>
      <div className={theirs ? 'side-by-side' : undefined}>
        <div>
          {theirs && <p className="muted">{t('draft.conflict.yourText')}</p>}
          {preview ? (
            <div className="composer-preview">{draft.trim() ? <Markdown>{draft}</Markdown> : <p className="muted">{t('minutes.nothingYet')}</p>}</div>
          ) : (
            <textarea
              id={`${id}-text`}
              rows={6}
              value={draft}
              onChange={(e) => {
                setDraft(e.target.value);
                setJustSaved(false);
              }}
            />
          )}
        </div>
        {theirs && (
          <div className="conflict" role="alert">
            <p>
              <strong>{t('draft.conflict.title')}</strong> {t('draft.conflict.explain', { version: theirs.version })}
            </p>
            <p className="muted">{t('minutes.conflict.theirText')}</p>
            <pre className="their-text" tabIndex={0} aria-label={t('minutes.conflict.theirText')}>
              {theirs.text || t('minutes.nothingYet')}
            </pre>
            <div className="button-row">
              <button type="button" className="secondary" onClick={() => takeTheirs(theirs)}>
                {t('minutes.conflict.useTheirs')}
              </button>
              <button type="button" className="secondary" onClick={() => keepMine(theirs)}>
                {t('minutes.conflict.keepMine')}
              </button>
            </div>
          </div>
        )}
      </div>
      {savedElsewhere && dirty && !theirs && (
        <p className="notice" role="status">
          {t('draft.savedElsewhere', { name: savedElsewhere.name, version: savedElsewhere.version })}
        </p>
      )}
      {frozen && (
        <p className="form-error" role="alert">
          {t('draft.frozen')}
        </p>
      )}
      <div className="button-row">
        <button type="button" disabled={fetching || !dirty || Boolean(theirs) || frozen} onClick={() => void submit()}>
          {t('draft.save')}
        </button>
        <span role="status" className="muted">
          {justSaved ? t('minutes.saved') : dirty ? t('minutes.unsaved') : ''}
        </span>
      </div>
      {otherError && <FormError error={error} />}
    </div>
  );
}
