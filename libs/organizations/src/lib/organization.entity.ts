import { OrganizationKind } from '@werkkennis/kernel';
import { NamedEntity } from '@werkkennis/persistence';
import { Column, Entity, JoinTable, ManyToMany } from 'typeorm';

@Entity('organization')
export class OrganizationEntity extends NamedEntity {
  @Column({ type: 'varchar', length: 40 })
  kind!: OrganizationKind;

  @Column({ type: 'varchar', length: 100, nullable: true })
  region!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website!: string | null;
}

@Entity('learning_network')
export class LearningNetworkEntity extends NamedEntity {
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
}
