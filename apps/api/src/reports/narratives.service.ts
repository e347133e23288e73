import { Injectable } from '@nestjs/common';
import { Locale, REPORT_SECTIONS, ReportKind } from '@ogp-forum/domain';
import { DataSource } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { ConflictError, NotFoundError } from '../common/errors/domain-errors.js';
import type { User } from '../users/user.entity.js';
import { ReportNarrativeRef, SaveReportNarrativeInput } from './dto/report.inputs.js';
import { ReportNarrative, ReportNarrativeVersion } from './report-narrative.entity.js';

/**
 * The parts of a report people write: each section per plan, kind and language keeps every version, and a save based on
 * an older version is a CONFLICT carrying the text saved meanwhile, as with minutes and draft sections.
 */
@Injectable()
export class NarrativesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Every section of a report in one language, in the report's order; an unwritten one has version 0 and no text. */
  async sections(planId: string, kind: ReportKind, locale: Locale): Promise<ReportNarrative[]> {
    await this.plan(planId);
    const rows = await this.db.getRepository(ReportNarrative).findBy({ planId, kind, locale });
    return REPORT_SECTIONS.map(
      (key) => rows.find((row) => row.key === key) ?? Object.assign(new ReportNarrative(), { id: `${planId}:${kind}:${key}:${locale}`, planId, kind, key, locale, text: '', version: 0, updatedById: null, updatedAt: null }),
    );
  }

  /** The texts of both languages, for the report itself. */
  async texts(planId: string, kind: ReportKind): Promise<ReportNarrative[]> {
    return this.db.getRepository(ReportNarrative).findBy({ planId, kind });
  }

  async versions(ref: ReportNarrativeRef): Promise<ReportNarrativeVersion[]> {
    const narrative = await this.db.getRepository(ReportNarrative).findOneBy({ planId: ref.planId, kind: ref.kind, key: ref.key, locale: ref.locale });
    if (!narrative) return [];
    return this.db.getRepository(ReportNarrativeVersion).find({ where: { narrativeId: narrative.id }, order: { version: 'DESC' } });
  }

  async save(editor: User, input: SaveReportNarrativeInput): Promise<ReportNarrative> {
    return this.db.transaction(async (tx) => {
      // The plan's row lock serialises first saves, which would otherwise race to create the section.
      const plan = await tx.findOne(ActionPlan, { where: { id: input.planId }, lock: { mode: 'pessimistic_write' } });
      if (!plan) throw new NotFoundError('ActionPlan', input.planId);
      const where = { planId: input.planId, kind: input.kind, key: input.key, locale: input.locale };
      const current = await tx.findOneBy(ReportNarrative, where);
      const version = current?.version ?? 0;
      if (input.baseVersion !== version) {
        throw new ConflictError('Someone saved this section after you started editing; merge your text with theirs', { currentVersion: version, currentText: current?.text ?? '' });
      }
      if (current && current.text === input.text) return current;
      const narrative = await tx.save(Object.assign(current ?? tx.create(ReportNarrative, where), { text: input.text, version: version + 1, updatedById: editor.id }));
      await tx.insert(ReportNarrativeVersion, { narrativeId: narrative.id, version: narrative.version, text: input.text, authorId: editor.id });
      await this.audit.record(tx, { actorId: editor.id, action: 'report.narrative_saved', entityType: 'ActionPlan', entityId: plan.id, after: { ...where, version: narrative.version } });
      return narrative;
    });
  }

  private async plan(planId: string): Promise<ActionPlan> {
    const plan = await this.db.getRepository(ActionPlan).findOneBy({ id: planId });
    if (!plan) throw new NotFoundError('ActionPlan', planId);
    return plan;
  }
}
