import { Column, CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';

/** The columns of every record with a public page of its own: a generated id, the slug in its address, when it was made. */
export abstract class SluggedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  slug!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A slugged record known by a name (an organisation, a learning network, an intervention). */
export abstract class NamedEntity extends SluggedEntity {
  @Column({ type: 'varchar', length: 200 })
  name!: string;
}
