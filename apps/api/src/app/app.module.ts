import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  cookieCsrfPlugin,
  DomainErrorFilter,
  type GraphQLContext,
  GraphQLRateLimitGuard,
  inputValidationPipe,
  LoaderRegistry,
  publicAnswersPlugin,
  rateLimitOptions,
  toRequestError,
  wellFormedInputPlugin,
} from '@werkkennis/api-core';
import { ContentSearchModule } from '@werkkennis/content-search';
import { FINDING_ENTITIES, FindingsModule } from '@werkkennis/findings';
import { AuthService, CSRF_HEADER, IDENTITY_ENTITIES, IdentityModule } from '@werkkennis/identity';
import { FOLLOW_ENTITIES, FollowsModule } from '@werkkennis/follows';
import { INTERVENTION_ENTITIES, InterventionsModule } from '@werkkennis/interventions';
import { LinkedDataModule } from '@werkkennis/linked-data';
import { NETWORK_ENTITIES, NetworkModule } from '@werkkennis/network';
import { graphqlMetricsPlugin, Metrics, ObservabilityModule } from '@werkkennis/observability';
import { ORGANIZATION_ENTITIES, OrganizationsModule } from '@werkkennis/organizations';
import { ContentChanges, type DatabaseSettings, PersistenceModule, RateLimitCounter } from '@werkkennis/persistence';
import { PRACTICE_EXPERIENCE_ENTITIES, PracticeExperienceModule } from '@werkkennis/practice-experience';
import { PROJECT_ENTITIES, ProjectsModule } from '@werkkennis/projects';
import { VOCABULARY_ENTITIES, VocabularyModule, VocabularyOptionsModule } from '@werkkennis/vocabulary';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from './config';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { OperationalGauges } from './operational-gauges';
import { loggedUrl } from './request-log';

export const ENTITIES = [
  ...ORGANIZATION_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...INTERVENTION_ENTITIES,
  ...PROJECT_ENTITIES,
  ...FINDING_ENTITIES,
  ...VOCABULARY_ENTITIES,
  ...NETWORK_ENTITIES,
  ...PRACTICE_EXPERIENCE_ENTITIES,
  ...FOLLOW_ENTITIES,
];

export function databaseSettings(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>): DatabaseSettings {
  return { databaseUrl: config.databaseUrl, dataDir: config.dataDir };
}

/** Limits on what one GraphQL document may ask, so no query can exhaust the server. */
const armor = (production: boolean) =>
  new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 3000 },
    costLimit: { maxCost: 5000 },
    blockFieldSuggestion: { enabled: production },
  }).protect();

/** The API: composes the domain libraries behind one GraphQL endpoint. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseSettings = databaseSettings(config)): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: (req, res) => {
              const id = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
            autoLogging: { ignore: (req) => /^\/(health|metrics)/.test(req.url ?? '') },
            // Request lines stay short: who asked what, how it ended, how long it took; no secrets or search words.
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: loggedUrl(req.url) }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
          },
        }),
        ObservabilityModule,
        TerminusModule,
        PersistenceModule.forRoot(database, ENTITIES),
        ThrottlerModule.forRootAsync({
          inject: [RateLimitCounter],
          useFactory: (counter: RateLimitCounter) => rateLimitOptions(config.rateLimits, counter),
        }),
        IdentityModule.forRoot({
          jwtSecret: config.jwtSecret,
          accessTokenSeconds: config.accessTokenSeconds,
          sessionDays: config.sessionDays,
          passwordChecksPerAccountPerMinute: config.rateLimits.loginPerMinute,
          publicUrl: config.publicUrl,
          smtp: config.smtp,
        }),
        OrganizationsModule,
        InterventionsModule,
        ProjectsModule,
        FindingsModule,
        // Every IRI of the vocabulary starts where people reach the platform, so each one answers.
        VocabularyOptionsModule.forRoot({ baseUri: config.publicUrl }),
        VocabularyModule,
        NetworkModule,
        PracticeExperienceModule,
        FollowsModule,
        LinkedDataModule.forRoot({ sparqlTimeoutMs: config.sparqlTimeoutMs }),
        ContentSearchModule.forRoot(
          { dataDir: config.dataDir, ...config.search },
          { runWorker: config.indexWorker.enabled, pollIntervalMs: config.indexWorker.pollIntervalMs },
        ),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [AuthService, Metrics, ContentChanges],
          useFactory: (auth: AuthService, metrics: Metrics, contentChanges: ContentChanges) => {
            const protection = armor(config.production);
            return {
              autoSchemaFile: config.schemaFile ?? true,
              sortSchema: true,
              path: '/graphql',
              playground: false,
              introspection: !config.production,
              includeStacktraceInErrorResponses: !config.production,
              allowBatchedHttpRequests: false,
              // Refusals answer HTTP 200 next to their data; the one execution error with a status of its
              // own is the database being unreachable (503), which clients and proxies should see.
              preserveHttpStatusForExecutionErrors: false,
              plugins: [
                ...protection.plugins,
                cookieCsrfPlugin(CSRF_HEADER),
                wellFormedInputPlugin(),
                graphqlMetricsPlugin(metrics),
                publicAnswersPlugin(contentChanges),
              ],
              validationRules: protection.validationRules,
              context: async ({ req, res }: { req: Request; res: Response }): Promise<GraphQLContext> => {
                try {
                  const session = await auth.authenticate(req, res);
                  const authentication = session && { sessionId: session.sessionId, via: session.via, csrfToken: session.csrfToken };
                  return { req, res, actor: session?.actor ?? null, authentication, loaders: new LoaderRegistry() };
                } catch (error) {
                  throw toRequestError(error, req);
                }
              },
            };
          },
        }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: APP_PIPE, useValue: inputValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        { provide: APP_GUARD, useClass: GraphQLRateLimitGuard },
        OperationalGauges,
      ],
    };
  }
}
