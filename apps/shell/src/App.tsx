import { lazy, Suspense } from 'react';
import { Redirect, Route, Router, Switch } from 'wouter';
import { isLanguage } from '@luotsi/shell-contract';
import { ShellContext, type ShellState } from './shell-context';
import { ResidentArea } from './areas/ResidentArea';

// The staff area's code never reaches a resident's browser.
const StaffArea = lazy(() => import('./areas/StaffArea').then((m) => ({ default: m.StaffArea })));

/** Top-level routes: /staff/… is the professionals' area, /fi|sv|en/… the residents'. */
export function App({ state }: { state: ShellState }) {
  return (
    <ShellContext.Provider value={state}>
      <Router>
        <Switch>
          <Route path="/staff" nest>
            <Suspense fallback={null}>
              <StaffArea />
            </Suspense>
          </Route>
          <Route path="/:language" nest>
            {(params: { language: string }) =>
              isLanguage(params.language) ? <ResidentArea language={params.language} /> : <Redirect to="~/fi" replace />
            }
          </Route>
          <Route>
            <Redirect to="/fi" replace />
          </Route>
        </Switch>
      </Router>
    </ShellContext.Provider>
  );
}
