import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The Prometheus metrics of one API process, served at /metrics. Latencies in seconds, as
 * Prometheus conventions ask; buckets sized for an API that should answer in milliseconds.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly graphqlDuration = new Histogram({
    name: 'werkkennis_graphql_request_duration_seconds',
    help: 'Duur van GraphQL-verzoeken per operatie.',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: 'werkkennis_graphql_errors_total',
    help: 'GraphQL-fouten per operatie en foutcode.',
    labelNames: ['operation', 'code'] as const,
    registers: [this.registry],
  });

  /** Password guessing shows here: many `refused` or `throttled`, few `signed_in`. */
  readonly signInAttempts = new Counter({
    name: 'werkkennis_sign_in_attempts_total',
    help: 'Inlogpogingen: signed_in, refused (wachtwoord gecontroleerd en fout, of onbekend adres) of throttled (afgeremd, wachtwoord niet gecontroleerd).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  readonly searchEngineTime = new Histogram({
    name: 'werkkennis_search_engine_duration_seconds',
    help: 'Tijd die de zoekmachine zelf nodig had per zoekvraag.',
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1],
    registers: [this.registry],
  });

  readonly outboxApplied = new Counter({
    name: 'werkkennis_outbox_rows_applied_total',
    help: 'Outbox-rijen die dit proces op de zoekindex heeft toegepast.',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'werkkennis_' });
  }

  /** A gauge read at scrape time, e.g. outbox lag or database connections. */
  gaugeFrom(name: string, help: string, read: () => Promise<number> | number): void {
    new Gauge({
      name,
      help,
      registers: [this.registry],
      async collect() {
        // A gauge that cannot be read (the database is down) shows NaN; the scrape itself still
        // answers, so the process's own figures stay visible when they matter most.
        this.set(await Promise.resolve().then(read).catch(() => Number.NaN));
      },
    });
  }
}
