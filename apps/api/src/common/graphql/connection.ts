import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { controlCharacterIn } from '@ogp-forum/domain';
import { BadUserInputError } from '../errors/domain-errors.js';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field({ description: 'Whether there are earlier nodes: known when paging backwards (last, before), else false.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * A Relay-style cursor connection for a node type; name the subclass after it:
 * `@ObjectType() class CommitmentConnection extends ConnectionType(Commitment) {}`.
 */
export function ConnectionType<T>(node: Type<T>): Type<Connection<T>> {
  @ObjectType(`${node.name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionClass {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many nodes match, on all pages.' })
    totalCount!: number;
  }
  return ConnectionClass as unknown as Type<Connection<T>>;
}

export const MAX_PAGE_SIZE = 100;

export function encodeCursor(value: string): string {
  return Buffer.from(value, 'utf8').toString('base64url');
}

const notOurCursor = () => new BadUserInputError('after is not a cursor this api gave out', { field: 'after' });

export function decodeCursor(cursor: string): string {
  const value = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!value || encodeCursor(value) !== cursor || controlCharacterIn(value)) throw notOurCursor();
  return value;
}

/** A cursor holding a position in a sequence (a thread's `seq`). */
export function decodeSeqCursor(cursor: string): number {
  const seq = Number(decodeCursor(cursor));
  if (!Number.isSafeInteger(seq) || seq < 0) throw notOurCursor();
  return seq;
}

/** A cursor holding a time (newest-first lists). */
export function decodeTimeCursor(cursor: string): Date {
  const time = new Date(decodeCursor(cursor));
  if (Number.isNaN(time.getTime())) throw notOurCursor();
  return time;
}

export function checkPageSize(first: number, field: 'first' | 'last' = 'first'): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`${field} must be between 1 and ${MAX_PAGE_SIZE}`, { field });
  }
}

/**
 * Turns one page of rows, fetched with `take: first + 1` (the extra row only tells whether there is a next page),
 * into a connection whose cursors come from `cursorOf`.
 */
/** The page info of a page of edges: which way there is more, and the cursors at both ends. */
export function pageInfoOf(edges: { cursor: string }[], more: { next?: boolean; previous?: boolean }): PageInfo {
  return { hasNextPage: more.next ?? false, endCursor: edges.at(-1)?.cursor ?? null, hasPreviousPage: more.previous ?? false, startCursor: edges[0]?.cursor ?? null };
}

export function toConnection<T>(rows: T[], first: number, totalCount: number, cursorOf: (node: T) => string): Connection<T> {
  const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  return { edges, totalCount, pageInfo: pageInfoOf(edges, { next: rows.length > first }) };
}

/**
 * The page before a cursor, fetched newest first with `take: last + 1`: its nodes in their usual order, and whether
 * there are earlier ones.
 */
export function toBackwardConnection<T>(rowsNewestFirst: T[], last: number, totalCount: number, cursorOf: (node: T) => string): Connection<T> {
  const edges = rowsNewestFirst.slice(0, last).reverse().map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  return { edges, totalCount, pageInfo: pageInfoOf(edges, { previous: rowsNewestFirst.length > last }) };
}
