import { AttachmentSubjectType } from '@ogp-forum/domain';
import { useTranslation } from 'react-i18next';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { PlanDocumentsQuery, PlanDocumentsQueryVariables } from '../../gql/graphql';
import { DocumentsSection } from './DocumentsSection';

/** Each subject's documents, asked for on their own so the pages' own queries stay as they are; all four answer alike. */
const QUERIES: Record<AttachmentSubjectType, TypedDocumentNode<PlanDocumentsQuery, PlanDocumentsQueryVariables>> = {
  [AttachmentSubjectType.PLAN]: graphql(`query PlanDocuments($id: ID!) { subject: actionPlan(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }`),
  [AttachmentSubjectType.COMMITMENT]: graphql(`query CommitmentDocuments($id: ID!) { subject: commitment(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }`),
  [AttachmentSubjectType.MEETING]: graphql(`query MeetingDocuments($id: ID!) { subject: meeting(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }`),
  [AttachmentSubjectType.PROPOSAL]: graphql(`query ProposalDocuments($id: ID!) { subject: proposal(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }`),
};

const TEXTS = {
  [AttachmentSubjectType.PLAN]: ['documents.planHeading', 'documents.planEmpty'],
  [AttachmentSubjectType.COMMITMENT]: ['documents.evidenceHeading', 'documents.evidenceEmpty'],
  [AttachmentSubjectType.MEETING]: ['documents.annexesHeading', 'documents.annexesEmpty'],
  [AttachmentSubjectType.PROPOSAL]: ['documents.proposalHeading', 'documents.proposalEmpty'],
} as const;

/** The documents section of a plan, commitment, meeting or proposal page; `isPrivate` for a draft proposal. */
export function SubjectDocuments({ subjectType, subjectId, isPrivate }: { subjectType: AttachmentSubjectType; subjectId: string; isPrivate?: boolean }) {
  const { t } = useTranslation();
  const [{ data, error }, refetch] = useQuery({
    query: QUERIES[subjectType],
    variables: { id: subjectId },
    requestPolicy: 'cache-and-network',
  });
  const [heading, empty] = TEXTS[subjectType];
  if (error) {
    return (
      <section className="documents">
        <h2>{t(heading)}</h2>
        <div className="state state-error" role="alert">
          <p>{t('state.error')}</p>
          <button type="button" onClick={() => refetch({ requestPolicy: 'network-only' })}>
            {t('state.retry')}
          </button>
        </div>
      </section>
    );
  }
  if (!data) return null;
  return (
    <DocumentsSection
      subjectType={subjectType}
      subjectId={subjectId}
      documents={data.subject.attachments}
      canUpload={data.subject.mayAttachDocuments}
      isPrivate={isPrivate}
      heading={t(heading)}
      empty={t(empty)}
      onChanged={() => refetch({ requestPolicy: 'network-only' })}
    />
  );
}
