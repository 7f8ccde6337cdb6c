/**
 * Who can sign in, and as what. Residents (and carers, who are residents with agreements) sign in
 * through the public e-identification; professionals through the organisation's IdP. The two
 * areas have separate logins and separate sessions.
 */
export const areas = ['resident', 'staff'] as const;
export type Area = (typeof areas)[number];

export const residentRoles = ['resident', 'carer'] as const;
export type ResidentRole = (typeof residentRoles)[number];

export const staffRoles = [
  'nurse',
  'social-advisor',
  'family-worker',
  'team-lead',
  'caregiver-coordinator',
  'service-curator',
  'editor',
  'manager',
  'admin',
] as const;
export type StaffRole = (typeof staffRoles)[number];

export type Role = ResidentRole | StaffRole;
export const allRoles: readonly Role[] = [...residentRoles, ...staffRoles];

export function isStaffRole(role: string): role is StaffRole {
  return (staffRoles as readonly string[]).includes(role);
}

export function isRole(role: string): role is Role {
  return (allRoles as readonly string[]).includes(role);
}
