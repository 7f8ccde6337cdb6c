import { Link } from 'wouter';
import type { NavItem } from './Layout';

/** The area's services as cards on its front page: the same entries as the navigation. */
export function NavCards({ nav }: { nav: NavItem[] }) {
  return (
    <ul className="lx-card-list">
      {nav.map((item) => (
        <li key={item.href} className="lx-card">
          <Link href={`~${item.href}`}>{item.label}</Link>
        </li>
      ))}
    </ul>
  );
}
