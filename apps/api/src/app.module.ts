import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { AuditModule } from './audit/audit.module.js';
import { DiscussionModule } from './discussion/discussion.module.js';
import { ProposalsModule } from './proposals/proposals.module.js';
import { MeetingsModule } from './meetings/meetings.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { ComplianceModule } from './compliance/compliance.module.js';
import { OpenDataModule } from './open-data/open-data.module.js';
import { FeedsModule } from './feeds/feeds.module.js';
import { AttachmentsModule } from './attachments/attachments.module.js';
import { SearchModule } from './search/search.module.js';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { ActionPlansModule } from './action-plans/action-plans.module.js';
import { Organization } from './organizations/organization.entity.js';
import { OrganizationsResolver } from './organizations/organizations.resolver.js';
import { CommitmentsModule } from './commitments/commitments.module.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { DataloaderModule } from './common/dataloader/dataloader.module.js';
import { LoadersFactory } from './common/dataloader/loaders.factory.js';
import { formatGraphqlError } from './common/errors/format-graphql-error.js';
import { ForumChanges, settleAfterMutations } from './common/http/page-cache.js';
import { GraphqlErrorsFilter } from './common/errors/graphql-errors.filter.js';
import { refuseControlCharacters } from './common/validation/control-characters.plugin.js';
import { errorsInMembersLanguage } from './common/errors/error-messages.js';
import { schemaBuildOptions } from './common/graphql/schema-options.js';
import type { GraphqlContext } from './common/graphql/context.js';
import { ConfigModule } from './config/config.module.js';
import { AppConfig } from './config/config.js';
import { Clock, SystemClock } from './common/clock.js';
import { AuthModule } from './auth/auth.module.js';
import { MembersModule } from './members/members.module.js';
import { HealthController } from './health/health.controller.js';
import { IrmRecommendationsResolver } from './irm/irm.resolver.js';
import { ForumModule } from './forum/forum.module.js';

/**
 * Limits on what one request may ask (graphql-armor): depth, aliases, cost, tokens, directives; no batching; no field
 * suggestions in production; no control characters in any text. The alias limit leaves room for 50 aliased logins,
 * which the rate limits then count.
 */
function queryLimits(production: boolean, forumChanges: ForumChanges | null) {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 64 },
    costLimit: { maxCost: 5000 },
    maxTokens: { n: 5000 },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  // graphql-armor is typed against its own copy of @apollo/server's types; the plugin hooks are the same.
  const settle = forumChanges ? [settleAfterMutations(forumChanges)] : [];
  // Apollo's cache hints are unused (common/http/page-cache.ts caches whole pages); left on, they wrap every field.
  const plugins_ = [...(plugins as NonNullable<ApolloDriverConfig['plugins']>), refuseControlCharacters, ApolloServerPluginCacheControlDisabled(), errorsInMembersLanguage, ...settle];
  return { plugins: plugins_, validationRules, allowBatchedHttpRequests: false };
}

@Module({})
export class AppModule {
  /** The whole api, on a database that is already migrated and seeded. */
  static forRoot(config: AppConfig, dataSource: DataSource, clock: Clock = new SystemClock(), forumChanges: ForumChanges | null = null): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: (req, res) => {
              const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
            autoLogging: { ignore: (req) => req.url === '/health' || !(req.url ?? '').startsWith('/graphql') },
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
          },
        }),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: async () => dataSource,
        }),
        TypeOrmModule.forFeature([Organization]),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [DataloaderModule],
          inject: [LoadersFactory],
          useFactory: (loaders: LoadersFactory) => ({
            ...queryLimits(config.production, forumChanges),
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            buildSchemaOptions: schemaBuildOptions,
            introspection: !config.production,
            includeStacktraceInErrorResponses: false,
            formatError: formatGraphqlError,
            context: ({ req, res }: Pick<GraphqlContext, 'req' | 'res'>): GraphqlContext => ({ req, res, loaders: loaders.create() }),
          }),
        }),
        ConfigModule.forRoot(config, clock),
        EventEmitterModule.forRoot(),
        AuthModule,
        MembersModule,
        AuditModule,
        DiscussionModule,
        ProposalsModule,
        MeetingsModule,
        ActionPlansModule,
        CommitmentsModule,
        ReportsModule,
        ComplianceModule,
        OpenDataModule,
        FeedsModule,
        DashboardModule,
        AttachmentsModule,
        ForumModule,
        SearchModule,
      ],
      controllers: [HealthController],
      providers: [OrganizationsResolver, IrmRecommendationsResolver, { provide: APP_FILTER, useClass: GraphqlErrorsFilter }],
    };
  }
}
