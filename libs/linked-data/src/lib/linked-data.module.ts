import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { VocabularyModule } from '@werkkennis/vocabulary';
import express, { type NextFunction, type Request, type Response } from 'express';
import { OxigraphSparqlStore } from './oxigraph-sparql-store';
import { SparqlController } from './sparql.controller';
import { SPARQL_STORE } from './sparql-store';
import { SparqlService } from './sparql.service';

export interface LinkedDataOptions {
  /** A query running longer is stopped (SPARQL_TIMEOUT_MS). */
  sparqlTimeoutMs: number;
}

/** Public and read-only: any site may query it from a browser, without credentials. */
function sparqlCors(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', 'Accept, Content-Type');
  res.setHeader('Access-Control-Max-Age', '86400');
  // helmet's same-origin default would keep other sites' pages from reading answers.
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  next();
}

/** The vocabulary as linked data to query: a SPARQL 1.1 endpoint at /sparql over the published graph. */
@Module({})
export class LinkedDataModule implements NestModule {
  static forRoot(options: LinkedDataOptions): DynamicModule {
    return {
      module: LinkedDataModule,
      imports: [VocabularyModule],
      controllers: [SparqlController],
      providers: [SparqlService, { provide: SPARQL_STORE, useFactory: () => new OxigraphSparqlStore(options.sparqlTimeoutMs) }],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // A query sent as the body itself (SPARQL protocol: application/sparql-query).
    consumer.apply(sparqlCors, express.text({ type: 'application/sparql-query', limit: '1mb' })).forRoutes('sparql');
  }
}
