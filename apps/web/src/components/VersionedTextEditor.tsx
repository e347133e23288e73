import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { FormError } from './FormError';
import { Markdown } from './Markdown';

export interface VersionedText {
  text: string;
  version: number;
}

/** What one save came back with: the saved text and version, or the error (a CONFLICT among others). */
export interface SaveAttempt {
  saved?: VersionedText | null;
  error?: CombinedError;
}

/** i18n keys for the words that differ between documents; the rest is shared. */
export interface VersionedTextMessages {
  save: string;
  conflictTitle: string;
  /** Receives {{version}}, their version. */
  conflictExplain: string;
  /** Shown beside "your text" when their text sits beside it rather than below. */
  yourText?: string;
  /** Shown when the api answers CONFLICT with extensions.frozen: the text is final. */
  frozen?: string;
}

interface Props {
  label: string;
  /** The text and version as last fetched; they change when someone saves and the page refetches. */
  current: VersionedText;
  /** Saves `text` as edited from `baseVersion`; the api answers CONFLICT when someone saved in between. */
  save: (text: string, baseVersion: number) => Promise<SaveAttempt>;
  messages: VersionedTextMessages;
  rows?: number;
  /**
   * When a newer version arrives while there are unsaved edits: show it at once to merge (true), or let the next save
   * meet it as a CONFLICT (false, for a page that tells the user some other way, see `notice`).
   */
  showNewerAtOnce?: boolean;
  /** Their text beside yours instead of below it. */
  sideBySide?: boolean;
  /** A status of the page's own, shown under the text, e.g. who saved elsewhere. */
  notice?: (state: { dirty: boolean; conflicted: boolean; baseVersion: number }) => ReactNode;
  onSaved?: () => void;
  onFrozen?: () => void;
}

/** The CONFLICT of a save, as the api describes it: their version and text, or that the text is frozen. */
function conflictOf(error: CombinedError | undefined): { theirs?: VersionedText; frozen?: boolean } | null {
  const conflict = error?.graphQLErrors.find((e) => e.extensions?.code === 'CONFLICT');
  if (!conflict) return null;
  if (conflict.extensions.frozen) return { frozen: true };
  const version = conflict.extensions.currentVersion;
  if (typeof version === 'number') return { theirs: { text: String(conflict.extensions.currentText ?? ''), version } };
  return null;
}

/**
 * One shared, versioned Markdown text. Each save names the version it was edited from; when someone saved in between,
 * their text is shown beside ours to merge by hand: nothing is ever overwritten silently.
 */
export function VersionedTextEditor({ label, current, save, messages, rows = 6, showNewerAtOnce = false, sideBySide = false, notice, onSaved, onFrozen }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(current.text);
  const [base, setBase] = useState<VersionedText>(current);
  const [theirs, setTheirs] = useState<VersionedText | null>(null);
  const [frozen, setFrozen] = useState(false);
  const [preview, setPreview] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  // Our own save comes back through the refetch too; it is not news while the save is in flight.
  const saving = useRef(false);
  const dirty = draft !== base.text;

  // A newer version arrived: take it when there is nothing unsaved, otherwise show it if asked to.
  useEffect(() => {
    if (saving.current || current.version <= base.version) return;
    if (!dirty) {
      setDraft(current.text);
      setBase({ text: current.text, version: current.version });
      setTheirs(null);
    } else if (showNewerAtOnce && current.text !== draft) {
      setTheirs({ text: current.text, version: current.version });
    }
    // Only news from the server matters here, not each keystroke.
  }, [current.text, current.version]);

  const canSave = !busy && dirty && !theirs && !frozen;

  async function submit() {
    saving.current = true;
    setBusy(true);
    setJustSaved(false);
    setError(undefined);
    const result = await save(draft, base.version).finally(() => {
      saving.current = false;
      setBusy(false);
    });
    const conflict = conflictOf(result.error);
    if (conflict?.frozen) {
      setFrozen(true);
      onFrozen?.();
      return;
    }
    if (conflict?.theirs) {
      setTheirs(conflict.theirs);
      return;
    }
    if (result.error || !result.saved) {
      setError(result.error);
      return;
    }
    setBase(result.saved);
    setTheirs(null);
    setJustSaved(true);
    onSaved?.();
  }

  /** Keep my text, now based on their version: the next save replaces theirs, knowingly. */
  function keepMine(other: VersionedText) {
    setBase(other);
    setTheirs(null);
  }

  function takeTheirs(other: VersionedText) {
    setDraft(other.text);
    setBase(other);
    setTheirs(null);
  }

  const editor = preview ? (
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
  );

  const conflictPanel = theirs && (
    <div className="conflict" role="alert">
      <p>
        <strong>{t(messages.conflictTitle)}</strong> {t(messages.conflictExplain, { version: theirs.version })}
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
  );

  return (
    <div className="draft-editor">
      <div className="draft-head">
        <label htmlFor={`${id}-text`}>{label}</label>
        <span className="muted">{t('minutes.version', { version: base.version })}</span>
        <button type="button" className="secondary" aria-pressed={preview} onClick={() => setPreview(!preview)}>
          {t('minutes.preview')}
        </button>
      </div>
      {sideBySide ? (
        <div className={theirs ? 'side-by-side' : undefined}>
          <div>
            {theirs && messages.yourText && <p className="muted">{t(messages.yourText)}</p>}
            {editor}
          </div>
          {conflictPanel}
        </div>
      ) : (
        <>
          {editor}
          {conflictPanel}
        </>
      )}
      {notice?.({ dirty, conflicted: Boolean(theirs), baseVersion: base.version })}
      {frozen && messages.frozen && (
        <p className="form-error" role="alert">
          {t(messages.frozen)}
        </p>
      )}
      <div className="button-row">
        {/* aria-disabled, not disabled: a disabled button drops the focus to <body> the moment a save succeeds. */}
        <button type="button" aria-disabled={!canSave} onClick={() => canSave && void submit()}>
          {t(messages.save)}
        </button>
        <span role="status" className="muted">
          {justSaved ? t('minutes.saved') : dirty ? t('minutes.unsaved') : ''}
        </span>
      </div>
      {error && <FormError error={error} />}
    </div>
  );
}
