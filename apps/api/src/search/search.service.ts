import { Inject, Injectable } from '@nestjs/common';
import {
  Action,
  can,
  hangulTsquery,
  hasVisibleText,
  isCalendarDate,
  MATCH_END,
  MATCH_START,
  MAX_SEARCH_QUERY_LENGTH,
  SearchKind,
  searchTerms,
  snippetSegments,
} from '@ogp-forum/domain';
import { DataSource } from 'typeorm';
import { checkPageSize, decodeCursor, encodeCursor, pageInfoOf } from '../common/graphql/connection.js';
import { UUID } from '../common/graphql/id-args.js';
import { BadUserInputError } from '../common/errors/domain-errors.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import type { User } from '../users/user.entity.js';
import { DETAILS, MATCHES, RANKED_PER_KIND } from './search.sql.js';
import type { SearchConnection, SearchHit } from './search.types.js';

export interface SearchInput {
  query: string;
  kinds?: SearchKind[] | null;
  planId?: string | null;
  /** Days in the forum's time zone, YYYY-MM-DD, both included. */
  from?: string | null;
  to?: string | null;
  first: number;
  after?: string | null;
}

interface PageRow {
  kind: SearchKind;
  id: string;
  at: string;
  score: string;
}

/** The position of a hit in the ranking, as its cursor holds it. */
interface Position {
  score: string;
  at: string;
  id: string;
}

const badCursor = () => new BadUserInputError('after is not a cursor this api gave out', { field: 'after' });

/** Search over everything the reader may read (issue 12): PostgreSQL full text in English, Hangul bigrams in Korean. */
@Injectable()
export class SearchService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async search(reader: User | null, input: SearchInput): Promise<SearchConnection> {
    const query = input.query.trim();
    if (!hasVisibleText(query)) throw new BadUserInputError('query must not be empty', { field: 'query' });
    if (query.length > MAX_SEARCH_QUERY_LENGTH) throw new BadUserInputError(`query must be at most ${MAX_SEARCH_QUERY_LENGTH} characters`, { field: 'query' });
    checkPageSize(input.first);
    for (const field of ['from', 'to'] as const) {
      const day = input[field];
      if (day != null && !isCalendarDate(day)) throw new BadUserInputError(`${field} must be a day as YYYY-MM-DD`, { field });
    }
    if (input.from && input.to && input.from > input.to) throw new BadUserInputError('from must not be after to', { field: 'from' });
    const after = input.after ? decodePosition(input.after) : null;
    const kinds = input.kinds?.length ? [...new Set(input.kinds)] : Object.values(SearchKind);

    const terms = searchTerms(query);
    const tsquery = await this.tsquery(terms.words, hangulTsquery(terms.hangul));
    if (!tsquery) return { edges: [], totalCount: 0, kinds: [], totalCountIsExact: true, pageInfo: pageInfoOf([], {}) };

    const params = [
      tsquery.query,
      reader?.id ?? null,
      reader?.organizationId ?? null,
      can(reader, Action.READ_MEMBER_CONTENT),
      input.planId ?? null,
      input.from ?? null,
      input.to ?? null,
      this.config.timeZone,
      after?.score ?? null,
      after?.at ?? null,
      after?.id ?? null,
      input.first + 1,
    ];
    const matches = kinds.map((kind) => `SELECT '${kind}'::text AS kind, * FROM (${MATCHES[kind]}) ${kind.toLowerCase()}`).join('\nUNION ALL\n');
    const [{ page, counts }] = (await this.db.query(
      // Every parameter is typed here once: a kind's SQL may leave some unused (commitments do not ask who reads).
      `WITH typed AS (SELECT $1::tsquery, $2::uuid, $3::uuid, $4::boolean, $5::uuid, $6::date, $7::date, $8::text),
       hits AS MATERIALIZED (${matches})
       SELECT
         (SELECT coalesce(json_agg(p), '[]') FROM (
            SELECT kind, id, at, score::text AS score FROM hits
            WHERE $9::numeric IS NULL OR (score, at, id) < ($9::numeric, $10::timestamptz, $11::uuid)
            ORDER BY score DESC, at DESC, id DESC LIMIT $12) p) AS page,
         (SELECT coalesce(json_agg(json_build_object('kind', kind, 'count', n) ORDER BY kind), '[]') FROM (SELECT kind, count(*)::int AS n FROM hits GROUP BY kind) k) AS counts`,
      params,
    )) as { page: PageRow[]; counts: { kind: SearchKind; count: number }[] }[];

    const rows = page.slice(0, input.first);
    const shown = await this.details(rows, tsquery.words, terms.hangul);
    const edges = rows.map((row) => ({ cursor: encodePosition(row), node: shown.get(row.id)! })).filter((edge) => edge.node);
    return {
      edges,
      totalCount: counts.reduce((sum, kind) => sum + kind.count, 0),
      kinds: counts,
      totalCountIsExact: counts.every((kind) => kind.count < RANKED_PER_KIND),
      pageInfo: pageInfoOf(edges, { next: page.length > input.first }),
    };
  }

  /**
   * The query as a tsquery: English words through websearch_to_tsquery (stemmed, accents removed, stop words dropped),
   * ANDed with the phrases of Hangul bigrams. Null when nothing searchable is left ("the", punctuation).
   */
  private async tsquery(words: string, hangul: string): Promise<{ query: string; words: string | null } | null> {
    const korean = hangul ? ` && to_tsquery('simple', $2)` : '';
    const [row] = (await this.db.query(
      `SELECT q::text AS query, numnode(q) AS nodes, numnode(words) AS word_nodes, words::text AS words
       FROM (SELECT websearch_to_tsquery('forum_search', $1) AS words) s, LATERAL (SELECT words${korean} AS q) q`,
      hangul ? [words, hangul] : [words],
    )) as { query: string; nodes: number; word_nodes: number; words: string }[];
    if (!row || row.nodes === 0) return null;
    return { query: row.query, words: row.word_nodes > 0 ? row.words : null };
  }

  /** Titles, snippets and links of one page of hits, by id. */
  private async details(rows: PageRow[], words: string | null, hangul: string[]): Promise<Map<string, SearchHit>> {
    const byKind = new Map<SearchKind, string[]>();
    for (const row of rows) byKind.set(row.kind, [...(byKind.get(row.kind) ?? []), row.id]);
    const shown = new Map<string, SearchHit>();
    if (!rows.length) return shown;
    // English matches are marked by PostgreSQL itself, with its stemming; Korean ones by snippetSegments.
    const marked = `coalesce(ts_headline('forum_search', text, $1::tsquery, 'HighlightAll=true, StartSel=${MATCH_START}, StopSel=${MATCH_END}'), text)`;
    const parts = [...byKind.keys()].map((kind, index) =>
      `SELECT '${kind}'::text AS kind, id, title, title_ko, ${marked} AS marked, url FROM (${DETAILS[kind].replace('$1::uuid[]', `$${index + 2}::uuid[]`)}) d`,
    );
    const found = (await this.db.query(parts.join('\nUNION ALL\n'), [words, ...byKind.values()])) as {
      kind: SearchKind;
      id: string;
      title: string;
      title_ko: string | null;
      marked: string | null;
      url: string;
    }[];
    const positions = new Map(rows.map((row) => [row.id, row]));
    for (const row of found) {
      const position = positions.get(row.id)!;
      shown.set(row.id, {
        kind: row.kind,
        id: row.id,
        title: row.title,
        titleKo: row.title_ko,
        snippet: snippetSegments(row.marked ?? '', hangul),
        url: row.url,
        score: Number(position.score),
        at: new Date(position.at),
      });
    }
    return shown;
  }
}

function encodePosition(row: PageRow): string {
  return encodeCursor(JSON.stringify([row.score, row.at, row.id]));
}

function decodePosition(cursor: string): Position {
  let value: unknown;
  try {
    value = JSON.parse(decodeCursor(cursor));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(value) || value.length !== 3) throw badCursor();
  const [score, at, id] = value as unknown[];
  if (typeof score !== 'string' || !/^\d+(\.\d+)?$/.test(score)) throw badCursor();
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) throw badCursor();
  if (typeof id !== 'string' || !UUID.test(id)) throw badCursor();
  return { score, at, id };
}
