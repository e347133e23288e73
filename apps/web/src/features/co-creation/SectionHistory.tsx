import { FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { TableScroll } from '../../components/TableScroll';
import { QueryError } from '../../components/states';
import { DraftSectionDiffQuery, type DiffPart, type DraftSection } from './co-creation-documents';

/** Every saved version of a section, and the word-by-word changes between any two of them. */
export function SectionHistory({ section }: { section: DraftSection }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const versions = section.history;
  const [from, setFrom] = useState(versions[1]?.version ?? versions[0]?.version ?? 1);
  const [to, setTo] = useState(versions[0]?.version ?? 1);
  const [compared, setCompared] = useState<{ from: number; to: number } | null>(null);
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  function compare(event: FormEvent) {
    event.preventDefault();
    setCompared({ from: Math.min(from, to), to: Math.max(from, to) });
  }

  return (
    <details className="history">
      <summary>{t('draft.history.title', { count: versions.length })}</summary>
      <TableScroll labelledBy={`${id}-caption`}>
        <table>
          <caption id={`${id}-caption`} className="visually-hidden">{t('draft.history.title', { count: versions.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('draft.history.version')}</th>
              <th scope="col">{t('draft.history.author')}</th>
              <th scope="col">{t('draft.history.date')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.version}>
                <th scope="row">{version.version}</th>
                <td>{version.author?.displayName ?? t('thread.unknown')}</td>
                <td>
                  <time dateTime={version.createdAt}>{time.format(new Date(version.createdAt))}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {versions.length > 1 && (
        <form className="form form-grid" onSubmit={compare} aria-label={t('draft.history.compare')}>
          <label>
            {t('draft.history.from')}
            <select value={from} onChange={(e) => setFrom(Number(e.target.value))}>
              {versions.map((v) => (
                <option key={v.version} value={v.version}>
                  {v.version}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('draft.history.to')}
            <select value={to} onChange={(e) => setTo(Number(e.target.value))}>
              {versions.map((v) => (
                <option key={v.version} value={v.version}>
                  {v.version}
                </option>
              ))}
            </select>
          </label>
          <div className="form-actions">
            <button type="submit" disabled={from === to}>
              {t('draft.history.compare')}
            </button>
          </div>
        </form>
      )}
      {compared && <Diff key={`${id}-${compared.from}-${compared.to}`} sectionId={section.id} {...compared} />}
    </details>
  );
}

function Diff({ sectionId, from, to }: { sectionId: string; from: number; to: number }) {
  const { t } = useTranslation();
  const [{ data, error }, refetch] = useQuery({
    query: DraftSectionDiffQuery,
    variables: { sectionId, fromVersion: from, toVersion: to },
  });
  if (error) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return null;
  return (
    <figure className="diff">
      <figcaption>{t('draft.history.changes', { from, to })}</figcaption>
      <p className="diff-text" data-testid="diff">
        {data.draftSectionDiff.map((part, index) =>
          part.change === 'ADDED' ? (
            <ins key={index}>
              <span className="visually-hidden">[{t('draft.history.added')}: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </ins>
          ) : part.change === 'REMOVED' ? (
            <del key={index}>
              <span className="visually-hidden">[{t('draft.history.removed')}: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </del>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </p>
    </figure>
  );
}
