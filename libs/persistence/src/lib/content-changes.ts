import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';

const CHANNEL = 'werkkennis_content_changed';
const RECONNECT_MS = 2_000;
/**
 * A listening connection that the network silently dropped hears nothing and reports no error:
 * a query every few seconds proves it alive, and one that gets no answer ends it.
 */
const HEARTBEAT_MS = 5_000;
const ANSWER_WITHIN_MS = 5_000;

/** Ends a connection, without waiting for ever on a server that no longer answers. */
const endWithin = (client: Client, ms: number) =>
  Promise.race([client.end().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, ms).unref())]);

/**
 * Counts committed content changes, so that answers remembered from before a change are never
 * served after it. This process counts its own writes as they commit; on a PostgreSQL server
 * every write also sends a NOTIFY, which PostgreSQL delivers to every API process only when the
 * transaction commits. The embedded database allows one process (the data-dir lock), so its
 * own count is complete. While the listening connection is down nobody can say what changed
 * elsewhere: `current()` then answers null, which means "remember nothing".
 */
@Injectable()
export class ContentChanges implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ContentChanges');
  private readonly databaseUrl: string | undefined;
  private generation = 0;
  private listener: Client | null = null;
  private listening: boolean;
  private stopped = false;
  private readonly listeners = new Set<() => void>();

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.databaseUrl = (dataSource.options as { url?: string }).url;
    this.listening = !this.databaseUrl;
  }

  /** A number that changes whenever content may have changed; null when that cannot be known now. */
  current(): number | null {
    return this.listening ? this.generation : null;
  }

  /** Inside a write's transaction: the other processes hear of it when it commits. */
  async announce(manager: EntityManager): Promise<void> {
    if (this.databaseUrl) await manager.query(`NOTIFY ${CHANNEL}`);
  }

  /** After a write of this process committed. */
  committed(): void {
    this.generation += 1;
    for (const listener of this.listeners) listener();
  }

  /** Calls `listener` after every committed change, in any process; returns how to stop. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async onModuleInit(): Promise<void> {
    if (this.databaseUrl) await this.listen(this.databaseUrl);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.listener) await endWithin(this.listener, 1_000);
  }

  private async listen(url: string): Promise<void> {
    let client: Client;
    try {
      client = new Client({ connectionString: url, connectionTimeoutMillis: ANSWER_WITHIN_MS, query_timeout: ANSWER_WITHIN_MS });
    } catch (error) {
      // No listening connection means nothing is remembered; the app itself works on.
      this.logger.warn(`Luisteren naar wijzigingen niet mogelijk (${(error as Error).message}); publieke antwoorden worden niet onthouden.`);
      return;
    }
    let heartbeat: NodeJS.Timeout | undefined;
    const lost = (error?: Error) => {
      if (this.listener !== client) return;
      clearInterval(heartbeat);
      this.listener = null;
      this.listening = false;
      if (this.stopped) return;
      this.logger.warn(`Luisteren naar wijzigingen onderbroken (${error?.message ?? 'verbinding gesloten'}); opnieuw over ${RECONNECT_MS} ms.`);
      setTimeout(() => void this.listen(url), RECONNECT_MS).unref();
    };
    this.listener = client;
    client.on('notification', () => this.committed());
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      // Whatever changed while nobody listened is unknown: count it as a change.
      this.committed();
      this.listening = true;
      heartbeat = setInterval(() => {
        client.query('SELECT 1').catch((error: Error) => {
          lost(error);
          void endWithin(client, 1_000);
        });
      }, HEARTBEAT_MS).unref();
    } catch (error) {
      lost(error as Error);
      await endWithin(client, 1_000);
    }
  }
}
