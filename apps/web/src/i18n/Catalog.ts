/** The shape a translation must have: the same keys as the English catalog `T`, every leaf a string. */
export type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };
