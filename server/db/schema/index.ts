export * from './audit';
export * from './installation';
export * from './organizations';
export * from './places';
export * from './reports';
export * from './surveys';
export * from './users';
export * from './work-orders';
