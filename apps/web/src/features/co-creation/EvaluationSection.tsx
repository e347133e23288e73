import { Action, EVALUATION_CRITERIA, SCORE_MAX, SCORE_MIN, Sector, type EvaluationCriterion } from '@ogp-forum/domain';
import { FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../components/FormError';
import { TableScroll } from '../../components/TableScroll';
import { useAuth } from '../../lib/auth';
import { EvaluateProposalMutation, type ProposalDetail, type ScoreAverages, type Scores } from './co-creation-documents';

const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);

/** Members score a proposal; everyone's scores show once they have scored it themselves or the review is closed. */
export function EvaluationSection({ proposal, onChanged }: { proposal: ProposalDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const auth = useAuth();
  if (!auth.can(Action.READ_MEMBER_CONTENT)) return null;
  const mayScore = proposal.mayEvaluate;
  const mine = proposal.myEvaluation;
  // Scored before one's organisation came to back it: kept, shown, but said not to count.
  const notCounting = mine !== null && !mine.counts;
  if (!mayScore && !proposal.evaluations && !notCounting) return null;

  return (
    <section aria-labelledby="evaluation-heading">
      <h2 id="evaluation-heading">{t('evaluation.title')}</h2>
      {notCounting && (
        <p className="notice" data-testid="my-score-not-counting">
          {t('evaluation.myScoreNotCounting', { feasibility: mine.feasibility, specificity: mine.specificity, urgency: mine.urgency, relevance: mine.relevance })}
        </p>
      )}
      {mayScore && <EvaluationForm proposal={proposal} onChanged={onChanged} />}
      {proposal.evaluations === null ? (
        <p className="notice">{t('evaluation.hiddenUntilScored')}</p>
      ) : (
        <>
          {proposal.evaluationSummary && <SummaryTable summary={proposal.evaluationSummary} />}
          <EvaluationsTable evaluations={proposal.evaluations} />
        </>
      )}
    </section>
  );
}

function EvaluationForm({ proposal, onChanged }: { proposal: ProposalDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const mine = proposal.myEvaluation;
  const [scores, setScores] = useState<Partial<Scores>>(mine ? { feasibility: mine.feasibility, specificity: mine.specificity, urgency: mine.urgency, relevance: mine.relevance } : {});
  const [note, setNote] = useState(mine?.note ?? '');
  const [saved, setSaved] = useState(false);
  const [{ fetching, error }, evaluate] = useMutation(EvaluateProposalMutation);
  const complete = EVALUATION_CRITERIA.every((criterion) => scores[criterion] !== undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!complete) return;
    setSaved(false);
    // `complete`: every criterion has its score.
    const result = await evaluate({ input: { proposalId: proposal.id, ...(scores as Scores), note } });
    if (result.error) return;
    setSaved(true);
    onChanged();
  }

  return (
    <form className="form evaluation-form" onSubmit={submit}>
      <p className="hint" id={`${id}-scale`}>
        {t('evaluation.scale')}
      </p>
      <div className="form-grid">
        {EVALUATION_CRITERIA.map((criterion: EvaluationCriterion) => (
          <fieldset key={criterion} aria-describedby={`${id}-scale`}>
            <legend>{t(`evaluation.criteria.${criterion}`)}</legend>
            <div className="score-radios">
              {SCORES.map((score) => (
                <label key={score} className="checkbox">
                  <input
                    type="radio"
                    name={`${id}-${criterion}`}
                    value={score}
                    required
                    checked={scores[criterion] === score}
                    onChange={() => setScores({ ...scores, [criterion]: score })}
                  />
                  <span aria-label={t('evaluation.scoreLabel', { score, criterion: t(`evaluation.criteria.${criterion}`) })}>{score}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      <label>
        {t('evaluation.note')}
        <textarea rows={2} maxLength={5000} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="button-row">
        <button type="submit" disabled={fetching || !complete}>
          {mine ? t('evaluation.update') : t('evaluation.submit')}
        </button>
        <span role="status" className="muted">
          {saved ? t('evaluation.saved') : ''}
        </span>
      </div>
      <FormError error={error} />
    </form>
  );
}

const average = (value: number | null) => (value === null ? '—' : value.toFixed(1));

function SummaryTable({ summary }: { summary: NonNullable<ProposalDetail['evaluationSummary']> }) {
  const { t } = useTranslation();
  const rows: { label: string; scores: ScoreAverages }[] = [
    ...Object.values(Sector).map((sector) => ({
      label: t(`evaluation.sectors.${sector}`),
      scores: summary.bySector.find((s) => s.sector === sector) ?? { evaluators: 0, feasibility: null, specificity: null, urgency: null, relevance: null },
    })),
    { label: t('evaluation.sectors.ALL'), scores: summary.all },
  ];
  return (
    <TableScroll labelledBy="evaluation-averages">
      <table className="evaluation-summary">
        <caption id="evaluation-averages">{t('evaluation.averages')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('evaluation.sector')}</th>
            <th scope="col">{t('evaluation.evaluators')}</th>
            {EVALUATION_CRITERIA.map((criterion) => (
              <th key={criterion} scope="col">
                {t(`evaluation.criteria.${criterion}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.scores.evaluators}</td>
              {EVALUATION_CRITERIA.map((criterion) => (
                <td key={criterion}>{average(row.scores[criterion])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function EvaluationsTable({ evaluations }: { evaluations: NonNullable<ProposalDetail['evaluations']> }) {
  const { t } = useTranslation();
  if (evaluations.length === 0) return <p className="muted">{t('evaluation.none')}</p>;
  return (
    <TableScroll labelledBy="evaluation-all">
      <table>
        <caption id="evaluation-all">{t('evaluation.all')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('evaluation.evaluator')}</th>
            {EVALUATION_CRITERIA.map((criterion) => (
              <th key={criterion} scope="col">
                {t(`evaluation.criteria.${criterion}`)}
              </th>
            ))}
            <th scope="col">{t('evaluation.note')}</th>
          </tr>
        </thead>
        <tbody>
          {evaluations.map((evaluation) => (
            <tr key={evaluation.evaluator.id}>
              <th scope="row">{evaluation.evaluator.displayName}</th>
              {EVALUATION_CRITERIA.map((criterion) => (
                <td key={criterion}>{evaluation[criterion]}</td>
              ))}
              <td>{evaluation.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
