import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { DRAFT_SECTIONS, DraftSectionKey, formatMilestoneList, isFrozen, REPORT_TEXTS, Sector, sectorOf, SignOffSide, signOffSideOf, SubjectType } from '@ogp-forum/domain';
import { diffWordsWithSpace } from 'diff';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-errors.js';
import { THREAD_EVENT, type ThreadEventsCommitted } from '../discussion/thread-events.js';
import { appendThreadEvent } from '../discussion/thread-log.js';
import { Organization } from '../organizations/organization.entity.js';
import type { User } from '../users/user.entity.js';
import { DraftCommitment, DraftSection, DraftSectionVersion } from './draft-commitment.entity.js';
import { SaveDraftMilestonesInput, SaveDraftSectionInput } from './dto/proposal.input.js';
import type { Proposal } from './proposal.entity.js';

export interface DiffPart {
  text: string;
  change: 'ADDED' | 'REMOVED' | 'SAME';
}

/**
 * Selected proposals co-drafted in OGP's commitment template: each section keeps every saved version, two versions can
 * be compared word by word, and a save based on an older version is a CONFLICT with the newer text, never an overwrite.
 * The government lead and a CSO co-lead sign off; from then on the draft is frozen.
 */
@Injectable()
export class DraftingService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  /**
   * The draft commitment of a just-selected proposal, its sections filled from the proposal's text. Its CSO co-leads are
   * the civil-society organisations among the proposer and co-sponsors, plus the one the decision names; without any,
   * nobody could sign it off for civil society, so the decision is refused.
   */
  async createFor(tx: EntityManager, author: User, proposal: Proposal, leadOrganizationId: string, coLeadOrganizationId: string | null): Promise<DraftCommitment> {
    const organizationIds = [proposal.organizationId, ...proposal.coSponsorOrganizationIds, coLeadOrganizationId].filter((id): id is string => Boolean(id));
    const organizations = organizationIds.length ? await tx.findBy(Organization, { id: In(organizationIds) }) : [];
    if (coLeadOrganizationId) {
      const named = organizations.find((organization) => organization.id === coLeadOrganizationId);
      if (!named) throw new NotFoundError('Organization', coLeadOrganizationId);
      if (sectorOf(named.kind) !== Sector.CIVIL_SOCIETY) throw new BadUserInputError('A CSO co-lead is a civil-society organisation', { field: 'coLeadOrganizationId' });
    }
    const coLeads = organizations.filter((organization) => sectorOf(organization.kind) === Sector.CIVIL_SOCIETY);
    if (!coLeads.length) {
      throw new BadUserInputError('Neither the proposer nor a co-sponsor is a civil-society organisation: name a CSO co-lead', { field: 'coLeadOrganizationId' });
    }
    const draft = await tx.save(
      tx.create(DraftCommitment, { planId: proposal.planId, proposalId: proposal.id, title: proposal.title, leadOrganizationId, coLeadOrganizationIds: coLeads.map((o) => o.id) }),
    );
    const start: Record<DraftSectionKey, string> = {
      [DraftSectionKey.PUBLIC_PROBLEM]: proposal.problem,
      [DraftSectionKey.COMMITMENT_DESCRIPTION]: proposal.proposedAction,
      [DraftSectionKey.HOW_IT_SOLVES]: proposal.expectedResults,
      // The values by name, in the language of the member who selected it (adoption reads them in either language).
      [DraftSectionKey.OGP_RELEVANCE]: proposal.ogpValues.map((value) => `- ${REPORT_TEXTS[author.locale].ogpValue[value]}`).join('\n'),
      [DraftSectionKey.MILESTONES]: proposal.milestones.map((m) => `- ${m.title}${m.dueDate ? ` (${m.dueDate})` : ''}`).join('\n'),
      [DraftSectionKey.STAKEHOLDERS]: organizations.map((o) => `- ${o.name}`).join('\n'),
      [DraftSectionKey.ADDITIONAL_INFORMATION]: '',
    };
    for (const key of DRAFT_SECTIONS) {
      const section = await tx.save(tx.create(DraftSection, { draftCommitmentId: draft.id, key, text: start[key], version: 1, updatedById: author.id }));
      await tx.insert(DraftSectionVersion, { sectionId: section.id, version: 1, text: section.text, authorId: author.id });
    }
    await this.audit.record(tx, { actorId: author.id, action: 'draft_commitment.created', entityType: 'DraftCommitment', entityId: draft.id, after: { proposalId: proposal.id, leadOrganizationId } });
    return draft;
  }

  async find(id: string): Promise<DraftCommitment> {
    const draft = await this.db.getRepository(DraftCommitment).findOneBy({ id });
    if (!draft) throw new NotFoundError('DraftCommitment', id);
    return draft;
  }

  list(planId: string): Promise<DraftCommitment[]> {
    return this.db.getRepository(DraftCommitment).find({ where: { planId }, order: { createdAt: 'ASC' } });
  }

  forProposal(proposalId: string): Promise<DraftCommitment | null> {
    return this.db.getRepository(DraftCommitment).findOneBy({ proposalId });
  }

  async sections(draftCommitmentId: string): Promise<DraftSection[]> {
    const rows = await this.db.getRepository(DraftSection).findBy({ draftCommitmentId });
    return rows.sort((a, b) => DRAFT_SECTIONS.indexOf(a.key) - DRAFT_SECTIONS.indexOf(b.key));
  }

  history(sectionId: string): Promise<DraftSectionVersion[]> {
    return this.db.getRepository(DraftSectionVersion).find({ where: { sectionId }, order: { version: 'DESC' } });
  }

  /**
   * Saves a section. Based on an older version than the current one, it is a CONFLICT carrying the current text and
   * version to merge with. A save after one side signed off withdraws that sign-off: they signed another text.
   */
  async saveSection(editor: User, input: SaveDraftSectionInput): Promise<DraftSection> {
    const { section, eventId } = await this.db.transaction(async (tx) => {
      const section = await tx.findOne(DraftSection, { where: { id: input.sectionId }, lock: { mode: 'pessimistic_write' } });
      if (!section) throw new NotFoundError('DraftSection', input.sectionId);
      const draft = await this.lockDraft(tx, section.draftCommitmentId);
      if (isFrozen(draft)) throw new ConflictError('This commitment is signed off by both sides and frozen', { frozen: true });
      if (input.baseVersion !== section.version) {
        throw new ConflictError('Someone saved this section after you started editing; merge your text with theirs', { currentVersion: section.version, currentText: section.text });
      }
      if (input.text === section.text) return { section, eventId: null };
      Object.assign(section, { text: input.text, version: section.version + 1, updatedById: editor.id });
      await tx.save(section);
      await tx.insert(DraftSectionVersion, { sectionId: section.id, version: section.version, text: input.text, authorId: editor.id });
      if (draft.governmentSignedOffAt || draft.csoSignedOffAt) {
        await tx.update(DraftCommitment, draft.id, { governmentSignedOffAt: null, governmentSignedOffById: null, csoSignedOffAt: null, csoSignedOffById: null });
        await this.audit.record(tx, { actorId: editor.id, action: 'draft_commitment.sign_off_withdrawn', entityType: 'DraftCommitment', entityId: draft.id, after: { section: section.key, version: section.version } });
      }
      const event = await appendThreadEvent(tx, { subjectType: SubjectType.DRAFT_SECTION, subjectId: section.id, type: 'section:saved' });
      return { section, eventId: event.id };
    });
    if (eventId) this.events.emit(THREAD_EVENT, { eventIds: [eventId] } satisfies ThreadEventsCommitted);
    return section;
  }

  /**
   * Saves the MILESTONES section from structured milestones (title, start, end): written as the list adoption reads, so
   * it keeps the section's versions, comparisons, CONFLICTs and the withdrawal of sign-offs like any other save.
   */
  async saveMilestones(editor: User, input: SaveDraftMilestonesInput): Promise<DraftSection> {
    input.milestones.forEach((milestone, index) => {
      if (milestone.end < milestone.start) throw new BadUserInputError(`Milestone ${index + 1} ends before it starts`, { field: `milestones.${index}.end` });
    });
    const section = await this.db.getRepository(DraftSection).findOneBy({ id: input.sectionId });
    if (!section) throw new NotFoundError('DraftSection', input.sectionId);
    if (section.key !== DraftSectionKey.MILESTONES) throw new BadUserInputError('Only the milestones section takes milestones', { field: 'sectionId' });
    return this.saveSection(editor, { sectionId: input.sectionId, baseVersion: input.baseVersion, text: formatMilestoneList(input.milestones) });
  }

  /** Word-by-word changes from one version of a section to another (any two, in either order). */
  async diff(sectionId: string, fromVersion: number, toVersion: number): Promise<DiffPart[]> {
    const versions = await this.db.getRepository(DraftSectionVersion).findBy({ sectionId, version: In([fromVersion, toVersion]) });
    const text = (version: number) => {
      const found = versions.find((v) => v.version === version);
      if (!found) throw new BadUserInputError(`Section ${sectionId} has no version ${version}`, { field: version === fromVersion ? 'fromVersion' : 'toVersion' });
      return found.text;
    };
    return diffWordsWithSpace(text(fromVersion), text(toVersion)).map((part) => ({ text: part.value, change: part.added ? 'ADDED' : part.removed ? 'REMOVED' : 'SAME' }));
  }

  /** How far the text has come: the sum of its sections' versions, which grows with every save. */
  async revision(draftCommitmentId: string, tx: EntityManager = this.db.manager): Promise<number> {
    const [{ revision }] = await tx.query('SELECT coalesce(sum(version), 0)::int AS revision FROM draft_sections WHERE draft_commitment_id = $1', [draftCommitmentId]);
    return revision;
  }

  /**
   * The government lead or a CSO co-lead signs off the text they read, named by its revision: if anyone saved since, it
   * is a CONFLICT and they read again. With both sides, the draft is frozen.
   */
  async signOff(user: User, id: string, revision: number): Promise<DraftCommitment> {
    const { draft, eventId } = await this.db.transaction(async (tx) => {
      const draft = await this.lockDraft(tx, id);
      const side = signOffSideOf(user, draft);
      if (!side) throw new ForbiddenError('Only a member of the government lead agency or of a CSO co-lead signs this commitment off');
      if (isFrozen(draft)) throw new ConflictError('This commitment is already signed off by both sides');
      const current = await this.revision(id, tx);
      if (revision !== current) throw new ConflictError('The text changed since you read it; read it again before signing off', { currentRevision: current });
      const now = new Date();
      if (side === SignOffSide.GOVERNMENT_LEAD) Object.assign(draft, { governmentSignedOffAt: now, governmentSignedOffById: user.id });
      else Object.assign(draft, { csoSignedOffAt: now, csoSignedOffById: user.id });
      await tx.save(draft);
      await this.audit.record(tx, { actorId: user.id, action: 'draft_commitment.signed_off', entityType: 'DraftCommitment', entityId: id, after: { side, frozen: isFrozen(draft) } });
      // Announced on the first section's thread, which every open page of the draft follows: the other side sees it at once.
      const first = await tx.findOneByOrFail(DraftSection, { draftCommitmentId: id, key: DRAFT_SECTIONS[0] });
      const event = await appendThreadEvent(tx, { subjectType: SubjectType.DRAFT_SECTION, subjectId: first.id, type: 'draft:signed-off' });
      return { draft, eventId: event.id };
    });
    this.events.emit(THREAD_EVENT, { eventIds: [eventId] } satisfies ThreadEventsCommitted);
    return draft;
  }

  private async lockDraft(tx: EntityManager, id: string): Promise<DraftCommitment> {
    const draft = await tx.findOne(DraftCommitment, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!draft) throw new NotFoundError('DraftCommitment', id);
    return draft;
  }
}
