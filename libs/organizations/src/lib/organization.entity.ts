import { OrganizationKind } from '@werkkennis/kernel';
import { Column, CreateDateColumn, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn } from 'typeorm';

@Entity('organization')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: OrganizationKind;

  @Column({ type: 'varchar', length: 100, nullable: true })
  region!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@Entity('learning_network')
export class LearningNetworkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text' })
  centralQuestion!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'text', array: true, default: '{}' })
  funders!: string[];

  @ManyToMany(() => OrganizationEntity)
  @JoinTable({
    name: 'learning_network_member',
    joinColumn: { name: 'network_id' },
    inverseJoinColumn: { name: 'organization_id' },
  })
  members!: OrganizationEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
