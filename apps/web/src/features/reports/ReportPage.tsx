import { Action, Locale, ReportKind } from '@ogp-forum/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { Loading, QueryError } from '../../components/states';
import { useAuth } from '../../lib/auth';
import { LANGUAGES } from '../../lib/i18n';
import { forumToday, useFormatDate, useLocalized } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { ConsultationSection } from './ConsultationSection';
import { NarrativeEditors } from './NarrativeEditors';
import { ReportPlanQuery } from './report-documents';

const FORMATS = ['html', 'md', 'docx'] as const;

/**
 * A plan's self-assessment report: which one (end of term, or mid-term up to a date) in which language, its three
 * downloads and a preview, the sections the government and the secretariat write, and the public comment on the draft.
 * The kind is in the address (?kind=MID_TERM), so a link to the mid-term report's comments lands on it.
 */
export function ReportPage() {
  const { planId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const formatDate = useFormatDate();
  const localized = useLocalized();
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') === ReportKind.MID_TERM ? ReportKind.MID_TERM : ReportKind.END_OF_TERM;
  const [language, setLanguage] = useState(i18n.language === 'ko' ? Locale.ko : Locale.en);
  const [until, setUntil] = useState<string | null>(null);
  // Bumped after a section is saved, so the preview shows the new text.
  const [revision, setRevision] = useState(0);
  const [{ data, fetching, error }, refetch] = useQuery({ query: ReportPlanQuery, variables: { id: planId } });
  const plan = data?.actionPlan;
  usePageTitle(plan ? `${t('report.title')} · ${localized(plan.title, plan.titleKo)}` : t('report.title'));

  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!plan) return null;

  const cutOff = until ?? (forumToday() < plan.periodEnd ? (forumToday() > plan.periodStart ? forumToday() : plan.periodStart) : plan.periodEnd);
  const query = new URLSearchParams({ kind, lang: language, ...(kind === ReportKind.MID_TERM ? { until: cutOff } : {}) }).toString();
  const href = (format: string) => `/reports/plans/${plan.id}/self-assessment.${format}?${query}`;

  return (
    <>
      <nav aria-label={t('report.breadcrumb')} className="breadcrumb">
        <Link to={`/plans/${plan.id}`}>{localized(plan.title, plan.titleKo)}</Link>
      </nav>
      <h1>{t('report.title')}</h1>
      <p className="lead">{t('report.intro', { start: formatDate(plan.periodStart), end: formatDate(plan.periodEnd) })}</p>

      {plan.status === 'CO_CREATION' ? (
        <p className="state">{t('report.coCreation')}</p>
      ) : (
        <>
          <form className="form report-options" onSubmit={(e) => e.preventDefault()} aria-labelledby="report-options">
            <h2 id="report-options">{t('report.options')}</h2>
            <fieldset>
              <legend>{t('report.kind')}</legend>
              {[ReportKind.END_OF_TERM, ReportKind.MID_TERM].map((value) => (
                <label key={value} className="inline">
                  <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setParams(value === ReportKind.MID_TERM ? { kind: value } : {}, { replace: true })} />{' '}
                  {t(`report.kinds.${value}`)}
                </label>
              ))}
            </fieldset>
            <div className="form-grid">
              {kind === ReportKind.MID_TERM && (
                <label>
                  {t('report.until')}
                  <input type="date" required min={plan.periodStart} max={plan.periodEnd} value={cutOff} onChange={(e) => e.target.value && setUntil(e.target.value)} />
                </label>
              )}
              <label>
                {t('report.language')}
                <select value={language} onChange={(e) => setLanguage(e.target.value as Locale)}>
                  {LANGUAGES.map((l) => (
                    <option key={l.code} value={l.code} lang={l.code}>
                      {l.label}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          </form>

          <section aria-labelledby="downloads">
            <h2 id="downloads">{t('report.downloads')}</h2>
            <ul className="inline-links">
              {FORMATS.map((format) => (
                <li key={format}>
                  <a href={href(format)} download>
                    {t(`report.formats.${format}`)}
                  </a>
                </li>
              ))}
              <li>
                <a href={href('html')} target="_blank" rel="noopener">
                  {t('report.printable')}
                </a>
              </li>
            </ul>
          </section>

          <section aria-labelledby="preview">
            <h2 id="preview">{t('report.preview')}</h2>
            <iframe key={`${query}-${revision}`} className="report-preview" title={t('report.previewFrame')} src={href('html')} />
          </section>

          {auth.can(Action.WRITE_REPORT) && <NarrativeEditors planId={plan.id} kind={kind} locale={language} onSaved={() => setRevision((n) => n + 1)} />}
          <ConsultationSection planId={plan.id} kind={kind} />
        </>
      )}
    </>
  );
}
