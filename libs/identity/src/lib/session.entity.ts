import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * One signed-in device. The refresh token (also the web app's HttpOnly cookie) is stored only
 * as a hash; revoking the row ends every token issued for it at once.
 */
@Entity('user_session')
export class UserSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_user_session_user_id')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_user_session_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 64, unique: true })
  refreshTokenHash!: string;

  /** Sent back by the web app in the X-CSRF-Token header on cookie-authenticated mutations. */
  @Column({ type: 'varchar', length: 64 })
  csrfToken!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
