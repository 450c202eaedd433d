import type { UnauthenticatedReason } from '@werkkennis/kernel';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
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

  /** Set when the person must be told why the session ended (a traded-in refresh token came back); null otherwise. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  revokedReason!: UnauthenticatedReason | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * A refresh token of a session that was already traded in (only its hash). Coming back later, it
 * means that two parties hold the session's tokens: the session ends (reuse detection).
 */
@Entity('rotated_refresh_token')
export class RotatedRefreshTokenEntity {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'PK_rotated_refresh_token' })
  tokenHash!: string;

  @Index('IDX_rotated_refresh_token_session_id')
  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => UserSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_rotated_refresh_token_session' })
  session?: UserSessionEntity;

  @Column({ type: 'timestamptz' })
  rotatedAt!: Date;
}
