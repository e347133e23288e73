import { Action, MIN_CONSULTATION_DAYS, SubjectType, type ReportKind } from '@ogp-forum/domain';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../components/FormError';
import { QueryError } from '../../components/states';
import { useAuth } from '../../lib/auth';
import { forumToday, useFormatDate } from '../../lib/format';
import { Thread } from '../discussion/Thread';
import { OpenReportConsultationMutation, ReportConsultationQuery, type Consultation } from './report-documents';

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The draft report open for public comment: its period, the live thread, and the secretariat's form to open it. */
export function ConsultationSection({ planId, kind }: { planId: string; kind: ReportKind }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const formatDate = useFormatDate();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ReportConsultationQuery,
    variables: { planId, kind },
    requestPolicy: 'cache-and-network',
  });
  const consultation = data?.reportConsultation ?? null;
  const today = forumToday();
  const state = !consultation ? null : consultation.open ? 'open' : today < consultation.opensOn ? 'upcoming' : 'closed';
  const period = consultation && { opensOn: formatDate(consultation.opensOn), closesOn: formatDate(consultation.closesOn), count: consultation.commentCount };

  return (
    <section aria-labelledby="public-comment" id="public-comment-section">
      <h2 id="public-comment">{t('report.consultation.title')}</h2>
      {error && <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <p className="state">{t('state.loading')}</p>}
      {data && !consultation && <p>{t('report.consultation.none')}</p>}
      {period && <p>{t(`report.consultation.${state}`, period)}</p>}
      {auth.can(Action.OPEN_REPORT_CONSULTATION) && <OpenForm planId={planId} kind={kind} consultation={consultation} onOpened={() => refetch({ requestPolicy: 'network-only' })} />}
      {consultation && (
        <Thread
          subject={{ subjectType: SubjectType.REPORT, subjectId: consultation.id }}
          title={t('report.consultation.thread')}
          closed={consultation.open ? undefined : t('report.consultation.closedNotice', period!)}
        />
      )}
    </section>
  );
}

function OpenForm({ planId, kind, consultation, onOpened }: { planId: string; kind: ReportKind; consultation: Consultation | null; onOpened: () => void }) {
  const { t } = useTranslation();
  const [opensOn, setOpensOn] = useState(consultation?.opensOn ?? forumToday());
  const [closesOn, setClosesOn] = useState(consultation?.closesOn ?? addDays(forumToday(), MIN_CONSULTATION_DAYS - 1));
  const [saved, setSaved] = useState(false);
  const [{ fetching, error }, open] = useMutation(OpenReportConsultationMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const result = await open({ input: { planId, kind, opensOn, closesOn } });
    if (!result.error) {
      setSaved(true);
      onOpened();
    }
  }

  return (
    <form className="form" onSubmit={submit} aria-labelledby="open-consultation">
      <h3 id="open-consultation">{consultation ? t('report.consultation.change') : t('report.consultation.openTitle')}</h3>
      <p className="hint">{t('report.consultation.hint', { days: MIN_CONSULTATION_DAYS })}</p>
      <div className="form-grid">
        <label>
          {t('report.consultation.opensOn')}
          <input type="date" required value={opensOn} onChange={(e) => setOpensOn(e.target.value)} />
        </label>
        <label>
          {t('report.consultation.closesOn')}
          <input type="date" required min={opensOn} value={closesOn} onChange={(e) => setClosesOn(e.target.value)} />
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" disabled={fetching}>
          {consultation ? t('report.consultation.saveDates') : t('report.consultation.submit')}
        </button>
        <span role="status" className="muted">
          {saved ? t('report.consultation.saved') : ''}
        </span>
      </div>
      <FormError error={error} />
    </form>
  );
}
