import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { OutboxProcessor } from '@werkkennis/persistence';
import { SEARCH_ENGINE, type SearchEngine } from '@werkkennis/search';

/** Changes waiting longer than this mean the index is falling behind: not ready. */
const MAX_OUTBOX_LAG_SECONDS = 120;

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly outbox: OutboxProcessor,
    @Inject(SEARCH_ENGINE) private readonly search: SearchEngine,
  ) {}

  /** The process answers: for liveness probes (restart when this fails). */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Database, search engine and outbox lag: for readiness probes and load balancers. */
  @Get(['ready', ''])
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.database.pingCheck('database'),
      async () => {
        const indicator = this.indicators.check('search');
        return (await this.search.isHealthy()) ? indicator.up() : indicator.down({ message: 'Meilisearch antwoordt niet' });
      },
      async () => {
        const indicator = this.indicators.check('outbox');
        // An indicator that throws turns the whole answer into a bare 500; the lag lives in the database.
        const lag = await this.outbox.lag().catch(() => null);
        if (!lag) return indicator.down({ message: 'Achterstand onbekend: de database antwoordt niet' });
        return lag.oldestSeconds <= MAX_OUTBOX_LAG_SECONDS ? indicator.up(lag) : indicator.down(lag);
      },
    ]);
  }
}
