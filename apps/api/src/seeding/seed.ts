import { hash } from '@node-rs/argon2';
import { MeetingStatus, MinutesStatus, SubjectType } from '@ogp-forum/domain';
import { DateTime } from 'luxon';
import { DataSource, EntityManager, In } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { Theme } from '../action-plans/theme.entity.js';
import { Commitment } from '../commitments/commitment.entity.js';
import { Milestone } from '../commitments/milestone.entity.js';
import { ProgressUpdate } from '../commitments/progress-update.entity.js';
import { appendThreadEvent } from '../discussion/thread-log.js';
import { IrmRecommendation } from '../irm/irm-recommendation.entity.js';
import { AgendaItem, Meeting } from '../meetings/meeting.entity.js';
import { ActionItem, Decision } from '../meetings/minutes.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Proposal } from '../proposals/proposal.entity.js';
import { ReportNarrative, ReportNarrativeVersion } from '../reports/report-narrative.entity.js';
import { User } from '../users/user.entity.js';
import { ARGON2_OPTIONS } from '../users/password.js';
import { seedForumRules } from '../forum/forum-rules.service.js';
import { DataImport } from '../open-data/data-import.entity.js';
import { DemoAccountSeed, PlanSeed, readDemoAccounts, readForumRules, readOrganizations, readPlans, readProposals, readReportNarratives, readSampleMeetings } from './seed-data.js';

export interface SeedOptions {
  /** Demo accounts are for trying the platform out; never in production. */
  demoAccounts: boolean;
  demoPassword: string;
}

/**
 * Loads the reference data of seeds/data/ and, outside production, the demo accounts.
 * Idempotent: what exists is left as it is (the forum may have edited it), only what is missing is added.
 * Runs in one transaction, so a failure leaves nothing half-written. Does nothing on a forum loaded by `npm run import`.
 */
export async function seedDatabase(db: DataSource, options: SeedOptions): Promise<void> {
  await db.transaction(async (tx) => {
    // A forum imported from open data (npm run import) brought its own history: Korea's reference data, the sample
    // meetings, the seeded rules and the demo accounts (with their known password) are never added on top of it.
    if (await tx.exists(DataImport)) return;
    const organizations = await seedOrganizations(tx);
    const users = options.demoAccounts ? await seedDemoAccounts(tx, organizations, options.demoPassword) : new Map<string, User>();
    for (const plan of readPlans()) await seedPlan(tx, plan, organizations, users);
    await seedProposals(tx, organizations);
    await seedReportNarratives(tx);
    await seedForumRules(tx, readForumRules().rules);
    if (options.demoAccounts) await seedSampleMeetings(tx);
  });
}

/** The 3rd NAP's selected CSO proposals, each linked to the commitment it became; identified by plan and title. */
async function seedProposals(tx: EntityManager, organizations: Map<string, Organization>): Promise<void> {
  const plan = await tx.findOneByOrFail(ActionPlan, { number: 3 });
  const existing = new Set((await tx.findBy(Proposal, { planId: plan.id })).map((proposal) => proposal.title));
  const organizationId = (key: string) => {
    const organization = organizations.get(key);
    if (!organization) throw new Error(`nap3-proposals.json: no organisation ${key}`);
    return organization.id;
  };
  for (const seed of readProposals()) {
    if (existing.has(seed.title)) continue;
    const commitment = await tx.findOneByOrFail(Commitment, { planId: plan.id, code: seed.becameCommitment });
    await tx.insert(Proposal, {
      planId: plan.id,
      title: seed.title,
      problem: seed.problem,
      proposedAction: seed.proposedAction,
      expectedResults: seed.expectedResults,
      ogpValues: seed.ogpValues,
      suggestedLeadAgency: organizations.get(seed.suggestedLeadAgency)?.name ?? seed.suggestedLeadAgency,
      proposerId: null,
      organizationId: organizationId(seed.proposerOrganization),
      coSponsorOrganizationIds: seed.coSponsors.map(organizationId),
      status: seed.status,
      rationale: seed.rationale,
      commitmentId: commitment.id,
      sampleAttribution: seed.sampleAttribution,
    });
  }
}

/** The written sections of the 3rd NAP's end-of-term report, as version 1 of each; a section the forum wrote is kept. */
async function seedReportNarratives(tx: EntityManager): Promise<void> {
  for (const seed of readReportNarratives()) {
    const plan = await tx.findOneByOrFail(ActionPlan, { number: seed.plan });
    for (const [key, text] of Object.entries(seed.narratives)) {
      const [row] = await insertMissing(tx, ReportNarrative, [{ planId: plan.id, kind: seed.kind, key: key as ReportNarrative['key'], locale: seed.locale, text, version: 1, updatedById: null }]);
      if (row) await tx.insert(ReportNarrativeVersion, { narrativeId: row.id as string, version: 1, text, authorId: null });
    }
  }
}

/**
 * A run of past monthly meetings with published minutes, for trying the platform out; marked `sample`, and loaded only
 * with the demo accounts (never in production). A meeting is identified by its start time.
 */
async function seedSampleMeetings(tx: EntityManager): Promise<void> {
  const seed = readSampleMeetings();
  const existing = new Set((await tx.findBy(Meeting, { sample: true })).map((meeting) => meeting.startsAt.getTime()));
  const emails = [...new Set(seed.meetings.flatMap((meeting) => meeting.actionItems.map((item) => item.assignee)))];
  const people = new Map((await tx.findBy(User, { email: In(emails) })).map((user) => [user.email, user.id]));
  const codes = new Map((await tx.find(Commitment, { select: { id: true, code: true } })).map((commitment) => [commitment.code, commitment.id]));
  const commitmentOf = (code: string) => {
    const id = codes.get(code);
    if (!id) throw new Error(`meetings-sample.json: no commitment ${code}`);
    return id;
  };
  for (const sample of seed.meetings) {
    const startsAt = DateTime.fromISO(`${sample.date}T${seed.startTime}`, { zone: seed.timeZone }).toJSDate();
    if (existing.has(startsAt.getTime())) continue;
    const meeting = await tx.save(
      tx.create(Meeting, {
        kind: sample.kind,
        title: sample.title,
        place: sample.place,
        startsAt,
        endsAt: new Date(startsAt.getTime() + seed.durationMinutes * 60_000),
        status: MeetingStatus.HELD,
        sample: true,
        minutesStatus: MinutesStatus.PUBLISHED,
        minutesSummary: sample.minutesSummary,
        minutesPublishedAt: new Date(startsAt.getTime() + 7 * 86_400_000),
      }),
    );
    await tx.insert(
      AgendaItem,
      sample.agenda.map((item, index) => ({ meetingId: meeting.id, position: index + 1, title: item.title, commitmentId: item.commitment ? commitmentOf(item.commitment) : null })),
    );
    if (sample.decisions.length) await tx.insert(Decision, sample.decisions.map((text) => ({ meetingId: meeting.id, text })));
    for (const item of sample.actionItems) {
      await tx.insert(ActionItem, {
        meetingId: meeting.id,
        title: item.title,
        assigneeId: people.get(item.assignee) ?? null,
        dueDate: item.dueDate,
        doneAt: item.done ? DateTime.fromISO(item.dueDate, { zone: seed.timeZone }).toJSDate() : null,
      });
    }
  }
}

/** Inserts the rows whose unique key is not taken yet (ON CONFLICT DO NOTHING); returns the rows it inserted. */
async function insertMissing<T extends object>(tx: EntityManager, entity: new () => T, rows: Partial<T>[]) {
  if (rows.length === 0) return [];
  const result = await tx
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values(rows as never)
    .orIgnore()
    .returning('*')
    .execute();
  return result.raw as Record<string, unknown>[];
}

async function seedOrganizations(tx: EntityManager): Promise<Map<string, Organization>> {
  const seeds = readOrganizations();
  await insertMissing(tx, Organization, seeds.map((seed) => ({ ...seed, nameKo: seed.nameKo ?? null })));
  const rows = await tx.findBy(Organization, { key: In(seeds.map((seed) => seed.key)) });
  return new Map(rows.map((row) => [row.key, row]));
}

/** The demo accounts, keyed by organisation key (one account per organisation). */
async function seedDemoAccounts(tx: EntityManager, organizations: Map<string, Organization>, password: string) {
  const seeds: DemoAccountSeed[] = readDemoAccounts();
  const existing = new Set((await tx.findBy(User, { email: In(seeds.map((seed) => seed.email)) })).map((user) => user.email));
  const missing = seeds.filter((seed) => !existing.has(seed.email));
  const passwordHash = missing.length ? await hash(password, ARGON2_OPTIONS) : null;
  await insertMissing(
    tx,
    User,
    missing.map((seed) => ({
      email: seed.email,
      displayName: seed.displayName,
      role: seed.role,
      organizationId: seed.organization ? organizations.get(seed.organization)!.id : null,
      passwordHash,
    }))
  );
  const users = await tx.findBy(User, { email: In(seeds.map((seed) => seed.email)) });
  const byOrganization = new Map<string, User>();
  for (const seed of seeds) {
    if (seed.organization) byOrganization.set(seed.organization, users.find((user) => user.email === seed.email)!);
  }
  return byOrganization;
}

async function seedPlan(tx: EntityManager, seed: PlanSeed, organizations: Map<string, Organization>, users: Map<string, User>) {
  const { progressReportedAt, ...planFields } = seed.plan;
  await insertMissing(tx, ActionPlan, [{ ...planFields, titleKo: planFields.titleKo ?? null }]);
  const plan = await tx.findOneByOrFail(ActionPlan, { number: seed.plan.number });

  await insertMissing(
    tx,
    Theme,
    seed.themes.map((theme) => ({ planId: plan.id, position: theme.position, title: theme.title, titleKo: theme.titleKo ?? null }))
  );
  const themes = new Map((await tx.findBy(Theme, { planId: plan.id })).map((theme) => [theme.position, theme.id]));

  const inserted = await insertMissing(
    tx,
    Commitment,
    seed.commitments.map((commitment) => ({
      planId: plan.id,
      themeId: themes.get(commitment.theme)!,
      code: commitment.code,
      title: commitment.title,
      titleKo: commitment.titleKo ?? null,
      summary: commitment.summary,
      start: commitment.start,
      end: commitment.end,
      leadOrganizationId: organizations.get(commitment.leadOrganization)!.id,
      pointOfContactId: users.get(commitment.leadOrganization)?.id ?? null,
      contact: commitment.contact,
      publicProblem: commitment.publicProblem,
      description: commitment.description,
      howItSolves: commitment.howItSolves,
      ogpValues: commitment.ogpValues,
      ogpValueRelevance: commitment.ogpValueRelevance,
      additionalInfo: commitment.additionalInfo,
      nextSteps: commitment.nextSteps,
      involvedActors: commitment.involvedActors,
      completion: commitment.completion,
    }))
  );
  const newCodes = new Set(inserted.map((row) => row.code as string));
  const commitments = new Map((await tx.findBy(Commitment, { planId: plan.id })).map((row) => [row.code, row]));
  const fresh = seed.commitments.filter((commitment) => newCodes.has(commitment.code));

  for (const commitment of fresh.filter((c) => c.incorporatedInto)) {
    await tx.update(Commitment, commitments.get(commitment.code)!.id, {
      incorporatedIntoId: commitments.get(commitment.incorporatedInto!)!.id,
    });
  }
  await insertMissing(
    tx,
    Milestone,
    fresh.flatMap((commitment) =>
      commitment.milestones.map((milestone, index) => ({
        commitmentId: commitments.get(commitment.code)!.id,
        position: index + 1,
        title: milestone.title,
        titleKo: milestone.titleKo ?? null,
        start: milestone.start,
        end: milestone.end,
        completion: milestone.completion,
      })),
    )
  );
  const reportedAt = new Date(`${progressReportedAt}T09:00:00Z`);
  const reports = fresh.filter((commitment) => commitment.progress || commitment.activityDescription);
  if (reports.length) {
    const inserted = await tx.insert(
      ProgressUpdate,
      reports.map((commitment) => ({
        commitmentId: commitments.get(commitment.code)!.id,
        authorId: users.get(commitment.leadOrganization)?.id ?? null,
        body: [commitment.progress, commitment.activityDescription && `**Activities**\n\n${commitment.activityDescription}`]
          .filter(Boolean)
          .join('\n\n'),
        completion: commitment.completion,
        evidenceLinks: [],
        postedAt: reportedAt,
      })),
    );
    for (const [index, { id }] of inserted.identifiers.entries()) {
      const commitmentId = commitments.get(reports[index].code)!.id;
      await appendThreadEvent(tx, { subjectType: SubjectType.COMMITMENT, subjectId: commitmentId, type: 'update:posted', progressUpdateId: id });
    }
  }

  const recommendations = await insertMissing(
    tx,
    IrmRecommendation,
    seed.irmRecommendations.map((recommendation) => ({
      planId: plan.id,
      number: recommendation.number,
      text: recommendation.text,
      textKo: recommendation.textKo ?? null,
      governmentResponse: recommendation.governmentResponse,
      status: recommendation.status,
    }))
  );
  for (const row of recommendations) {
    const codes = seed.irmRecommendations.find((recommendation) => recommendation.number === row.number)!.commitments;
    if (codes.length) {
      await tx.createQueryBuilder().relation(IrmRecommendation, 'commitments').of(row.id).add(codes.map((code) => commitments.get(code)!.id));
    }
  }
}
