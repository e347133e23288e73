import { AttachmentSubjectType } from '@ogp-forum/domain';
import { useTranslation } from 'react-i18next';
import { gql, useQuery } from 'urql';
import { DocumentsSection } from './DocumentsSection';
import { DOCUMENT_FIELDS, type DocumentItem } from './documents';

const FIELDS = `id mayAttachDocuments attachments { ${DOCUMENT_FIELDS} }`;

/** Each subject's documents, asked for on their own so the pages' own queries stay as they are. */
const QUERIES = {
  [AttachmentSubjectType.PLAN]: gql`query PlanDocuments($id: ID!) { subject: actionPlan(id: $id) { ${FIELDS} } }`,
  [AttachmentSubjectType.COMMITMENT]: gql`query CommitmentDocuments($id: ID!) { subject: commitment(id: $id) { ${FIELDS} } }`,
  [AttachmentSubjectType.MEETING]: gql`query MeetingDocuments($id: ID!) { subject: meeting(id: $id) { ${FIELDS} } }`,
  [AttachmentSubjectType.PROPOSAL]: gql`query ProposalDocuments($id: ID!) { subject: proposal(id: $id) { ${FIELDS} } }`,
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
  const [{ data, error }, refetch] = useQuery<{ subject: { id: string; mayAttachDocuments: boolean; attachments: DocumentItem[] } }>({
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
