import { Args, Context, Int, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action } from '@ogp-forum/domain';
import { idArg } from '../common/graphql/id-args.js';
import { Allow } from '../common/guards/allow.decorator.js';
import { ConnectionType } from '../common/graphql/connection.js';
import type { GraphqlContext } from '../common/graphql/context.js';
import { Member } from '../members/member.type.js';
import { AuditEvent } from './audit-event.entity.js';
import { AuditService } from './audit.service.js';

@ObjectType()
export class AuditEventConnection extends ConnectionType(AuditEvent) {}

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Allow(Action.READ_AUDIT_LOG)
  @Query(() => AuditEventConnection, { description: 'Every recorded change, newest first; optionally of one record.' })
  auditEvents(
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args(...idArg('entityId', { nullable: true })) entityId?: string,
  ) {
    return this.audit.list(first, after, entityId);
  }

  @ResolveField(() => Member, { nullable: true, description: 'Who made the change; null for the system (seeds).' })
  actor(@Parent() event: AuditEvent, @Context() { loaders }: GraphqlContext) {
    return event.actorId ? loaders.user.load(event.actorId) : null;
  }
}
