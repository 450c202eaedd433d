import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

/** A search that finds this many results or fewer counts as finding little. */
export const FEW_RESULTS = 2;
/** A gap is shown once this many different visits asked it: one person's search is not a pattern. */
export const MIN_VISITS = 3;
const KEEP_DAYS = 365;
const PRUNE_EVERY_RECORDS = 1_000;

export interface KnowledgeGap {
  query: string;
  visits: number;
  /** The most results any of those searches found. */
  results: number;
  lastSeenOn: string;
}

/**
 * The query as the gap list counts it: one form per wording (case, accents' composition,
 * spacing and punctuation folded); nothing that could name a person (an e-mail address or
 * a long number) is kept at all.
 */
export function normalizeQuery(query: string): string | null {
  const folded = query.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}\s-]+/gu, ' ').replace(/\s+/g, ' ').trim();
  if (folded.length < 3 || folded.length > 200 || /@/.test(query) || /\d{6,}/.test(folded.replace(/\s/g, ''))) return null;
  return folded;
}

/**
 * What the field searches for and does not find. Only the normalised query, a per-day visit
 * hash and the number of results are kept, for a year; the hash's salt lives in memory and
 * changes every day, so a visit cannot be followed across days nor traced back to anyone.
 */
@Injectable()
export class KnowledgeGapService {
  private readonly logger = new Logger('Kennislacunes');
  private salt = { day: '', secret: Buffer.alloc(0) };
  private recordsSincePrune = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Counts a search that found little; never delays or fails the search itself. */
  record(query: string, results: number, visitor: { address: string; userAgent: string }): void {
    const normalized = results <= FEW_RESULTS ? normalizeQuery(query) : null;
    if (!normalized) return;
    this.save(normalized, results, this.visitOf(visitor)).catch((error: Error) => this.logger.warn(`Zoekvraag niet geteld: ${error.message}`));
  }

  /**
   * Queries that at least MIN_VISITS visits made, most asked first. A query that a visit kept
   * typing into a longer one (search as you type) is a step on the way, not a question.
   */
  async list(first: number): Promise<KnowledgeGap[]> {
    return this.dataSource.query(
      `SELECT gap.query, count(*)::int AS visits, max(gap.results)::int AS results, max(gap.seen_on)::text AS "lastSeenOn"
         FROM search_gap_visit gap
        WHERE NOT EXISTS (SELECT 1 FROM search_gap_visit longer
                           WHERE longer.visit = gap.visit AND length(longer.query) > length(gap.query)
                             AND left(longer.query, length(gap.query)) = gap.query)
        GROUP BY gap.query
       HAVING count(*) >= $1
        ORDER BY visits DESC, gap.query
        LIMIT $2`,
      [MIN_VISITS, first],
    );
  }

  private async save(query: string, results: number, visit: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO search_gap_visit (query, visit, results, seen_on) VALUES ($1, $2, $3, CURRENT_DATE)
       ON CONFLICT (query, visit) DO UPDATE SET results = excluded.results, seen_on = excluded.seen_on`,
      [query, visit, results],
    );
    if ((this.recordsSincePrune += 1) >= PRUNE_EVERY_RECORDS) {
      this.recordsSincePrune = 0;
      await this.dataSource.query(`DELETE FROM search_gap_visit WHERE seen_on < CURRENT_DATE - $1::int`, [KEEP_DAYS]);
    }
  }

  private visitOf(visitor: { address: string; userAgent: string }): string {
    const day = new Date().toISOString().slice(0, 10);
    if (this.salt.day !== day) this.salt = { day, secret: randomBytes(32) };
    return createHash('sha256').update(this.salt.secret).update(`${visitor.address}\n${visitor.userAgent}`).digest('hex');
  }
}
