import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The record of an open-data archive loaded by `npm run import` into an empty installation. Its presence also tells the
 * seeding that this forum brought its own history: the reference data (Korea's 3rd NAP, its organisations, the sample
 * meetings, the seeded rules) and the demo accounts are then never added on top of it.
 */
@Entity('data_imports')
export class DataImport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  fileName!: string;

  @Column({ type: 'char', length: 64 })
  archiveSha256!: string;

  /** Rows written per table of the archive. */
  @Column({ type: 'jsonb' })
  rowCounts!: Record<string, number>;

  @CreateDateColumn({ type: 'timestamptz' })
  importedAt!: Date;
}
