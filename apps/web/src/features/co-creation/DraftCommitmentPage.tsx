import { Action, DRAFT_SECTIONS, DraftSectionKey, OgpValue, SignOffSide, SubjectType } from '@ogp-forum/domain';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../components/FormError';
import { Markdown } from '../../components/Markdown';
import { Loading, QueryError } from '../../components/states';
import { useAuth } from '../../lib/auth';
import { useSubjectEvents } from '../../lib/live';
import { useFormatDate, useLocalized } from '../../lib/format';
import { useOpenForLinkedComment } from '../discussion/comment-link';
import { Thread } from '../discussion/Thread';
import { DraftCommitmentQuery, SignOffDraftCommitmentMutation, type DraftCommitmentDetail, type DraftSection } from './co-creation-documents';
import { DraftMilestonesEditor, DraftMilestonesTable } from './DraftMilestonesEditor';
import { DraftSectionEditor } from './DraftSectionEditor';
import { SectionHistory } from './SectionHistory';
import { usePageTitle } from '../../lib/page-title';

/** A selected proposal co-drafted section by section in OGP's template, then signed off by both sides. */
export function DraftCommitmentPage() {
  const { draftId = '' } = useParams();
  const { t } = useTranslation();
  const auth = useAuth();
  const formatDate = useFormatDate();
  const localized = useLocalized();
  const readable = useReadableSection();
  const [{ data, fetching, error }, refetch] = useQuery({ query: DraftCommitmentQuery, variables: { id: draftId } });
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  usePageTitle(data?.draftCommitment.title);
  const [signOff, sign] = useMutation(SignOffDraftCommitmentMutation);
  // The other side's sign-off arrives live, announced on the first section's thread.
  const firstSection = data?.draftCommitment.sections.find((section) => section.key === DRAFT_SECTIONS[0]);
  useSubjectEvents(firstSection ? { subjectType: SubjectType.DRAFT_SECTION, subjectId: firstSection.id } : null, SIGN_OFF_EVENTS, () => void reload());

  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} retry={reload} />;
  if (!data) return null;
  const draft = data.draftCommitment;
  const editable = !draft.frozen && auth.can(Action.CO_DRAFT);
  const sections = DRAFT_SECTIONS.flatMap((key) => draft.sections.filter((section) => section.key === key));
  const signed = (at: string | null) => (at ? t('draft.signedOn', { date: formatDate(at) }) : t('draft.notSigned'));

  return (
    <article>
      <nav aria-label={t('coCreation.breadcrumb')} className="breadcrumb">
        <Link to={`/plans/${draft.planId}/co-creation`}>{t('coCreation.board')}</Link> ›{' '}
        <Link to={`/proposals/${draft.proposal.id}`}>{draft.proposal.title}</Link>
      </nav>
      <h1>{draft.title}</h1>
      <p className="eyebrow">{t('draft.eyebrow')}</p>
      {draft.frozen && (
        <p className="notice frozen-banner" role="status">
          {t('draft.frozen')}
        </p>
      )}
      {draft.commitment && (
        <p className="notice">
          <Link to={`/commitments/${draft.commitment.id}`}>{t('adoption.became', { code: draft.commitment.code })}</Link>
        </p>
      )}
      {draft.leftOutReason && <p className="notice">{t('adoption.leftOut', { reason: draft.leftOutReason })}</p>}
      <dl className="facts">
        <div>
          <dt>{t('draft.lead')}</dt>
          <dd>{localized(draft.leadOrganization.name, draft.leadOrganization.nameKo)}</dd>
        </div>
        <div>
          <dt>{t('draft.coLeads')}</dt>
          <dd>{draft.coLeadOrganizations.length ? draft.coLeadOrganizations.map((o) => localized(o.name, o.nameKo)).join(', ') : t('proposal.notGiven')}</dd>
        </div>
        <div>
          <dt>{t('draft.governmentSignOff')}</dt>
          <dd>{signed(draft.governmentSignedOffAt)}</dd>
        </div>
        <div>
          <dt>{t('draft.csoSignOff')}</dt>
          <dd>{signed(draft.csoSignedOffAt)}</dd>
        </div>
      </dl>
      {draft.mySignOffSide && !draft.frozen && mySideSignedAt(draft) && (
        <p className="notice" role="status" data-testid="my-sign-off">
          {t('draft.signedForYourSide', { side: t(`draft.sides.${draft.mySignOffSide}`), date: formatDate(mySideSignedAt(draft)!) })}
        </p>
      )}
      {draft.mySignOffSide && !draft.frozen && !mySideSignedAt(draft) && (
        <div className="panel">
          <p>{t('draft.signOffExplain', { side: t(`draft.sides.${draft.mySignOffSide}`) })}</p>
          <button
            type="button"
            disabled={signOff.fetching}
            // The revision on screen: if someone saved since, the api answers CONFLICT and the page shows the newer text.
            onClick={() => window.confirm(t('draft.signOffConfirm')) && void sign({ id: draft.id, revision: draft.revision }).then(() => reload())}
          >
            {t('draft.signOff')}
          </button>
          <FormError error={signOff.error} />
        </div>
      )}
      {!editable && !draft.frozen && <p className="muted">{t('draft.readOnly')}</p>}

      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`} className="draft-section" data-section={section.key}>
          <h2 id={`section-${section.id}`}>{t(`draft.sections.${section.key}`)}</h2>
          {section.key === DraftSectionKey.MILESTONES ? (
            editable ? (
              <DraftMilestonesEditor section={section} onSaved={reload} />
            ) : (
              <DraftMilestonesTable section={section} />
            )
          ) : editable ? (
            <DraftSectionEditor section={readable(section)} label={t('draft.sectionText', { section: t(`draft.sections.${section.key}`) })} onSaved={reload} />
          ) : (
            <SectionText text={readable(section).text} />
          )}
          <SectionHistory section={section} />
          <SectionThread sectionId={section.id} name={t(`draft.sections.${section.key}`)} />
        </section>
      ))}
    </article>
  );
}

const SIGN_OFF_EVENTS = ['draft:signed-off'] as const;

/** When the reader's side signed the current text off, if it has. */
function mySideSignedAt(draft: DraftCommitmentDetail): string | null {
  return draft.mySignOffSide === SignOffSide.GOVERNMENT_LEAD ? draft.governmentSignedOffAt : draft.csoSignedOffAt;
}

/** Drafts made before the values were written by name still list their codes (ACCESS_TO_INFORMATION): show the names. */
function useReadableSection() {
  const { t } = useTranslation();
  return (section: DraftSection): DraftSection =>
    section.key === DraftSectionKey.OGP_RELEVANCE
      ? { ...section, text: Object.values(OgpValue).reduce((text, value) => text.replaceAll(value, t(`ogpValue.${value}`)), section.text) }
      : section;
}

function SectionText({ text }: { text: string }) {
  const { t } = useTranslation();
  return text.trim() ? <Markdown>{text}</Markdown> : <p className="muted">{t('minutes.nothingYet')}</p>;
}

/** A section's comments, collapsed by default; the live thread connects only once opened. */
function SectionThread({ sectionId, name }: { sectionId: string; name: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  useOpenForLinkedComment(details, sectionId);
  return (
    <details ref={details} className="section-thread" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('draft.discussSection', { section: name })}</summary>
      {open && <Thread subject={{ subjectType: SubjectType.DRAFT_SECTION, subjectId: sectionId }} headingLevel={3} title={t('draft.sectionDiscussion', { section: name })} />}
    </details>
  );
}
