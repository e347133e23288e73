import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../components/FormError';
import { TableScroll } from '../../components/TableScroll';
import { useFormatDate } from '../../lib/format';
import { SaveDraftMilestonesMutation, type DraftMilestone, type DraftSection } from './co-creation-documents';

/** The milestones of a draft commitment as a table: what, from when, until when. */
export function DraftMilestonesTable({ section }: { section: DraftSection }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const list = section.milestones;
  if (!list || (list.milestones.length === 0 && list.problems.length === 0)) return <p className="muted">{t('minutes.nothingYet')}</p>;
  return (
    <>
      {list.milestones.length > 0 && (
        <TableScroll label={t('draft.sections.MILESTONES')}>
          <table className="milestone-table">
            <caption className="visually-hidden">{t('draft.sections.MILESTONES')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('draft.milestones.title')}</th>
                <th scope="col">{t('draft.milestones.start')}</th>
                <th scope="col">{t('draft.milestones.end')}</th>
              </tr>
            </thead>
            <tbody>
              {list.milestones.map((milestone, index) => (
                <tr key={index}>
                  <td>{milestone.title}</td>
                  <td>
                    <time dateTime={milestone.start}>{formatDate(milestone.start)}</time>
                  </td>
                  <td>
                    <time dateTime={milestone.end}>{formatDate(milestone.end)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {list.problems.length > 0 && (
        <div className="notice">
          <p>{t('draft.milestones.unreadable')}</p>
          <ul>
            {list.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

const blank = (): DraftMilestone => ({ title: '', start: '', end: '' });

/**
 * Co-drafters edit the milestones in a form, one row each with a title and two dates; the api writes them into the
 * section as the list adoption reads, keeping its versions and its CONFLICT when someone saved in between.
 */
export function DraftMilestonesEditor({ section, onSaved }: { section: DraftSection; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [rows, setRows] = useState<DraftMilestone[]>(() => section.milestones?.milestones ?? []);
  const [baseVersion, setBaseVersion] = useState(section.version);
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState(false);
  const [result, save] = useMutation(SaveDraftMilestonesMutation);
  const conflict = result.error?.graphQLErrors.some((error) => error.extensions?.code === 'CONFLICT');

  // A newer version saved elsewhere replaces the rows, unless this form holds unsaved changes.
  useEffect(() => {
    if (dirty) return;
    setRows(section.milestones?.milestones ?? []);
    setBaseVersion(section.version);
  }, [section.version, section.milestones, dirty]);

  function change(index: number, patch: Partial<DraftMilestone>) {
    setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
    setDirty(true);
    setSaved(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await save({ input: { sectionId: section.id, baseVersion, milestones: rows.map((row) => ({ title: row.title.trim(), start: row.start, end: row.end })) } });
    if (answer.error) return;
    setDirty(false);
    setSaved(true);
    onSaved();
  }

  /** After a CONFLICT: take the version saved meanwhile and drop this form's changes. */
  function takeTheirs() {
    setDirty(false);
    onSaved();
  }

  return (
    <form className="form milestones-form" onSubmit={submit} aria-labelledby={`${id}-legend`}>
      <p id={`${id}-legend`} className="visually-hidden">
        {t('draft.milestones.formLabel')}
      </p>
      {section.milestones && section.milestones.problems.length > 0 && (
        <p className="hint">{t('draft.milestones.unreadableInForm', { count: section.milestones.problems.length })}</p>
      )}
      <ol className="draft-milestone-rows">
        {rows.map((row, index) => (
          <li key={index} className="draft-milestone-row">
            <label className="draft-milestone-title">
              {t('draft.milestones.rowTitle', { number: index + 1 })}
              <input required maxLength={300} value={row.title} onChange={(e) => change(index, { title: e.target.value })} />
            </label>
            <label>
              {t('draft.milestones.rowStart', { number: index + 1 })}
              <input type="date" required value={row.start} onChange={(e) => change(index, { start: e.target.value })} />
            </label>
            <label>
              {t('draft.milestones.rowEnd', { number: index + 1 })}
              <input type="date" required min={row.start || undefined} value={row.end} onChange={(e) => change(index, { end: e.target.value })} />
            </label>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setRows(rows.filter((_, i) => i !== index));
                setDirty(true);
              }}
            >
              {t('draft.milestones.remove', { number: index + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setRows([...rows, blank()]);
            setDirty(true);
          }}
        >
          {t('draft.milestones.add')}
        </button>
        <button type="submit" disabled={result.fetching || !dirty}>
          {t('draft.milestones.save')}
        </button>
      </div>
      {conflict ? (
        <div className="notice" role="alert">
          <p>{t('draft.milestones.conflict')}</p>
          <button type="button" className="secondary" onClick={takeTheirs}>
            {t('draft.milestones.takeTheirs')}
          </button>
        </div>
      ) : (
        <FormError error={result.error} />
      )}
      {saved && !dirty && (
        <p className="hint" role="status">
          {t('draft.milestones.saved', { version: section.version })}
        </p>
      )}
    </form>
  );
}
