import { InitialSchema1763900000000 } from './1763900000000-initial-schema';
import { SearchOutbox1763900000001 } from './1763900000001-search-outbox';

/** Every migration, oldest first: the one schema history for PGlite and PostgreSQL. */
export const MIGRATIONS = [InitialSchema1763900000000, SearchOutbox1763900000001];
