/** What the forum's search looks through (issue 12). */
export enum SearchKind {
  COMMITMENT = 'COMMITMENT',
  PROGRESS_UPDATE = 'PROGRESS_UPDATE',
  COMMENT = 'COMMENT',
  IRM_RECOMMENDATION = 'IRM_RECOMMENDATION',
  MINUTES = 'MINUTES',
  PROPOSAL = 'PROPOSAL',
  MEETING = 'MEETING',
  DOCUMENT = 'DOCUMENT',
}

/** The longest query taken, in characters. */
export const MAX_SEARCH_QUERY_LENGTH = 200;

/** Hangul syllables (가 … 힣): Korean words are searched by pairs of neighbouring syllables, as the index stores them. */
const HANGUL_RUN = /[가-힣]+/g;

export interface SearchTerms {
  /** The rest of the query, for PostgreSQL's websearch_to_tsquery (English stemming, "quoted phrases", or, -not). */
  words: string;
  /** The runs of Hangul syllables in the query, in order, each once. */
  hangul: string[];
}

/** Splits a query into its Korean runs and the rest. */
export function searchTerms(query: string): SearchTerms {
  const hangul = [...new Set(query.match(HANGUL_RUN) ?? [])];
  const words = query.replace(HANGUL_RUN, ' ').replace(/\s+/g, ' ').trim();
  return { words, hangul };
}

/**
 * The tsquery (in the `simple` configuration) for the Korean runs of a query, ANDed: a run of two or more syllables is
 * the phrase of its bigrams (정보공개 → 정보 <-> 보공 <-> 공개, so 정보공개를 and 정보공개의 match, 정보 공개 does not);
 * a single syllable matches words starting with it. Only Hangul syllables reach the text, so it is always valid syntax.
 * '' when there is no Korean in the query.
 */
export function hangulTsquery(runs: readonly string[]): string {
  return runs
    .map((run) => {
      const syllables = [...run];
      if (syllables.length === 1) return `${run}:*`;
      const grams = syllables.slice(1).map((syllable, index) => syllables[index] + syllable);
      return grams.length === 1 ? grams[0]! : `(${grams.join(' <-> ')})`;
    })
    .join(' & ');
}

/** A piece of a snippet: the text as stored, and whether it is a matched word. Shown as text, never as HTML. */
export interface SnippetSegment {
  text: string;
  match: boolean;
}

/** Where PostgreSQL's ts_headline marks a matched English word; control characters never stored in texts. */
export const MATCH_START = '\u0001';
export const MATCH_END = '\u0002';

/** Markdown marks that mean nothing in a snippet: links keep their text, emphasis and headings their words. */
function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]\u0001\u0002]*)\]\([^)\s]*\)/g, '$1')
    .replace(/(\*\*|__|`+|~~)/g, '')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The snippet of a text around its first match: `marked` is the text with English matches between MATCH_START and
 * MATCH_END (ts_headline with HighlightAll); the Korean runs of the query are marked here, wherever they occur (as
 * words or inside longer ones: 정보공개 in 정보공개를). At most about `length` characters, cut at spaces, with "…"
 * where text was left out.
 */
export function snippetSegments(marked: string, hangul: readonly string[], length = 220): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = segments.at(-1);
    if (last && last.match === match && !match) last.text += text;
    else segments.push({ text, match });
  };
  const korean = hangul.length ? new RegExp(`(${[...hangul].sort((a, b) => b.length - a.length).join('|')})`, 'g') : null;
  const text = plainText(marked);
  for (const [index, part] of text.split(new RegExp(`${MATCH_START}|${MATCH_END}`)).entries()) {
    if (index % 2 === 1) {
      push(part, true);
      continue;
    }
    if (!korean) {
      push(part, false);
      continue;
    }
    for (const [position, piece] of part.split(korean).entries()) push(piece, position % 2 === 1);
  }
  return window(segments, length);
}

/** Cuts segments to about `length` characters, starting a little before the first match. */
function window(segments: SnippetSegment[], length: number): SnippetSegment[] {
  const total = segments.reduce((sum, segment) => sum + segment.text.length, 0);
  if (total <= length) return segments;
  const first = segments.findIndex((segment) => segment.match);
  let offset = segments.slice(0, Math.max(first, 0)).reduce((sum, segment) => sum + segment.text.length, 0);
  offset = Math.max(0, Math.min(offset - Math.floor(length / 4), total - length));
  const result: SnippetSegment[] = [];
  let position = 0;
  for (const segment of segments) {
    const start = Math.max(offset - position, 0);
    const end = Math.min(offset + length - position, segment.text.length);
    position += segment.text.length;
    if (end <= start) continue;
    // A matched word is kept whole; elsewhere the cut moves to the next space.
    result.push({ ...segment, text: segment.match ? segment.text : segment.text.slice(start, end) });
  }
  const head = result[0];
  if (offset > 0 && head && !head.match) head.text = '…' + head.text.replace(/^\S*\s/, '');
  const tail = result.at(-1);
  if (offset + length < total && tail && !tail.match) tail.text = tail.text.replace(/\s\S*$/, '') + '…';
  return result.filter((segment) => segment.text);
}
