import { ActionPlanStatus, commitmentCode, DraftSectionKey, parseMilestoneList } from '@ogp-forum/domain';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../components/FormError';
import { Loading, QueryError } from '../../components/states';
import { useFormatDate, useLocalized } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { AdoptActionPlanMutation, AdoptionQuery, type AdoptionData, type DraftForAdoption } from './plan-documents';

interface ThemeRow {
  key: number;
  title: string;
  titleKo: string;
}

interface Choice {
  adopt: boolean;
  /** Index into the themes, whose position is index + 1. */
  theme: number;
  reason: string;
  start: string;
  end: string;
  summary: string;
}

/**
 * The secretariat adopts the co-created plan: names its themes, puts each signed-off draft under one (the order here is
 * the order of the codes) or leaves it out with a reason that is published. The api checks everything again in one go.
 */
export function AdoptPlanPage() {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AdoptionQuery, variables: { planId }, requestPolicy: 'cache-and-network' });
  usePageTitle(data ? t('adoption.pageTitle', { plan: localized(data.actionPlan.title, data.actionPlan.titleKo) }) : t('adoption.title'));

  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return null;
  const plan = data.actionPlan;
  return (
    <>
      <nav aria-label={t('adoption.breadcrumb')} className="breadcrumb">
        <Link to={`/plans/${plan.id}`}>{localized(plan.title, plan.titleKo)}</Link> › <Link to={`/plans/${plan.id}/co-creation`}>{t('coCreation.title', { number: plan.number })}</Link>
      </nav>
      <h1>{t('adoption.title')}</h1>
      {plan.status !== ActionPlanStatus.CO_CREATION ? (
        <p className="state">{t('adoption.alreadyAdopted', { status: t(`planStatus.${plan.status}`) })}</p>
      ) : data.draftCommitments.length === 0 ? (
        <p className="state">{t('adoption.noDrafts')}</p>
      ) : (
        <AdoptionForm data={data} />
      )}
    </>
  );
}

function AdoptionForm({ data }: { data: AdoptionData }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const plan = data.actionPlan;
  const [themes, setThemes] = useState<ThemeRow[]>([{ key: 1, title: '', titleKo: '' }]);
  const [choices, setChoices] = useState<Record<string, Choice>>(() =>
    Object.fromEntries(data.draftCommitments.map((draft) => [draft.id, { adopt: draft.frozen, theme: 0, reason: '', start: plan.periodStart, end: plan.periodEnd, summary: '' }])),
  );
  const [{ fetching, error }, adopt] = useMutation(AdoptActionPlanMutation);
  const problems = (error?.graphQLErrors[0]?.extensions?.problems as string[] | undefined) ?? [];

  const change = (draftId: string, patch: Partial<Choice>) => setChoices((current) => ({ ...current, [draftId]: { ...current[draftId], ...patch } }));
  const setTheme = (index: number, patch: Partial<ThemeRow>) => setThemes((current) => current.map((theme, i) => (i === index ? { ...theme, ...patch } : theme)));
  const removeTheme = (index: number) => {
    setThemes((current) => current.filter((_, i) => i !== index));
    // Drafts under a later theme keep their theme as the positions close up.
    setChoices((current) => Object.fromEntries(Object.entries(current).map(([id, choice]) => [id, { ...choice, theme: choice.theme > index ? choice.theme - 1 : choice.theme === index ? 0 : choice.theme }])));
  };

  /** The code each adopted draft will get: the order on this page within its theme. */
  const codes = new Map<string, string>();
  const counts = new Map<number, number>();
  for (const draft of data.draftCommitments) {
    const choice = choices[draft.id];
    if (!choice.adopt || !themes[choice.theme]) continue;
    const index = counts.get(choice.theme) ?? 0;
    counts.set(choice.theme, index + 1);
    if (index < 26) codes.set(draft.id, commitmentCode(choice.theme + 1, index));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      themes: themes.map((theme, index) => ({ position: index + 1, title: theme.title.trim(), titleKo: theme.titleKo.trim() || null })),
      commitments: data.draftCommitments
        .filter((draft) => choices[draft.id].adopt)
        .map((draft) => {
          const choice = choices[draft.id];
          return { draftCommitmentId: draft.id, themePosition: choice.theme + 1, start: choice.start || null, end: choice.end || null, summary: choice.summary.trim() || null };
        }),
      leftOut: data.draftCommitments.filter((draft) => !choices[draft.id].adopt).map((draft) => ({ draftCommitmentId: draft.id, reason: choices[draft.id].reason.trim() })),
    };
    const result = await adopt({ planId: plan.id, input });
    if (result.data) navigate(`/plans/${plan.id}`, { state: { adopted: true } });
  }

  return (
    <form className="form" onSubmit={submit} aria-describedby="adoption-intro">
      <p id="adoption-intro" className="lead">
        {t('adoption.intro')}
      </p>
      <fieldset>
        <legend>{t('adoption.themes')}</legend>
        <ol className="plain-list adoption-themes">
          {themes.map((theme, index) => (
            <li key={theme.key} className="form-grid">
              <label>
                {t('adoption.themeTitle', { position: index + 1 })}
                <input required minLength={3} maxLength={300} value={theme.title} onChange={(e) => setTheme(index, { title: e.target.value })} />
              </label>
              <label>
                {t('adoption.themeTitleKo', { position: index + 1 })}
                <input lang="ko" maxLength={300} value={theme.titleKo} onChange={(e) => setTheme(index, { titleKo: e.target.value })} />
              </label>
              {themes.length > 1 && (
                <button type="button" className="secondary" onClick={() => removeTheme(index)}>
                  {t('adoption.removeTheme', { position: index + 1 })}
                </button>
              )}
            </li>
          ))}
        </ol>
        <button type="button" className="secondary" onClick={() => setThemes((current) => [...current, { key: Math.max(...current.map((x) => x.key)) + 1, title: '', titleKo: '' }])}>
          {t('adoption.addTheme')}
        </button>
      </fieldset>

      <h2>{t('adoption.drafts', { count: data.draftCommitments.length })}</h2>
      <ol className="plain-list">
        {data.draftCommitments.map((draft) => (
          <DraftChoice key={draft.id} draft={draft} choice={choices[draft.id]} code={codes.get(draft.id)} themes={themes} onChange={(patch) => change(draft.id, patch)} />
        ))}
      </ol>

      {problems.length > 0 && (
        <div className="form-error" role="alert">
          <p>{t('adoption.problems')}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {problems.length === 0 && <FormError error={error} />}
      <div className="form-actions">
        <button type="submit" disabled={fetching}>
          {t('adoption.submit')}
        </button>
      </div>
    </form>
  );
}

function DraftChoice({ draft, choice, code, themes, onChange }: { draft: DraftForAdoption; choice: Choice; code?: string; themes: ThemeRow[]; onChange: (patch: Partial<Choice>) => void }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const localized = useLocalized();
  const milestonesText = draft.sections.find((section) => section.key === DraftSectionKey.MILESTONES)?.text ?? '';
  const { milestones, problems } = parseMilestoneList(milestonesText, choice.start);
  const headingId = `draft-${draft.id}`;
  return (
    <li className="card">
      <fieldset aria-labelledby={headingId}>
        <h3 id={headingId}>
          {code && <span className="code">{code} </span>}
          <Link to={`/draft-commitments/${draft.id}`}>{draft.title}</Link>
        </h3>
        <p className="entry-meta">
          {localized(draft.leadOrganization.name, draft.leadOrganization.nameKo)} · {draft.frozen ? t('adoption.signedOff') : t('adoption.notSignedOff')}
        </p>
        <div className="choice-row" role="radiogroup" aria-label={t('adoption.decision', { title: draft.title })}>
          <label className="inline">
            <input type="radio" name={`choice-${draft.id}`} checked={choice.adopt} onChange={() => onChange({ adopt: true })} />
            {t('adoption.adopt')}
          </label>
          <label className="inline">
            <input type="radio" name={`choice-${draft.id}`} checked={!choice.adopt} onChange={() => onChange({ adopt: false })} />
            {t('adoption.leaveOut')}
          </label>
        </div>
        {choice.adopt ? (
          <div className="form-grid">
            <label>
              {t('adoption.theme')}
              <select value={choice.theme} onChange={(e) => onChange({ theme: Number(e.target.value) })}>
                {themes.map((theme, index) => (
                  <option key={theme.key} value={index}>
                    {index + 1}. {theme.title || t('adoption.untitledTheme')}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('adoption.start')}
              <input type="date" required value={choice.start} onChange={(e) => onChange({ start: e.target.value })} />
            </label>
            <label>
              {t('adoption.end')}
              <input type="date" required value={choice.end} onChange={(e) => onChange({ end: e.target.value })} />
            </label>
            <label className="span-all">
              {t('adoption.summary')}
              <input maxLength={1000} value={choice.summary} onChange={(e) => onChange({ summary: e.target.value })} />
            </label>
            <div className="span-all">
              <h4>{t('adoption.milestones')}</h4>
              {milestones.length > 0 && (
                <ul>
                  {milestones.map((milestone) => (
                    <li key={milestone.title + milestone.end}>
                      {milestone.title} — {formatDate(milestone.start)} – {formatDate(milestone.end)}
                    </li>
                  ))}
                </ul>
              )}
              {milestones.length === 0 && problems.length === 0 && <p className="hint">{t('adoption.noMilestones')}</p>}
              {problems.length > 0 && (
                <ul className="hint warning">
                  {problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        ) : (
          <label>
            {t('adoption.reason')}
            <textarea required minLength={10} maxLength={2000} rows={3} value={choice.reason} onChange={(e) => onChange({ reason: e.target.value })} />
            <span className="hint">{t('adoption.reasonHint')}</span>
          </label>
        )}
      </fieldset>
    </li>
  );
}
