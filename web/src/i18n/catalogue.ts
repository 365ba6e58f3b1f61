import type { sv } from './sv';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language must fill: the Swedish keys with any string as value. */
export type Catalogue = Widen<typeof sv>;
