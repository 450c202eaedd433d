/** Where an account stands, derived from whether it is active and whether an admin switched it off. */
export enum AccountStatus {
  /** Invited; the invitation has not been accepted yet, so there is no password. */
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  /** Switched off by an admin; can be switched back on. */
  DEACTIVATED = 'DEACTIVATED',
}

export function accountStatus(account: { active: boolean; deactivatedAt: Date | null }): AccountStatus {
  if (account.deactivatedAt) return AccountStatus.DEACTIVATED;
  return account.active ? AccountStatus.ACTIVE : AccountStatus.INVITED;
}
