import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../components/FormError';
import { Markdown } from '../../components/Markdown';
import { SaveMinutesMutation } from './meeting-documents';

interface Props {
  meetingId: string;
  /** The agenda item whose notes these are; null for the summary. */
  agendaItemId: string | null;
  label: string;
  /** The text and version as last fetched; they change when someone saves (the page refetches on live events). */
  text: string;
  version: number;
  rows?: number;
  onSaved?: () => void;
}

interface Theirs {
  text: string;
  version: number;
}

/**
 * One shared, versioned draft (the summary or an item's notes). Each save names the version it was edited from; when
 * someone saved in between, their text is shown beside ours to merge by hand: nothing is ever overwritten silently.
 */
export function MinutesDraftEditor({ meetingId, agendaItemId, label, text, version, rows = 6, onSaved }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(text);
  const [saved, setSaved] = useState({ text, version });
  const [theirs, setTheirs] = useState<Theirs | null>(null);
  const [preview, setPreview] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  const [{ fetching, error }, save] = useMutation(SaveMinutesMutation);
  const saving = useRef(false);
  const dirty = draft !== saved.text;

  // A newer version arrived: take it when there is nothing unsaved, otherwise tell the user and show it.
  useEffect(() => {
    if (saving.current || version <= saved.version) return;
    if (!dirty) {
      setDraft(text);
      setSaved({ text, version });
      setTheirs(null);
    } else if (text !== draft) {
      setTheirs({ text, version });
    }
    // Only news from the server matters here, not each keystroke.
  }, [text, version]);

  async function submit() {
    saving.current = true;
    setJustSaved(false);
    const result = await save({ input: { meetingId, agendaItemId, text: draft, baseVersion: saved.version } });
    saving.current = false;
    const conflict = result.error?.graphQLErrors.find((e) => e.extensions?.code === 'CONFLICT');
    if (conflict && typeof conflict.extensions.currentVersion === 'number') {
      setTheirs({ text: String(conflict.extensions.currentText ?? ''), version: conflict.extensions.currentVersion });
      return;
    }
    if (result.error) return;
    setSaved({ text: draft, version: saved.version + 1 });
    setTheirs(null);
    setJustSaved(true);
    onSaved?.();
  }

  /** Keep my text, now based on their version: the next save replaces theirs, knowingly. */
  function keepMine(other: Theirs) {
    setSaved({ text: other.text, version: other.version });
    setTheirs(null);
  }

  function takeTheirs(other: Theirs) {
    setDraft(other.text);
    setSaved(other);
    setTheirs(null);
  }

  const otherError = error && !error.graphQLErrors.some((e) => e.extensions?.code === 'CONFLICT' && typeof e.extensions.currentVersion === 'number');

  return (
    <div className="draft-editor">
      <div className="draft-head">
        <label htmlFor={`${id}-text`}>{label}</label>
        <span className="muted">{t('minutes.version', { version: saved.version })}</span>
        <button type="button" className="secondary" aria-pressed={preview} onClick={() => setPreview(!preview)}>
          {t('minutes.preview')}
        </button>
      </div>
      {preview ? (
        <div className="composer-preview">{draft.trim() ? <Markdown>{draft}</Markdown> : <p className="muted">{t('minutes.nothingYet')}</p>}</div>
      ) : (
        <textarea
          id={`${id}-text`}
          rows={rows}
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            setJustSaved(false);
          }}
        />
      )}
      {theirs && (
        <div className="conflict" role="alert">
          <p>
            <strong>{t('minutes.conflict.title')}</strong> {t('minutes.conflict.explain', { version: theirs.version })}
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
      <div className="button-row">
        <button type="button" disabled={fetching || !dirty || Boolean(theirs)} onClick={() => void submit()}>
          {t('minutes.save')}
        </button>
        <span role="status" className="muted">
          {justSaved ? t('minutes.saved') : dirty ? t('minutes.unsaved') : ''}
        </span>
      </div>
      {otherError && <FormError error={error} />}
    </div>
  );
}
