import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { AttachmentSubjectType, SubjectType } from '@ogp-forum/domain';
import { CompletionBadge } from '../../components/CompletionBadge';
import { graphql } from '../../gql';
import { Thread } from '../discussion/Thread';
import { SubjectDocuments } from '../documents/SubjectDocuments';
import { CommitmentActions } from './CommitmentActions';
import { Markdown } from '../../components/Markdown';
import { TableScroll } from '../../components/TableScroll';
import { Loading, QueryError } from '../../components/states';
import { useFormatDate, useLocalized } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';

export const CommitmentQuery = graphql(`
  query Commitment($id: ID!) {
    commitment(id: $id) {
      id
      code
      title
      titleKo
      summary
      start
      end
      contact
      completion
      ogpValues
      publicProblem
      description
      howItSolves
      ogpValueRelevance
      additionalInfo
      nextSteps
      involvedActors
      plan {
        id
        title
        titleKo
        status
      }
      theme {
        id
        position
        title
        titleKo
      }
      leadOrganization {
        id
        name
        nameKo
      }
      incorporatedInto {
        id
        code
      }
      milestones {
        id
        title
        titleKo
        start
        end
        completion
        delayed
        daysDelayed
      }
      following
      canPostProgressUpdate
    }
  }
`);

type TemplateField = 'publicProblem' | 'description' | 'howItSolves' | 'ogpValueRelevance' | 'additionalInfo' | 'nextSteps' | 'involvedActors';

const TEMPLATE_FIELDS: TemplateField[] = [
  'publicProblem',
  'description',
  'howItSolves',
  'ogpValueRelevance',
  'additionalInfo',
  'nextSteps',
  'involvedActors',
];

export function CommitmentPage() {
  const { commitmentId = '' } = useParams();
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const localized = useLocalized();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CommitmentQuery, variables: { id: commitmentId } });
  usePageTitle(data ? `${data.commitment.code} ${localized(data.commitment.title, data.commitment.titleKo)}` : null);

  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return null;
  const commitment = data.commitment;

  return (
    <article>
      <nav aria-label={t('commitment.breadcrumb')} className="breadcrumb">
        <Link to={`/plans/${commitment.plan.id}`}>{localized(commitment.plan.title, commitment.plan.titleKo)}</Link>
        <span aria-hidden="true"> › </span>
        <span>
          {commitment.theme.position}. {localized(commitment.theme.title, commitment.theme.titleKo)}
        </span>
      </nav>
      <h1>
        <span className="code">{commitment.code}</span> {localized(commitment.title, commitment.titleKo)}
      </h1>
      {commitment.summary && <p className="lead">{commitment.summary}</p>}
      {commitment.incorporatedInto && (
        <p className="notice">
          <Link to={`/commitments/${commitment.incorporatedInto.id}`}>
            {t('commitment.incorporatedInto', { code: commitment.incorporatedInto.code })}
          </Link>
        </p>
      )}

      <dl className="facts">
        <div>
          <dt>{t('commitment.completion')}</dt>
          <dd>
            <CompletionBadge completion={commitment.completion} incorporatedInto={commitment.incorporatedInto?.code} />
          </dd>
        </div>
        <div>
          <dt>{t('commitment.period')}</dt>
          <dd>{t('plans.period', { start: formatDate(commitment.start), end: formatDate(commitment.end) })}</dd>
        </div>
        <div>
          <dt>{t('commitment.lead')}</dt>
          <dd>{localized(commitment.leadOrganization.name, commitment.leadOrganization.nameKo)}</dd>
        </div>
        {commitment.contact && (
          <div>
            <dt>{t('commitment.contact')}</dt>
            <dd>{commitment.contact}</dd>
          </div>
        )}
        {commitment.ogpValues.length > 0 && (
          <div>
            <dt>{t('commitment.ogpValues')}</dt>
            <dd>{commitment.ogpValues.map((value) => t(`ogpValue.${value}`)).join(', ')}</dd>
          </div>
        )}
      </dl>

      {/* Near the top: the template's description can run to thousands of pixels, and following or reporting is why many come. */}
      <CommitmentActions commitment={commitment} onChanged={() => refetch({ requestPolicy: 'network-only' })} />

      <section>
        <h2 id="milestones-heading">{t('commitment.milestones')}</h2>
        {commitment.milestones.length === 0 ? (
          <p className="state">{t('commitment.noMilestones')}</p>
        ) : (
          <TableScroll labelledBy="milestones-heading">
            <table className="milestone-table">
              <thead>
                <tr>
                  <th scope="col">{t('commitment.milestone')}</th>
                  <th scope="col">{t('commitment.start')}</th>
                  <th scope="col">{t('commitment.end')}</th>
                  <th scope="col">{t('commitment.completion')}</th>
                </tr>
              </thead>
              <tbody>
                {commitment.milestones.map((milestone) => (
                  <tr key={milestone.id}>
                    <td>{localized(milestone.title, milestone.titleKo)}</td>
                    <td>{formatDate(milestone.start)}</td>
                    <td>{formatDate(milestone.end)}</td>
                    <td>
                      <CompletionBadge completion={milestone.completion} />
                      {milestone.delayed && (
                        <span className="flag flag-delayed">
                          {/* Days past due mean something while the plan runs; afterwards only that it was not finished. */}
                          {commitment.plan.status === 'CLOSED'
                            ? t('commitment.unfinished')
                            : t('commitment.delayed', { count: milestone.daysDelayed })}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      <section aria-labelledby="template-heading">
        <h2 id="template-heading">{t('commitment.template')}</h2>
        {TEMPLATE_FIELDS.map((field) => (
          <section key={field} className="template-field">
            <h3>{t(`commitment.${field}`)}</h3>
            {commitment[field] ? <Markdown>{commitment[field]}</Markdown> : <p className="muted">{t('commitment.notProvided')}</p>}
          </section>
        ))}
      </section>

      <SubjectDocuments subjectType={AttachmentSubjectType.COMMITMENT} subjectId={commitment.id} />
      <Thread subject={{ subjectType: SubjectType.COMMITMENT, subjectId: commitment.id }} />
    </article>
  );
}
