import { Inject, Injectable } from '@nestjs/common';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { DataSource } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { csvFile, jsonFile, licenseFile, readmeFile, schemaFile, toOpenDataValue, type OpenDataRow } from './open-data.files.js';
import { OPEN_DATA_TABLES } from './open-data.tables.js';

/** The open-data archive of the whole forum or of one plan: one query per table, read in one snapshot. */
@Injectable()
export class OpenDataService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The archive's files by name, as text. */
  async files(planId: string | null): Promise<Record<string, string>> {
    let scope = 'the whole forum';
    if (planId) {
      const plan = await this.db.getRepository(ActionPlan).findOneBy({ id: planId });
      if (!plan) throw new NotFoundError('ActionPlan', planId);
      scope = `${plan.title} (${plan.periodStart} – ${plan.periodEnd})`;
    }
    const tables = await this.db.transaction('REPEATABLE READ', (tx) =>
      Promise.all(
        OPEN_DATA_TABLES.map(async (table) => {
          const params = [planId, this.config.timeZone].slice(0, table.sql.includes('$2') ? 2 : table.sql.includes('$1') ? 1 : 0);
          const raw: Record<string, unknown>[] = await tx.query(table.sql, params);
          const rows = raw.map((row) => Object.fromEntries(table.columns.map((column) => [column.name, toOpenDataValue(row[column.name])])) as OpenDataRow);
          return { table, rows };
        }),
      ),
    );
    const files: Record<string, string> = {
      'README.md': readmeFile(scope, this.config.openDataLicense),
      'LICENSE.md': licenseFile(this.config.openDataLicense),
      'schema.json': schemaFile(),
    };
    for (const { table, rows } of tables) {
      files[`${table.name}.csv`] = csvFile(table, rows);
      files[`${table.name}.json`] = jsonFile(rows);
    }
    return files;
  }

  async zip(planId: string | null): Promise<Uint8Array> {
    const files = await this.files(planId);
    return zipSync(Object.fromEntries(Object.entries(files).map(([name, content]) => [name, strToU8(content)])) as Zippable, { level: 6 });
  }
}
