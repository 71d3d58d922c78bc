/** The roles of an account (docs/security.md, "Roles"). */
export const userRoleChoices = [
  { id: 'ADMIN', name: 'Administrator' },
  { id: 'ANALYST', name: 'Analyst' },
  { id: 'CLIENT', name: 'Client staff' },
  { id: 'EXAMINER', name: 'Examiner' },
];
