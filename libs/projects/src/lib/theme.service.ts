import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, type MaybeActor, message } from '@werkkennis/kernel';
import { type Change, UnitOfWork } from '@werkkennis/persistence';
import { type EntityManager, IsNull, Repository } from 'typeorm';
import { ThemeEntity, themeKey } from './theme.entity';

const themeChange = (before: ThemeEntity | null, after: ThemeEntity, reindex: Change['reindex'] = []): Change => ({
  subjectType: 'THEME',
  subjectId: after.id,
  organizationId: null,
  before,
  after,
  reindex,
});

/**
 * The managed list of themes. Admins keep it; editors choose from it, so one theme has one
 * spelling and the search facet one value.
 */
@Injectable()
export class ThemeService {
  constructor(
    @InjectRepository(ThemeEntity) private readonly themes: Repository<ThemeEntity>,
    private readonly writes: UnitOfWork,
  ) {}

  /** By name; retired themes only when asked for (the admin screen). */
  list(includeRetired: boolean): Promise<ThemeEntity[]> {
    return this.themes.find({ where: includeRetired ? {} : { retiredAt: IsNull() }, order: { name: 'ASC' } });
  }

  create(actor: MaybeActor, name: string): Promise<ThemeEntity> {
    return this.writes.run(actor, 'theme.manage', async (write) => {
      const theme = write.manager.create(ThemeEntity, { name: name.trim(), key: themeKey(name), retiredAt: null });
      await this.refuseTaken(write.manager, theme);
      const saved = await write.manager.save(theme);
      write.record(themeChange(null, saved));
      return saved;
    });
  }

  /** Renames the theme on every project that has it, and reindexes those projects. */
  rename(actor: MaybeActor, id: string, name: string): Promise<ThemeEntity> {
    return this.writes.run(actor, 'theme.manage', async (write) => {
      const theme = await write.load(ThemeEntity, id, 'noun.theme', { lock: true });
      const before = { ...theme };
      Object.assign(theme, { name: name.trim(), key: themeKey(name) });
      await this.refuseTaken(write.manager, theme);
      const saved = await write.manager.save(theme);
      // Read the ids first: an UPDATE … RETURNING answers rows on PGlite but [rows, count] on PostgreSQL.
      const projects: { id: string }[] = await write.manager.query(`SELECT id FROM project WHERE $1 = ANY(themes)`, [before.name]);
      await write.manager.query(`UPDATE project SET themes = array_replace(themes, $1, $2) WHERE $1 = ANY(themes)`, [before.name, saved.name]);
      write.record(themeChange(before, saved, projects.map((project) => ({ type: 'PROJECT', id: project.id }))));
      return saved;
    });
  }

  retire(actor: MaybeActor, id: string): Promise<ThemeEntity> {
    return this.writes.run(actor, 'theme.manage', async (write) => {
      const theme = await write.load(ThemeEntity, id, 'noun.theme', { lock: true });
      if (theme.retiredAt) throw DomainError.invalidInput({ id: [message('validation.themeRetired')] });
      const before = { ...theme };
      theme.retiredAt = new Date();
      const saved = await write.manager.save(theme);
      write.record(themeChange(before, saved));
      return saved;
    });
  }

  /**
   * For project writes: the chosen names in the list's own spelling, or INVALID_INPUT naming the
   * unknown ones. Themes the project already has stay valid after they are retired.
   */
  async canonicalNames(manager: EntityManager, names: string[], kept: string[] = []): Promise<string[]> {
    const themes = await manager.find(ThemeEntity);
    const byKey = new Map(themes.filter((theme) => !theme.retiredAt || kept.includes(theme.name)).map((theme) => [theme.key, theme.name]));
    const unknown = names.filter((name) => !byKey.has(themeKey(name)));
    if (unknown.length) throw DomainError.invalidInput({ themes: [message('validation.unknownThemes', { names: unknown.join(', ') })] });
    return [...new Set(names.map((name) => byKey.get(themeKey(name))!))];
  }

  private async refuseTaken(manager: EntityManager, theme: ThemeEntity): Promise<void> {
    const existing = await manager.findOneBy(ThemeEntity, { key: theme.key });
    if (existing && existing.id !== theme.id) throw DomainError.invalidInput({ name: [message('validation.themeExists', { name: existing.name })] });
  }
}
