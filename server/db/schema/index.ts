export * from './audit';
export * from './organizations';
export * from './places';
export * from './users';
