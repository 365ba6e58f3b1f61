export * from './audit';
export * from './login-throttles';
export * from './organizations';
export * from './places';
export * from './reports';
export * from './surveys';
export * from './users';
export * from './work-orders';
