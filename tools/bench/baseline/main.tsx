// The benchmark's baseline: the smallest React page (react + react-dom), built the same way.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root') as HTMLElement).render(<h1>Hello</h1>);
