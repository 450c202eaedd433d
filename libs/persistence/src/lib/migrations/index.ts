import { InitialSchema1763900000000 } from './1763900000000-initial-schema';
import { SearchOutbox1763900000001 } from './1763900000001-search-outbox';
import { AuditAndLockout1763900000002 } from './1763900000002-audit-and-lockout';
import { AccountTokens1763900000003 } from './1763900000003-account-tokens';
import { VocabularySkos1763900000010 } from './1763900000010-vocabulary-skos';
import { UserSessions1763900000011 } from './1763900000011-user-sessions';
import { AccountStatus1763900000012 } from './1763900000012-account-status';
import { RateLimitWindows1763900000013 } from './1763900000013-rate-limit-windows';
import { SignInThrottleAndTokenReuse1763900000014 } from './1763900000014-sign-in-throttle-and-token-reuse';
import { DefinitionRevisions1763900000020 } from './1763900000020-definition-revisions';
import { AnnotationEditedAt1763900000021 } from './1763900000021-annotation-edited-at';
import { KnowledgeGaps1763900000030 } from './1763900000030-knowledge-gaps';
import { FindingCorrections1763900000040 } from './1763900000040-finding-corrections';
import { InterventionPracticalInformation1763900000050 } from './1763900000050-intervention-practical-information';
import { AnnotationQuotePosition1763900000060 } from './1763900000060-annotation-quote-position';
import { DefinitionSourceCredit1763900000061 } from './1763900000061-definition-source-credit';
import { ManagedThemes1763900000080 } from './1763900000080-managed-themes';
import { PracticeExperience1763900000090 } from './1763900000090-practice-experience';
import { Follows1763900000095 } from './1763900000095-follows';
import { NetworkSessions1763900000100 } from './1763900000100-network-sessions';
import { TermOtherStatements1763900000110 } from './1763900000110-term-other-statements';
import { DigestLanguage1763900000120 } from './1763900000120-digest-language';

/** Every migration, oldest first: the one schema history for PGlite and PostgreSQL. */
export const MIGRATIONS = [
  InitialSchema1763900000000,
  SearchOutbox1763900000001,
  AuditAndLockout1763900000002,
  AccountTokens1763900000003,
  VocabularySkos1763900000010,
  UserSessions1763900000011,
  AccountStatus1763900000012,
  RateLimitWindows1763900000013,
  SignInThrottleAndTokenReuse1763900000014,
  DefinitionRevisions1763900000020,
  AnnotationEditedAt1763900000021,
  KnowledgeGaps1763900000030,
  FindingCorrections1763900000040,
  InterventionPracticalInformation1763900000050,
  AnnotationQuotePosition1763900000060,
  DefinitionSourceCredit1763900000061,
  ManagedThemes1763900000080,
  PracticeExperience1763900000090,
  Follows1763900000095,
  NetworkSessions1763900000100,
  TermOtherStatements1763900000110,
  DigestLanguage1763900000120,
];
