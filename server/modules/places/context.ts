import type { Locale } from '../../../common/roles';
import type { Db, Tx } from '../../db/client';
import type { Actor } from '../../platform/actor';

/** What every places service works with: the database (or a transaction), who acts, and in which language. */
export type PlaceContext = { db: Db; actor: Actor; locale: Locale };
export type TxContext = { tx: Tx; actor: Actor; locale: Locale };
