import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SearchKind } from '@ogp-forum/domain';
import { ConnectionType } from '../common/graphql/connection.js';

registerEnumType(SearchKind, { name: 'SearchKind', description: 'What the search looks through.' });

@ObjectType({ description: 'A piece of a snippet: text as stored, to be shown as text (never as HTML); `match` marks a word the query found.' })
export class SearchSnippetSegment {
  @Field()
  text!: string;

  @Field()
  match!: boolean;
}

@ObjectType({ description: 'Something the search found, with the page that shows it.' })
export class SearchHit {
  @Field(() => SearchKind)
  kind!: SearchKind;

  @Field(() => ID)
  id!: string;

  @Field({ description: 'What it is, or what it is on (a comment: its commitment, proposal, meeting…).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The title in Korean, where the data has one.' })
  titleKo!: string | null;

  @Field(() => [SearchSnippetSegment], { description: 'Its text around the first match, the matched words marked.' })
  snippet!: SearchSnippetSegment[];

  @Field({ description: 'The path of its page in the web app, e.g. /commitments/<id>.' })
  url!: string;

  @Field(() => Float, { description: 'How well it matches (ts_rank); higher first, the newest first on equal score.' })
  score!: number;

  @Field({ description: 'Its date: posted, submitted, held, published or attached.' })
  at!: Date;
}

@ObjectType({ description: 'How many hits of one kind the query has.' })
export class SearchKindCount {
  @Field(() => SearchKind)
  kind!: SearchKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class SearchConnection extends ConnectionType(SearchHit) {
  @Field(() => [SearchKindCount], { description: 'Hits per kind, for the kinds asked (none for a kind without hits).' })
  kinds!: SearchKindCount[];

  @Field({ description: 'False when a kind had more matches than are ranked (the 1,000 newest of each kind): counts are then at least these.' })
  totalCountIsExact!: boolean;
}
