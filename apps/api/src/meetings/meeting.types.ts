import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgendaSuggestionReason, MinutesStatus, Sector, type SectorCounts as CountsBySector } from '@ogp-forum/domain';
import { ConnectionType } from '../common/graphql/connection.js';
import { User } from '../users/user.entity.js';
import { Meeting } from './meeting.entity.js';

registerEnumType(AgendaSuggestionReason, { name: 'AgendaSuggestionReason' });

@ObjectType()
export class MeetingConnection extends ConnectionType(Meeting) {}

@ObjectType({ description: 'Counts by sector: OGP asks for parity between government and civil society.' })
export class SectorCounts {
  @Field(() => Int)
  government!: number;

  @Field(() => Int)
  civilSociety!: number;

  @Field(() => Int)
  other!: number;

  @Field(() => Int, { description: "The forum's secretariat, counted for neither side." })
  secretariat!: number;

  @Field(() => Int)
  total!: number;
}

/** The domain's counts by sector, as the api shows them. */
export function toSectorCounts(counts: CountsBySector, total: number): SectorCounts {
  return { government: counts[Sector.GOVERNMENT], civilSociety: counts[Sector.CIVIL_SOCIETY], other: counts[Sector.OTHER], secretariat: counts[Sector.SECRETARIAT], total };
}

@ObjectType()
export class MeetingAttendance {
  @Field(() => SectorCounts)
  bySector!: SectorCounts;

  @Field(() => [User], { nullable: true, description: 'Who was there: forum members only; null for others.' })
  attendees!: User[] | null;
}

@ObjectType()
export class RsvpCounts {
  @Field(() => Int)
  yes!: number;

  @Field(() => Int)
  no!: number;

  @Field(() => Int)
  maybe!: number;
}

/** The minutes of a meeting; the lists are resolved from the meeting's id. */
@ObjectType()
export class Minutes {
  meetingId!: string;

  @Field(() => MinutesStatus)
  status!: MinutesStatus;

  @Field({ description: 'Markdown: the summary of the meeting.' })
  summary!: string;

  @Field(() => Int, { description: 'Give it back as baseVersion when saving the summary.' })
  version!: number;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;
}

@ObjectType({ description: 'Something the agenda could take up, and why it was suggested.' })
export class AgendaSuggestion {
  @Field(() => AgendaSuggestionReason)
  reason!: AgendaSuggestionReason;

  @Field()
  title!: string;

  @Field(() => ID, { nullable: true })
  commitmentId!: string | null;

  @Field(() => ID, { nullable: true })
  proposalId!: string | null;

  @Field(() => ID, { nullable: true })
  actionItemId!: string | null;

  @Field(() => String, { nullable: true, description: 'DELAYED_MILESTONE: the most delayed milestone.' })
  milestoneTitle!: string | null;

  @Field(() => Int, { description: 'Days late: past the milestone\'s end, since the last update, or past the action item\'s due date.' })
  days!: number;
}

@ObjectType({ description: 'OGP\'s rule: the forum meets at least every six months.' })
export class MeetingCompliance {
  @Field(() => Date, { nullable: true })
  lastHeldAt!: Date | null;

  @Field(() => Int, { nullable: true })
  daysSinceLastHeld!: number | null;

  @Field(() => Date, { nullable: true, description: 'The next meeting must be held by then; null when none was ever held.' })
  nextDueBy!: Date | null;

  @Field()
  compliant!: boolean;
}
