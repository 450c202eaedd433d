import { Role } from '@werkkennis/kernel';
import { AccountStatus, accountStatus } from './account-status';
import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryGeneratedColumn } from 'typeorm';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 200 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  /** The organisation by id only: it is the organisations domain's record. */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('organization', { onDelete: 'RESTRICT' })
  organizationId!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Set when an admin switched the account off; an inactive account without it is an open invitation. */
  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  get status(): AccountStatus {
    return accountStatus(this);
  }
}
