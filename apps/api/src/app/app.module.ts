import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ContentSearchModule } from '@werkkennis/content-search';
import { DomainErrorFilter, type GraphQLContext, inputValidationPipe, LoaderRegistry, toGraphQLError } from '@werkkennis/api-core';
import { FINDING_ENTITIES, FindingsModule } from '@werkkennis/findings';
import { AuthService, IDENTITY_ENTITIES, IdentityModule } from '@werkkennis/identity';
import { INTERVENTION_ENTITIES, InterventionsModule } from '@werkkennis/interventions';
import { DomainError } from '@werkkennis/kernel';
import { ORGANIZATION_ENTITIES, OrganizationsModule } from '@werkkennis/organizations';
import { type DatabaseSettings, PersistenceModule } from '@werkkennis/persistence';
import { PROJECT_ENTITIES, ProjectsModule } from '@werkkennis/projects';
import { VOCABULARY_ENTITIES, VocabularyModule } from '@werkkennis/vocabulary';
import type { Request } from 'express';
import type { AppConfig } from './config';
import { HealthController } from './health.controller';

export const ENTITIES = [
  ...ORGANIZATION_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...INTERVENTION_ENTITIES,
  ...PROJECT_ENTITIES,
  ...FINDING_ENTITIES,
  ...VOCABULARY_ENTITIES,
];

export function databaseSettings(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>): DatabaseSettings {
  return { databaseUrl: config.databaseUrl, dataDir: config.dataDir };
}

/** The API: composes the domain libraries behind one GraphQL endpoint. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseSettings = databaseSettings(config)): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PersistenceModule.forRoot(database, ENTITIES),
        IdentityModule.forRoot({ jwtSecret: config.jwtSecret, tokenLifetimeSeconds: config.tokenLifetimeSeconds }),
        OrganizationsModule,
        InterventionsModule,
        ProjectsModule,
        FindingsModule,
        VocabularyModule,
        ContentSearchModule.forRoot(
          { dataDir: config.dataDir, ...config.search },
          { runWorker: config.indexWorker.enabled, pollIntervalMs: config.indexWorker.pollIntervalMs },
        ),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [AuthService],
          useFactory: (auth: AuthService) => ({
            autoSchemaFile: config.schemaFile ?? true,
            sortSchema: true,
            path: '/graphql',
            playground: false,
            introspection: !config.production,
            includeStacktraceInErrorResponses: !config.production,
            context: ({ req }: { req: Request }): GraphQLContext => {
              try {
                return { req, actor: auth.actorFromAuthorization(req.headers.authorization), loaders: new LoaderRegistry() };
              } catch (error) {
                throw error instanceof DomainError ? toGraphQLError(error) : error;
              }
            },
          }),
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useValue: inputValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
    };
  }
}
