/**
 * Family services are the service catalogue's services for families with children, found with the
 * service tray's own search by PTV target group: KR1.2 families with children, KR1.3 young people.
 */
export const childAgeGroups = ['expecting', '0-6', '7-12', '13-17'] as const;
export type ChildAgeGroup = (typeof childAgeGroups)[number];
export const isChildAgeGroup = (value: unknown): value is ChildAgeGroup =>
  typeof value === 'string' && (childAgeGroups as readonly string[]).includes(value);

/** The target groups to search for a child of the age group (any family service without one). */
export function familyServiceTargetGroups(age: ChildAgeGroup | null): string[] {
  // Teenagers' own services (youth work, school social work) are listed for young people.
  return age === '13-17' ? ['KR1.2', 'KR1.3'] : ['KR1.2'];
}
