import { Action, AttachmentSubjectType, isDecided, organizationMayCoSponsor, ProposalStatus, SubjectType } from '@ogp-forum/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../components/FormError';
import { Markdown } from '../../components/Markdown';
import { Loading, QueryError } from '../../components/states';
import { useAuth } from '../../lib/auth';
import { useFocusWhenChanged } from '../../lib/focus';
import { useFormatDate, useLocalized } from '../../lib/format';
import { Thread } from '../discussion/Thread';
import { ProposalStatusBadge, SampleAttributionNote } from './badges';
import {
  CoSponsorProposalMutation,
  OpenProposalReviewMutation,
  ProposalQuery,
  SubmitProposalMutation,
  WithdrawProposalMutation,
  type ProposalDetail,
} from './co-creation-documents';
import { DecisionDialog } from './DecisionDialog';
import { EvaluationSection } from './EvaluationSection';
import { SpecificityPanel } from './SpecificityPanel';
import { SubjectDocuments } from '../documents/SubjectDocuments';
import { usePageTitle } from '../../lib/page-title';

export function ProposalPage() {
  const { proposalId = '' } = useParams();
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const localized = useLocalized();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ProposalQuery,
    variables: { id: proposalId },
    // Its status, co-sponsors and scores move while others work on it: always the api's latest, never a cached draft.
    requestPolicy: 'network-only',
  });
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  usePageTitle(data?.proposal.title);
  // Submitting, reviewing, withdrawing or deciding takes the button away: focus goes to what the action changed.
  const focusWhenStatusChanged = useFocusWhenChanged(data?.proposal.status);

  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} retry={reload} />;
  if (!data) return null;
  const proposal = data.proposal;
  const plan = proposal.plan;
  const organization = proposal.organization ? localized(proposal.organization.name, proposal.organization.nameKo) : null;

  return (
    <article>
      <nav aria-label={t('coCreation.breadcrumb')} className="breadcrumb">
        <Link to={`/plans/${plan.id}/co-creation`}>{t('coCreation.title', { number: plan.number })}</Link>
      </nav>
      <h1>{proposal.title}</h1>
      <p className="badges" id="proposal-status-line" tabIndex={-1}>
        <ProposalStatusBadge status={proposal.status} />
      </p>
      {proposal.status === ProposalStatus.DRAFT && (
        <p className="notice" role="status">
          {t(proposal.organization ? 'proposal.draftNotice' : 'proposal.draftNoticePersonal')}
        </p>
      )}

      {isDecided(proposal.status) && <Outcome proposal={proposal} />}

      <dl className="facts">
        <div>
          <dt>{t('proposal.organization')}</dt>
          <dd>{organization ?? proposal.proposer?.displayName ?? t('proposal.unknown')}</dd>
        </div>
        {proposal.coSponsors.length > 0 && (
          <div>
            <dt>{t('proposal.coSponsors')}</dt>
            <dd>{proposal.coSponsors.map((o) => localized(o.name, o.nameKo)).join(', ')}</dd>
          </div>
        )}
        {proposal.submittedAt && (
          <div>
            <dt>{t('proposal.submittedOn')}</dt>
            <dd>
              <time dateTime={proposal.submittedAt}>{formatDate(proposal.submittedAt)}</time>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('proposal.fields.suggestedLeadAgency')}</dt>
          <dd>{proposal.suggestedLeadAgency || t('proposal.notGiven')}</dd>
        </div>
        <div>
          <dt>{t('proposal.fields.ogpValues')}</dt>
          <dd>{proposal.ogpValues.length ? proposal.ogpValues.map((v) => t(`ogpValue.${v}`)).join(', ') : t('proposal.notGiven')}</dd>
        </div>
      </dl>
      {proposal.sampleAttribution && <SampleAttributionNote />}

      <ProposalActions
        proposal={proposal}
        planId={plan.id}
        onChanged={reload}
        onStatusChanged={(focusId) => {
          focusWhenStatusChanged(proposal.status, () => document.getElementById(focusId));
          reload();
        }}
      />

      <section aria-labelledby="text-heading">
        <h2 id="text-heading">{t('proposal.text')}</h2>
        <h3>{t('proposal.fields.problem')}</h3>
        {proposal.problem ? <Markdown>{proposal.problem}</Markdown> : <p className="muted">{t('proposal.notGiven')}</p>}
        <h3>{t('proposal.fields.proposedAction')}</h3>
        {proposal.proposedAction ? <Markdown>{proposal.proposedAction}</Markdown> : <p className="muted">{t('proposal.notGiven')}</p>}
        <h3>{t('proposal.fields.expectedResults')}</h3>
        {proposal.expectedResults ? <Markdown>{proposal.expectedResults}</Markdown> : <p className="muted">{t('proposal.notGiven')}</p>}
        <h3>{t('proposal.fields.milestones')}</h3>
        {proposal.milestones.length === 0 ? (
          <p className="muted">{t('proposal.noMilestones')}</p>
        ) : (
          <ol>
            {proposal.milestones.map((milestone, index) => (
              <li key={index}>
                {milestone.title}
                {milestone.dueDate && (
                  <>
                    {' — '}
                    <time dateTime={milestone.dueDate}>{formatDate(milestone.dueDate)}</time>
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <SpecificityPanel input={proposal} />
      <EvaluationSection proposal={proposal} onChanged={reload} />
      <SubjectDocuments subjectType={AttachmentSubjectType.PROPOSAL} subjectId={proposal.id} isPrivate={proposal.status === ProposalStatus.DRAFT || proposal.status === ProposalStatus.WITHDRAWN} />
      <Thread subject={{ subjectType: SubjectType.PROPOSAL, subjectId: proposal.id }} />
    </article>
  );
}

/** The decision and its reasoned response, with where the proposal went. */
function Outcome({ proposal }: { proposal: ProposalDetail }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <section aria-labelledby="outcome-heading" className={`outcome outcome-${proposal.status.toLowerCase()}`}>
      <h2 id="outcome-heading" tabIndex={-1}>{t('proposal.outcome.title', { outcome: t(`proposalStatus.${proposal.status}`) })}</h2>
      {proposal.decidedAt && (
        <p className="muted">
          {t('proposal.outcome.decidedOn')} <time dateTime={proposal.decidedAt}>{formatDate(proposal.decidedAt)}</time>
        </p>
      )}
      <h3>{t('proposal.outcome.rationale')}</h3>
      {proposal.rationale ? <Markdown>{proposal.rationale}</Markdown> : <p className="muted">{t('proposal.notGiven')}</p>}
      <ul className="plain-list">
        {proposal.mergedInto && (
          <li>
            {t('proposal.outcome.mergedInto')} <Link to={`/proposals/${proposal.mergedInto.id}`}>{proposal.mergedInto.title}</Link>
          </li>
        )}
        {proposal.workingGroup && (
          <li>
            {t('proposal.outcome.workingGroup')} <Link to={`/working-groups/${proposal.workingGroup.id}`}>{proposal.workingGroup.name}</Link>
          </li>
        )}
        {proposal.draftCommitment && (
          <li>
            {t('proposal.outcome.draftCommitment')} <Link to={`/draft-commitments/${proposal.draftCommitment.id}`}>{proposal.draftCommitment.title}</Link>
          </li>
        )}
        {proposal.commitment && (
          <li>
            {t('proposal.outcome.commitment')}{' '}
            <Link to={`/commitments/${proposal.commitment.id}`}>{t('proposal.outcome.commitmentCode', { code: proposal.commitment.code })}</Link>
          </li>
        )}
      </ul>
    </section>
  );
}

/** What the reader may do with the proposal: the author's, a co-sponsor's and the secretariat's buttons. */
function ProposalActions({
  proposal,
  planId,
  onChanged,
  onStatusChanged,
}: {
  proposal: ProposalDetail;
  planId: string;
  onChanged: () => void;
  /** The status moved: reload, then focus the element with this id. */
  onStatusChanged: (focusId: string) => void;
}) {
  const { t } = useTranslation();
  const auth = useAuth();
  const [submit, submitProposal] = useMutation(SubmitProposalMutation);
  const [withdraw, withdrawProposal] = useMutation(WithdrawProposalMutation);
  const [sponsor, coSponsor] = useMutation(CoSponsorProposalMutation);
  const [review, openReview] = useMutation(OpenProposalReviewMutation);
  const user = auth.user;
  const isAuthor = Boolean(user && proposal.proposer?.id === user.id);
  const open = proposal.status === ProposalStatus.SUBMITTED || proposal.status === ProposalStatus.UNDER_REVIEW;
  const myOrganization = user?.organization?.id ?? null;
  const mayCoSponsor =
    open && auth.can(Action.CO_SPONSOR_PROPOSAL) && myOrganization !== null && myOrganization !== proposal.organization?.id && organizationMayCoSponsor(user?.organization?.kind);
  const sponsoring = proposal.coSponsors.some((o) => o.id === myOrganization);
  const after = (result: { error?: unknown }) => !result.error && onChanged();
  const afterStatus = (result: { error?: unknown }) => !result.error && onStatusChanged('proposal-status-line');

  const buttons = [
    isAuthor && proposal.status === ProposalStatus.DRAFT && (
      <Link key="edit" className="button-link" to={`/proposals/${proposal.id}/edit`}>
        {t('proposal.actions.edit')}
      </Link>
    ),
    isAuthor && proposal.status === ProposalStatus.DRAFT && (
      <button key="submit" type="button" disabled={submit.fetching} onClick={() => window.confirm(t('editor.submitConfirm')) && void submitProposal({ id: proposal.id }).then(afterStatus)}>
        {t('editor.submit')}
      </button>
    ),
    isAuthor && (open || proposal.status === ProposalStatus.DRAFT) && (
      <button
        key="withdraw"
        type="button"
        className="secondary"
        disabled={withdraw.fetching}
        onClick={() => window.confirm(t('proposal.actions.withdrawConfirm')) && void withdrawProposal({ id: proposal.id }).then(afterStatus)}
      >
        {t('proposal.actions.withdraw')}
      </button>
    ),
    mayCoSponsor && (
      <button key="sponsor" type="button" className="toggle" aria-pressed={sponsoring} disabled={sponsor.fetching} onClick={() => void coSponsor({ id: proposal.id, sponsoring: !sponsoring }).then(after)}>
        {sponsoring ? t('proposal.actions.coSponsoring') : t('proposal.actions.coSponsor')}
      </button>
    ),
    auth.can(Action.DECIDE_PROPOSAL) && proposal.status === ProposalStatus.SUBMITTED && (
      <button key="review" type="button" disabled={review.fetching} onClick={() => void openReview({ id: proposal.id }).then(afterStatus)}>
        {t('proposal.actions.openReview')}
      </button>
    ),
    auth.can(Action.DECIDE_PROPOSAL) && proposal.status === ProposalStatus.UNDER_REVIEW && (
      <DecisionDialog key="decide" proposal={proposal} planId={planId} onDecided={() => onStatusChanged('outcome-heading')} />
    ),
  ].filter(Boolean);

  if (buttons.length === 0) return null;
  return (
    <section aria-label={t('proposal.actions.title')}>
      <div className="button-row">{buttons}</div>
      <FormError error={submit.error ?? withdraw.error ?? sponsor.error ?? review.error} />
    </section>
  );
}
