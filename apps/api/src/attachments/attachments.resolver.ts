import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, AttachmentSubjectType, canUploadAttachment } from '@ogp-forum/domain';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { Commitment } from '../commitments/commitment.entity.js';
import type { GraphqlContext } from '../common/graphql/context.js';
import { idArg } from '../common/graphql/id-args.js';
import { Allow, CurrentUser } from '../common/guards/allow.decorator.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { Proposal } from '../proposals/proposal.entity.js';
import { User } from '../users/user.entity.js';
import { Attachment } from './attachment.entity.js';
import { AttachmentsService } from './attachments.service.js';
import { PlanRepository, RepositoryService } from './repository.service.js';

@Resolver(() => Attachment)
export class AttachmentsResolver {
  constructor(
    private readonly attachments: AttachmentsService,
    private readonly repository: RepositoryService,
  ) {}

  @ResolveField(() => String, { description: 'Where to download it: GET, with the bearer token for a private subject.' })
  url(@Parent() attachment: Attachment): string {
    return `/attachments/${attachment.id}`;
  }

  @ResolveField(() => User, { nullable: true, description: 'Who attached it; null if their account is gone.' })
  uploadedBy(@Parent() attachment: Attachment, @Context() { loaders }: GraphqlContext) {
    return attachment.uploadedById ? loaders.user.load(attachment.uploadedById) : null;
  }

  @Allow(Action.UPLOAD_DOCUMENT)
  @Mutation(() => Boolean, { description: 'Removes a document: the person who attached it, or the secretariat.' })
  deleteAttachment(@CurrentUser() user: User, @Args(...idArg('id')) id: string): Promise<boolean> {
    return this.attachments.delete(user, id);
  }

  @Allow(Action.READ_PUBLIC)
  @Query(() => PlanRepository, { description: "A plan's public repository: every document of its cycle, with dates." })
  planRepository(@Args(...idArg('planId')) planId: string): Promise<PlanRepository> {
    return this.repository.forPlan(planId);
  }
}

const listed = { description: 'Documents attached to it, oldest first.' };
const mayAttach = { description: 'Whether the signed-in member may attach documents to it (POST /attachments).' };

@Resolver(() => ActionPlan)
export class PlanAttachmentsResolver {
  @ResolveField(() => [Attachment], listed)
  attachments(@Parent() plan: ActionPlan, @Context() { loaders }: GraphqlContext) {
    return loaders.attachmentsBySubject.load(plan.id);
  }

  @ResolveField(() => Boolean, mayAttach)
  mayAttachDocuments(@CurrentUser() viewer: User | null): boolean {
    return canUploadAttachment(viewer, { type: AttachmentSubjectType.PLAN });
  }
}

@Resolver(() => Commitment)
export class CommitmentAttachmentsResolver {
  @ResolveField(() => [Attachment], { description: 'Evidence of implementation, oldest first.' })
  attachments(@Parent() commitment: Commitment, @Context() { loaders }: GraphqlContext) {
    return loaders.attachmentsBySubject.load(commitment.id);
  }

  @ResolveField(() => Boolean, mayAttach)
  mayAttachDocuments(@Parent() commitment: Commitment, @CurrentUser() viewer: User | null): boolean {
    return canUploadAttachment(viewer, { type: AttachmentSubjectType.COMMITMENT, commitment });
  }
}

@Resolver(() => Meeting)
export class MeetingAttachmentsResolver {
  @ResolveField(() => [Attachment], { description: 'Annexes to the minutes, oldest first.' })
  attachments(@Parent() meeting: Meeting, @Context() { loaders }: GraphqlContext) {
    return loaders.attachmentsBySubject.load(meeting.id);
  }

  @ResolveField(() => Boolean, mayAttach)
  mayAttachDocuments(@CurrentUser() viewer: User | null): boolean {
    return canUploadAttachment(viewer, { type: AttachmentSubjectType.MEETING });
  }
}

/** A proposal reaches this field only when its reader may read it, so its documents are theirs to see too. */
@Resolver(() => Proposal)
export class ProposalAttachmentsResolver {
  @ResolveField(() => [Attachment], listed)
  attachments(@Parent() proposal: Proposal, @Context() { loaders }: GraphqlContext) {
    return loaders.attachmentsBySubject.load(proposal.id);
  }

  @ResolveField(() => Boolean, mayAttach)
  mayAttachDocuments(@Parent() proposal: Proposal, @CurrentUser() viewer: User | null): boolean {
    return canUploadAttachment(viewer, { type: AttachmentSubjectType.PROPOSAL, proposal });
  }
}
