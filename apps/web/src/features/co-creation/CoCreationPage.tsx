import { Action, ActionPlanStatus, CoCreationPhase, ProposalStatus } from '@ogp-forum/domain';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { Loading, QueryError } from '../../components/states';
import { useAuth } from '../../lib/auth';
import { useFormatDate, useLocalized } from '../../lib/format';
import { CalendarForm } from './CalendarForm';
import { CoCreationChooser } from './CoCreationChooser';
import { ProposalStatusBadge, SampleAttributionNote, SpecificityBadge } from './badges';
import { CoCreationPlansQuery, CoCreationQuery, type CoCreationPlan, type ProposalCard } from './co-creation-documents';
import { usePageTitle } from '../../lib/page-title';

/** The board's sections, in the order a proposal moves; drafts are the reader's own (or their organisation's). */
const BOARD: ProposalStatus[] = [
  ProposalStatus.DRAFT,
  ProposalStatus.SUBMITTED,
  ProposalStatus.UNDER_REVIEW,
  ProposalStatus.SELECTED,
  ProposalStatus.MERGED,
  ProposalStatus.PARKED,
  ProposalStatus.DECLINED,
  ProposalStatus.WITHDRAWN,
];

/** The phases of the calendar with the date each one ends on (the call also has its opening date). */
const PHASES: { phase: CoCreationPhase; from?: keyof CoCreationPlan; until: keyof CoCreationPlan }[] = [
  { phase: CoCreationPhase.OPEN_CALL, from: 'callOpensOn', until: 'callClosesOn' },
  { phase: CoCreationPhase.REVIEW, until: 'reviewClosesOn' },
  { phase: CoCreationPhase.DRAFTING, until: 'draftingClosesOn' },
  { phase: CoCreationPhase.SIGN_OFF, until: 'dueOn' },
];

/** The "Co-creation" entry of the navigation: the plan in co-creation (a choice when there are several), else the register of the latest plan. */
export function CoCreationEntry() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: CoCreationPlansQuery });
  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  const plans = data?.actionPlans ?? [];
  const open = plans.filter((plan) => plan.status === ActionPlanStatus.CO_CREATION);
  if (open.length > 1) return <CoCreationChooser plans={open} />;
  if (open.length === 1) return <Navigate to={`/plans/${open[0].id}/co-creation`} replace />;
  const latest = [...plans].sort((a, b) => b.number - a.number)[0];
  return <Navigate to={latest ? `/plans/${latest.id}/register` : '/plans'} replace />;
}

export function CoCreationPage() {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const auth = useAuth();
  const localized = useLocalized();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CoCreationQuery,
    variables: { planId },
    requestPolicy: 'cache-and-network',
  });
  usePageTitle(data ? t('coCreation.title', { number: data.actionPlan.number }) : null);

  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return null;
  const plan = data.actionPlan;
  const callOpen = plan.coCreationPhase === CoCreationPhase.OPEN_CALL;

  return (
    <>
      <nav aria-label={t('coCreation.breadcrumb')} className="breadcrumb">
        <Link to={`/plans/${plan.id}`}>{localized(plan.title, plan.titleKo)}</Link>
      </nav>
      <h1>{t('coCreation.title', { number: plan.number })}</h1>
      <p className="lead">{t('coCreation.intro')}</p>
      <p className="button-row">
        <Link to={`/plans/${plan.id}/register`}>{t('register.title')}</Link>
        {auth.can(Action.MANAGE_PLANS) && plan.status === ActionPlanStatus.CO_CREATION && data.draftCommitments.length > 0 && (
          <Link className="button-link" to={`/plans/${plan.id}/adopt`}>
            {t('adoption.link')}
          </Link>
        )}
      </p>

      <Calendar plan={plan} />
      {auth.can(Action.MANAGE_PLANS) && plan.status === ActionPlanStatus.CO_CREATION && <CalendarForm plan={plan} />}

      <section aria-labelledby="board-heading">
        <div className="section-head">
          <h2 id="board-heading">{t('coCreation.board')}</h2>
          {callOpen && auth.can(Action.SUBMIT_PROPOSAL) && (
            <Link className="button-link" to={`/plans/${plan.id}/proposals/new`}>
              {t('coCreation.newProposal')}
            </Link>
          )}
          {callOpen && auth.status === 'anonymous' && <span className="muted">{t('coCreation.signInToPropose')}</span>}
        </div>
        {data.proposals.length === 0 && <p className="state">{t('coCreation.empty')}</p>}
        {data.proposals.some((proposal) => proposal.sampleAttribution) && <SampleAttributionNote />}
        <div className="board">
          {BOARD.map((status) => {
            const cards = data.proposals.filter((proposal) => proposal.status === status);
            if (cards.length === 0) return null;
            return (
              <section key={status} className="board-column" aria-labelledby={`column-${status}`}>
                <h3 id={`column-${status}`}>
                  {status === ProposalStatus.DRAFT ? t('coCreation.myDrafts') : t(`proposalStatus.${status}`)}{' '}
                  <span className="muted">({cards.length})</span>
                </h3>
                <ul className="plain-list">
                  {cards.map((proposal) => (
                    <ProposalCardItem key={proposal.id} proposal={proposal} />
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      </section>

      {data.draftCommitments.length > 0 && (
        <section aria-labelledby="drafts-heading">
          <h2 id="drafts-heading">{t('coCreation.draftCommitments')}</h2>
          <ul>
            {data.draftCommitments.map((draft) => (
              <li key={draft.id}>
                <Link to={`/draft-commitments/${draft.id}`}>{draft.title}</Link>
                {draft.frozen && <span className="badge badge-frozen"> {t('draft.frozenShort')}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {data.workingGroups.length > 0 && (
        <section aria-labelledby="groups-heading">
          <h2 id="groups-heading">{t('coCreation.workingGroups')}</h2>
          <ul>
            {data.workingGroups.map((group) => (
              <li key={group.id}>
                <Link to={`/working-groups/${group.id}`}>{group.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function ProposalCardItem({ proposal }: { proposal: ProposalCard }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  return (
    <li className="card proposal-card">
      <h4>
        <Link to={`/proposals/${proposal.id}`}>{proposal.title}</Link>
      </h4>
      <p className="entry-meta">
        {proposal.organization ? localized(proposal.organization.name, proposal.organization.nameKo) : (proposal.proposer?.displayName ?? '')}
      </p>
      {proposal.coSponsors.length > 0 && (
        <p className="entry-meta">
          {t('proposal.coSponsoredBy', { names: proposal.coSponsors.map((o) => localized(o.name, o.nameKo)).join(', ') })}
        </p>
      )}
      <p className="badges">
        <ProposalStatusBadge status={proposal.status} />
        <SpecificityBadge score={proposal.specificity.score} />
      </p>
    </li>
  );
}

function Calendar({ plan }: { plan: CoCreationPlan }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const date = (value: string | null) => (value ? formatDate(value) : t('coCreation.notSet'));
  return (
    <section aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t('coCreation.calendar')}</h2>
      {plan.coCreationPhase ? (
        <p>{t('coCreation.currentPhase', { phase: t(`coCreation.phases.${plan.coCreationPhase}`) })}</p>
      ) : (
        <p className="muted">{t('coCreation.notInCoCreation', { status: t(`planStatus.${plan.status}`) })}</p>
      )}
      <ol className="calendar">
        {PHASES.map(({ phase, from, until }) => (
          <li key={phase} aria-current={plan.coCreationPhase === phase ? 'step' : undefined} className={plan.coCreationPhase === phase ? 'current' : undefined}>
            <strong>{t(`coCreation.phases.${phase}`)}</strong>
            <span>
              {from && <>{t('coCreation.from', { date: date(plan[from] as string | null) })} </>}
              {t('coCreation.until', { date: date(plan[until] as string | null) })}
            </span>
            {phase === CoCreationPhase.SIGN_OFF && <span className="hint">{t('coCreation.ogpDue')}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
