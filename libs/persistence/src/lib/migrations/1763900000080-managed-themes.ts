import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Spelling variants that are one theme, beyond case, spacing and hyphens (which the key below
 * already folds together): the variant's key → the list's name. Documented in docs/themes.md.
 */
export const THEME_ALIASES: Readonly<Record<string, string>> = {
  ebp: 'Evidence-based werken',
  'evidence based practice': 'Evidence-based werken',
  'evidence based werk': 'Evidence-based werken',
  'inclusief werkgeven': 'Inclusief werkgeverschap',
  'schulden en armoede': 'Armoede en schulden',
  'werk en gezondheid': 'Werk en psychische gezondheid',
};

/**
 * The comparison key of a theme name. A frozen copy of `themeKey` in libs/projects: a migration
 * must keep doing what it did when it ran, whatever the application code does later.
 */
const keyOf = (name: string) =>
  name
    .normalize('NFKC')
    .toLocaleLowerCase('nl')
    .replace(/[-\u2010-\u2015]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * For every theme key, the name the list uses: an alias's target, or else the spelling most
 * projects use (ties: the first in Dutch alphabetical order).
 */
export function canonicalThemeNames(themesPerProject: string[][]): Map<string, string> {
  const spellings = new Map<string, Map<string, number>>();
  for (const name of themesPerProject.flat().map((theme) => theme.trim().replace(/\s+/g, ' ')).filter(Boolean)) {
    const key = keyOf(THEME_ALIASES[keyOf(name)] ?? name);
    const counts = spellings.get(key) ?? new Map<string, number>();
    counts.set(name, (counts.get(name) ?? 0) + 1);
    spellings.set(key, counts);
  }
  const canonical = new Map<string, string>();
  for (const [key, counts] of spellings) {
    const alias = Object.values(THEME_ALIASES).find((target) => keyOf(target) === key);
    const [mostUsed] = [...counts].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, 'nl'));
    canonical.set(key, alias ?? mostUsed[0]);
  }
  return canonical;
}

/**
 * Themes become a managed list. The free-text themes projects had become the list's first
 * entries, spelling variants mapped onto one name, and every project is rewritten to those names.
 */
export class ManagedThemes1763900000080 implements MigrationInterface {
  name = 'ManagedThemes1763900000080';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "theme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "key" character varying(200) NOT NULL, "retired_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_theme_key" UNIQUE ("key"), CONSTRAINT "PK_theme" PRIMARY KEY ("id"))`,
    );
    const projects: { id: string; themes: string[] }[] = await queryRunner.query(`SELECT id, themes FROM project`);
    const canonical = canonicalThemeNames(projects.map((project) => project.themes));
    for (const [key, name] of canonical) {
      await queryRunner.query(`INSERT INTO "theme" ("name", "key") VALUES ($1, $2)`, [name, key]);
    }
    for (const project of projects) {
      const mapped = [...new Set(project.themes.filter((theme) => theme.trim()).map((theme) => canonical.get(keyOf(THEME_ALIASES[keyOf(theme)] ?? theme))!))];
      if (mapped.join('\n') !== project.themes.join('\n')) {
        await queryRunner.query(`UPDATE project SET themes = $2 WHERE id = $1`, [project.id, mapped]);
      }
    }
  }

  /** The list goes; the projects keep the mapped names. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "theme"`);
  }
}
