import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * One theme of the managed list that projects are filed under. Projects carry the theme's name
 * (the search facet and the public API show names), so a rename rewrites the projects that use it.
 */
@Entity('theme')
export class ThemeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** The name as compared: one theme per spelling, whatever its case or spacing (see themeKey). */
  @Column({ type: 'varchar', length: 200, unique: true })
  key!: string;

  /** A retired theme stays on the projects that have it, but editors can no longer choose it. */
  @Column({ type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * "Werk en Gezondheid ", "werk  en gezondheid" and "Evidence based werken" / "Evidence-based
 * werken" are one theme each: case, spacing and hyphens do not make a new one.
 */
export function themeKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLocaleLowerCase('nl')
    .replace(/[-\u2010-\u2015]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
