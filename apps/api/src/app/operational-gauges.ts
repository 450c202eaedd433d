import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Metrics } from '@werkkennis/observability';
import { OutboxProcessor } from '@werkkennis/persistence';
import type { DataSource } from 'typeorm';

/** Gauges read at scrape time: how far the search index lags, and the database pool. */
@Injectable()
export class OperationalGauges implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    private readonly outbox: OutboxProcessor,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.metrics.gaugeFrom('werkkennis_outbox_pending', 'Wijzigingen die de zoekindex nog moet verwerken.', async () => (await this.outbox.lag()).pending);
    this.metrics.gaugeFrom('werkkennis_outbox_lag_seconds', 'Leeftijd van de oudste onverwerkte wijziging.', async () => (await this.outbox.lag()).oldestSeconds);
    const pool = () => (this.dataSource.driver as unknown as { master?: { totalCount?: number; idleCount?: number; waitingCount?: number } }).master;
    this.metrics.gaugeFrom('werkkennis_db_pool_connections', 'Open databaseverbindingen (PostgreSQL-pool; 1 bij PGlite).', () => pool()?.totalCount ?? 1);
    this.metrics.gaugeFrom('werkkennis_db_pool_waiting', 'Verzoeken die op een databaseverbinding wachten.', () => pool()?.waitingCount ?? 0);
  }
}
