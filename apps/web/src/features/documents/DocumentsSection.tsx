import { AttachmentSubjectType, canDeleteAttachment, DOCUMENT_ACCEPT, DOCUMENT_TYPES } from '@ogp-forum/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useAuth } from '../../lib/auth';
import { useFormatDate } from '../../lib/format';
import { downloadWithToken, uploadDocument, type DocumentItem } from './documents';

const DeleteAttachmentMutation = graphql(`
  mutation DeleteAttachment($id: ID!) {
    deleteAttachment(id: $id)
  }
`);

/** 1.2 MB, 340 kB: sizes as people read them. */
export function useFormatSize() {
  const { i18n } = useTranslation();
  return (bytes: number) => {
    const [value, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'megabyte'] : [Math.max(bytes / 1024, 0.1), 'kilobyte'];
    return new Intl.NumberFormat(i18n.language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
  };
}

/** One document: its name as the download link, its size, date and who attached it. */
export function DocumentLink({ document, isPrivate }: { document: DocumentItem; isPrivate?: boolean }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  if (!isPrivate) {
    return (
      <a href={document.url} download={document.name}>
        {document.name}
      </a>
    );
  }
  return (
    <>
      <button type="button" className="link-button" onClick={async () => setFailed(!(await downloadWithToken(document)))}>
        {document.name}
      </button>
      {failed && (
        <span role="alert" className="form-error">
          {' '}
          {t('documents.downloadFailed')}
        </span>
      )}
    </>
  );
}

interface Props {
  subjectType: AttachmentSubjectType;
  subjectId: string;
  documents: DocumentItem[];
  /** Whether this reader may attach documents here (canUploadAttachment with the subject's data). */
  canUpload: boolean;
  /** A draft proposal's documents are downloaded with the session's token. */
  isPrivate?: boolean;
  heading: string;
  /** Shown when there are none. */
  empty: string;
  onChanged: () => void;
}

/** A subject's documents with their download links, and the upload control for those who may attach one. */
export function DocumentsSection({ subjectType, subjectId, documents, canUpload, isPrivate, heading, empty, onChanged }: Props) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const formatDate = useFormatDate();
  const formatSize = useFormatSize();
  const headingId = useId();
  const [, deleteAttachment] = useMutation(DeleteAttachmentMutation);

  return (
    <section aria-labelledby={headingId} className="documents">
      <h2 id={headingId}>{heading}</h2>
      {documents.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="document-list">
          {documents.map((document) => (
            <li key={document.id}>
              <DocumentLink document={document} isPrivate={isPrivate} />{' '}
              <span className="meta">
                {t('documents.meta', { size: formatSize(document.size), date: formatDate(document.createdAt), name: document.uploadedBy?.displayName ?? t('documents.formerMember') })}
              </span>
              {canDeleteAttachment(user, { uploadedById: document.uploadedBy?.id ?? null }) && (
                <button
                  type="button"
                  className="link-button danger"
                  aria-label={t('documents.removeNamed', { name: document.name })}
                  onClick={async () => {
                    if (!window.confirm(t('documents.confirmRemove', { name: document.name }))) return;
                    const result = await deleteAttachment({ id: document.id });
                    if (!result.error) onChanged();
                  }}
                >
                  {t('documents.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canUpload && <UploadForm subjectType={subjectType} subjectId={subjectId} onUploaded={onChanged} />}
    </section>
  );
}

function UploadForm({ subjectType, subjectId, onUploaded }: { subjectType: AttachmentSubjectType; subjectId: string; onUploaded: () => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (progress !== null) return;
    const file = input.current?.files?.[0];
    if (!file) {
      setMessage({ kind: 'error', text: t('documents.chooseFirst') });
      input.current?.focus();
      return;
    }
    setMessage(null);
    setProgress(0);
    const outcome = await uploadDocument(file, { subjectType, subjectId }, setProgress);
    setProgress(null);
    if (outcome.ok) {
      setMessage({ kind: 'done', text: t('documents.uploaded', { name: outcome.document.name }) });
      if (input.current) input.current.value = '';
      onUploaded();
      return;
    }
    const text =
      outcome.status === 413
        ? t('documents.tooLarge', { size: outcome.maxBytes ? Math.round(outcome.maxBytes / 1024 / 1024) : 20 })
        : outcome.status === 400
          ? t('documents.refusedType', { types: DOCUMENT_TYPES.map((type) => type.label).join(', ') })
          : outcome.status === 403 || outcome.status === 404
            ? t('documents.notAllowed')
            : t('documents.failed');
    setMessage({ kind: 'error', text });
    input.current?.focus();
  }

  return (
    <form className="upload-form" onSubmit={submit} aria-busy={progress !== null}>
      <label htmlFor={inputId}>{t('documents.choose')}</label>
      <input id={inputId} ref={input} type="file" name="file" accept={DOCUMENT_ACCEPT} aria-describedby={hintId} disabled={progress !== null} />
      <p id={hintId} className="hint">
        {t('documents.hint', { types: DOCUMENT_TYPES.map((type) => type.label).join(', ') })}
      </p>
      <button type="submit" aria-disabled={progress !== null}>
        {progress !== null ? t('documents.uploading') : t('documents.upload')}
      </button>
      {progress !== null && <progress max={1} value={progress} aria-label={t('documents.progress')} />}
      {message?.kind === 'error' && (
        <p role="alert" className="form-error">
          {message.text}
        </p>
      )}
      <p role="status" className="form-status">
        {message?.kind === 'done' ? message.text : ''}
      </p>
    </form>
  );
}
