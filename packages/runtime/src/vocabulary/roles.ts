/** The roles (docs/security.md), for the console too: auth/roles.ts imports nothing, so it is safe in a browser bundle. */
export { CLAIMANT_DATA_ROLES, ROLES, USER_ROLES, type Role, type UserRole } from '../auth/roles';
