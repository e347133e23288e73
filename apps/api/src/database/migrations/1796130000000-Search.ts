import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search (issue 12): a `tsvector` column on every searched table, kept by a trigger, with a GIN index.
 *
 * Each vector holds two kinds of lexemes, built by `search_document(text, weight)`:
 * - English: the `forum_search` configuration (the `english` stemmer behind `unaccent`), so "published" is stored as
 *   `publish`, and "École" as `ecol`; Hangul runs are cut from their Latin neighbours first ("OGP에서" → "OGP 에서").
 * - Korean: every pair of neighbouring syllables of each Hangul run (`search_hangul_bigrams`), with positions, so
 *   정보공개를 stores 정보·보공·공개·개를 at consecutive positions. A query for 정보공개 asks for the phrase
 *   정보 <-> 보공 <-> 공개, which finds 정보공개를 and 정보공개의 (the particle only adds a bigram); a two-syllable word
 *   (예산, 회의) is one bigram, a single GIN lookup. pg_trgm cannot do this: a two-syllable pattern has no trigram, so
 *   `ILIKE '%예산%'` on a trigram index reads the whole index and rechecks every row (EXPLAIN on 500,000 comments: the
 *   bitmap index scan returned 500,050 rows for 50 matches, 6.6 s, against 50 rows and 9.5 ms for the bigram lexeme).
 *
 * A trigger rather than a generated column: TypeORM cannot describe a generated column without its own metadata table,
 * and would otherwise drop it from the next generated migration. The trigger runs on every INSERT (COPY and
 * INSERT … SELECT included) and on UPDATE of the searched columns, in the writing transaction: a comment is findable
 * as soon as it commits.
 */
/** The searched tables: the vector column, its trigger and index, and the columns it is made of, with their weight (A: titles). */
const SEARCHED_TABLES: { name: string; vector: string; trigger: string; index: string; fields: [weight: 'A' | 'B', column: string, kind?: 'file name'][] }[] = [
  {
    name: 'commitments',
    vector: 'search_vector',
    trigger: 'TRG_commitments_search',
    index: 'IDX_commitments_search',
    fields: [['A', 'code'], ['A', 'title'], ['A', 'title_ko'], ['B', 'summary'], ['B', 'public_problem'], ['B', 'description'], ['B', 'how_it_solves'], ['B', 'additional_info'], ['B', 'next_steps'], ['B', 'involved_actors']],
  },
  { name: 'progress_updates', vector: 'search_vector', trigger: 'TRG_progress_updates_search', index: 'IDX_progress_updates_search', fields: [['B', 'body']] },
  { name: 'comments', vector: 'search_vector', trigger: 'TRG_comments_search', index: 'IDX_comments_search', fields: [['B', 'body']] },
  { name: 'irm_recommendations', vector: 'search_vector', trigger: 'TRG_irm_recommendations_search', index: 'IDX_irm_recommendations_search', fields: [['A', 'text'], ['A', 'text_ko'], ['B', 'government_response']] },
  { name: 'meetings', vector: 'search_vector', trigger: 'TRG_meetings_search', index: 'IDX_meetings_search', fields: [['A', 'title'], ['B', 'description'], ['B', 'place']] },
  { name: 'meetings', vector: 'minutes_search_vector', trigger: 'TRG_meetings_minutes_search', index: 'IDX_meetings_minutes_search', fields: [['B', 'minutes_summary']] },
  { name: 'agenda_items', vector: 'search_vector', trigger: 'TRG_agenda_items_search', index: 'IDX_agenda_items_search', fields: [['B', 'notes']] },
  { name: 'meeting_decisions', vector: 'search_vector', trigger: 'TRG_meeting_decisions_search', index: 'IDX_meeting_decisions_search', fields: [['B', 'text']] },
  {
    name: 'proposals',
    vector: 'search_vector',
    trigger: 'TRG_proposals_search',
    index: 'IDX_proposals_search',
    fields: [['A', 'title'], ['B', 'problem'], ['B', 'proposed_action'], ['B', 'expected_results'], ['B', 'suggested_lead_agency'], ['B', 'rationale']],
  },
  // Document names: "budget-report_2017.pdf" is read as "budget report 2017 pdf".
  { name: 'attachments', vector: 'search_vector', trigger: 'TRG_attachments_search', index: 'IDX_attachments_search', fields: [['A', 'name', 'file name']] },
];

export class Search1796130000000 implements MigrationInterface {
  name = 'Search1796130000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION forum_search (COPY = english)`);
    await queryRunner.query(`ALTER TEXT SEARCH CONFIGURATION forum_search ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem`);
    await queryRunner.query(`
      CREATE FUNCTION search_hangul_bigrams(value text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
        SELECT coalesce(string_agg(b.gram || ':' || least(b.pos, 16383), ' ')::tsvector, ''::tsvector)
        FROM (
          -- Consecutive positions inside a run, a gap of one between runs: a phrase never spans two words.
          SELECT substr(m.run[1], i, 2) AS gram, row_number() OVER (ORDER BY m.n, i) + m.n AS pos
          FROM regexp_matches(value, '[가-힣]{2,}', 'g') WITH ORDINALITY AS m(run, n)
          CROSS JOIN LATERAL generate_series(1, char_length(m.run[1]) - 1) AS i
        ) b
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION search_document(value text, weight "char") RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector('forum_search'::regconfig, regexp_replace(coalesce(value, ''), '([가-힣]+)', ' \\1 ', 'g')), weight)
            || setweight(search_hangul_bigrams(coalesce(value, '')), weight)
      $$`);
    // One trigger function for every table: its arguments name the vector column, then "weight:column" pairs
    // ("weight:column:file name" for a file name, whose dots, dashes and underscores separate words).
    await queryRunner.query(`
      CREATE FUNCTION search_vector_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        fields jsonb := to_jsonb(NEW);
        vector tsvector := '';
        source text;
        part text[];
        value text;
      BEGIN
        FOREACH source IN ARRAY TG_ARGV[1:] LOOP
          part := string_to_array(source, ':');
          value := fields ->> part[2];
          IF part[3] = 'file name' THEN value := regexp_replace(value, '[._-]+', ' ', 'g'); END IF;
          vector := vector || search_document(value, part[1]::"char");
        END LOOP;
        NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], vector));
        RETURN NEW;
      END $$`);
    for (const table of SEARCHED_TABLES) {
      const columns = table.fields.map(([, column]) => `"${column}"`).join(', ');
      const args = [table.vector, ...table.fields.map((field) => field.join(':'))].map((arg) => `'${arg}'`).join(', ');
      await queryRunner.query(`ALTER TABLE "${table.name}" ADD "${table.vector}" tsvector`);
      await queryRunner.query(
        `CREATE TRIGGER "${table.trigger}" BEFORE INSERT OR UPDATE OF ${columns} ON "${table.name}" FOR EACH ROW EXECUTE FUNCTION search_vector_refresh(${args})`,
      );
      // Rows written before: rewriting a searched column fires the trigger.
      const [, first] = table.fields[0]!;
      await queryRunner.query(`UPDATE "${table.name}" SET "${first}" = "${first}"`);
      await queryRunner.query(`CREATE INDEX "${table.index}" ON "${table.name}" USING gin ("${table.vector}")`);
    }
    // The newest comments first: a word found in most comments is ranked among its newest matches, read in this order.
    await queryRunner.query(`CREATE INDEX "IDX_comments_created_at" ON "comments" ("created_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_comments_created_at"`);
    for (const table of [...SEARCHED_TABLES].reverse()) {
      await queryRunner.query(`DROP INDEX "public"."${table.index}"`);
      await queryRunner.query(`DROP TRIGGER "${table.trigger}" ON "${table.name}"`);
      await queryRunner.query(`ALTER TABLE "${table.name}" DROP COLUMN "${table.vector}"`);
    }
    await queryRunner.query(`DROP FUNCTION search_vector_refresh()`);
    await queryRunner.query(`DROP FUNCTION search_document(text, "char")`);
    await queryRunner.query(`DROP FUNCTION search_hangul_bigrams(text)`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION forum_search`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
