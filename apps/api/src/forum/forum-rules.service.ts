import { Injectable } from '@nestjs/common';
import { Locale } from '@ogp-forum/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ConflictError } from '../common/errors/domain-errors.js';
import type { User } from '../users/user.entity.js';
import { SaveForumRulesInput } from './dto/save-forum-rules.input.js';
import { ForumRules, ForumRulesVersion } from './forum-rules.entity.js';

const LOCALES = [Locale.en, Locale.ko];

/**
 * The forum's basic rules (OGP 1.1): per language one Markdown text, every save kept as a numbered version (who, when),
 * a save from an older version a CONFLICT carrying the text saved meanwhile — the report sections' pattern.
 */
@Injectable()
export class ForumRulesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Both languages, English first; an unwritten one has version 0 and no text. */
  async current(): Promise<ForumRules[]> {
    const rows = await this.db.getRepository(ForumRules).find();
    return LOCALES.map(
      (locale) => rows.find((row) => row.locale === locale) ?? Object.assign(new ForumRules(), { id: `forum-rules:${locale}`, locale, text: '', version: 0, updatedById: null, updatedAt: null, seeded: false }),
    );
  }

  /**
   * When the published rules were last saved, in any language; null when no language has a text (not published). The
   * compliance panel (1.1) and the plans' repository pages read it.
   */
  async publishedAt(): Promise<Date | null> {
    const [row] = await this.db.query<{ at: Date | null }[]>(`SELECT max(updated_at) AS at FROM forum_rules WHERE version > 0 AND btrim(text) <> ''`);
    return row?.at ?? null;
  }

  async versions(locale: Locale): Promise<ForumRulesVersion[]> {
    return this.db
      .getRepository(ForumRulesVersion)
      .createQueryBuilder('v')
      .innerJoin(ForumRules, 'r', 'r.id = v.rules_id')
      .where('r.locale = :locale', { locale })
      .orderBy('v.version', 'DESC')
      .getMany();
  }

  async save(editor: User, input: SaveForumRulesInput): Promise<ForumRules> {
    return this.db.transaction(async (tx) => {
      const current = await lockedRules(tx, input.locale);
      if (input.baseVersion !== current.version) {
        throw new ConflictError('Someone saved the rules after you started editing; merge your text with theirs', { currentVersion: current.version, currentText: current.text });
      }
      if (current.version > 0 && current.text === input.text) return current;
      const rules = await tx.save(Object.assign(current, { text: input.text, version: current.version + 1, updatedById: editor.id, updatedAt: new Date(), seeded: false }));
      await tx.insert(ForumRulesVersion, { rulesId: rules.id, version: rules.version, text: input.text, authorId: editor.id, createdAt: rules.updatedAt!, seeded: false });
      await this.audit.record(tx, { actorId: editor.id, action: 'forum.rules_saved', entityType: 'ForumRules', entityId: rules.id, after: { locale: input.locale, version: rules.version } });
      return rules;
    });
  }
}

/**
 * The row of a language, created empty (version 0) on first use and locked until the transaction ends, so that two first
 * saves cannot both become version 1.
 */
async function lockedRules(tx: EntityManager, locale: Locale): Promise<ForumRules> {
  await tx.query(`INSERT INTO forum_rules (locale, text, version) VALUES ($1, '', 0) ON CONFLICT (locale) DO NOTHING`, [locale]);
  return tx.findOneOrFail(ForumRules, { where: { locale }, lock: { mode: 'pessimistic_write' } });
}

/** The seed's first version of each language, for a forum that has none yet (seeding; never over the forum's own text). */
export async function seedForumRules(tx: EntityManager, texts: Partial<Record<Locale, string>>): Promise<void> {
  for (const locale of LOCALES) {
    const text = texts[locale];
    if (!text) continue;
    const current = await lockedRules(tx, locale);
    if (current.version > 0) continue;
    const rules = await tx.save(Object.assign(current, { text, version: 1, updatedById: null, updatedAt: new Date(), seeded: true }));
    await tx.insert(ForumRulesVersion, { rulesId: rules.id, version: 1, text, authorId: null, createdAt: rules.updatedAt!, seeded: true });
  }
}
