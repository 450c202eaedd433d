import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LoaderRegistry } from '@werkkennis/api-core';
import { TermStatus } from '@werkkennis/kernel';
import DataLoader from 'dataloader';
import { DataSource, Not } from 'typeorm';
import { TermEntity } from '../terms/term.entity';
import { LabelMatcher } from './label-matcher';
import type { TermMentionModel } from './term-mention.model';

/**
 * Finds the vocabulary's terms in the texts of projects, interventions and findings. The
 * compiled matcher is kept until a term changes; whether one did costs one small statement per
 * request, so every API process sees a change made by another.
 */
@Injectable()
export class TermMentionService {
  private compiled: { fingerprint: string; matcher: LabelMatcher } | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Batches the records of one type in a request; the text fields are read from the records themselves. */
  loader<R extends { id: string }>(loaders: LoaderRegistry, type: string, fields: readonly (keyof R & string)[]): DataLoader<R, TermMentionModel[], string> {
    return loaders.get(
      `termMentions.${type}`,
      () =>
        new DataLoader<R, TermMentionModel[], string>(
          async (records) => {
            const matcher = await this.requestMatcher(loaders);
            return records.map((record) =>
              fields.flatMap((field) => matcher.find(String(record[field] ?? '')).map(({ termSlug, label, matchedText, start, end }) => ({ termSlug, label, matchedText, start, end, field }))),
            );
          },
          { cacheKeyFn: (record) => record.id },
        ),
    );
  }

  /** One look at the vocabulary per request, however many types ask. */
  private requestMatcher(loaders: LoaderRegistry): Promise<LabelMatcher> {
    return loaders
      .get('termMentions.matcher', () => new DataLoader(async (keys: readonly 'current'[]) => {
        const matcher = await this.currentMatcher();
        return keys.map(() => matcher);
      }))
      .load('current');
  }

  private async currentMatcher(): Promise<LabelMatcher> {
    // Any added, changed or removed term changes the count or the latest update time.
    const [{ fingerprint }]: { fingerprint: string }[] = await this.dataSource.query(`SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') AS fingerprint FROM term`);
    const compiled = this.compiled?.fingerprint === fingerprint ? this.compiled : { fingerprint, matcher: await this.compile() };
    this.compiled = compiled;
    return compiled.matcher;
  }

  private async compile(): Promise<LabelMatcher> {
    // Proposed terms are not accepted yet, so they do not link from published texts.
    const terms = await this.dataSource.getRepository(TermEntity).find({ where: { status: Not(TermStatus.PROPOSED) }, order: { label: 'ASC' } });
    return new LabelMatcher(
      terms.map((term) => ({
        id: term.id,
        slug: term.slug,
        label: term.label,
        labels: [term.label, ...(term.labelEn ? [term.labelEn] : []), ...term.altLabelsNl, ...term.altLabelsEn],
        abbreviations: term.abbreviations,
      })),
    );
  }
}
