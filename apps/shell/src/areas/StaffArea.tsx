import { useEffect, useState } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { isLanguage, type Language } from '@luotsi/shell-contract';
import { AreaContext, useShell } from '../shell-context';
import { Layout } from '../components/Layout';
import { buildNavigation } from '../components/navigation';
import { ModuleOutlet } from '../components/ModuleOutlet';
import { NotFound, SignInRequired } from '../components/StatusPanels';
import { moduleForPath } from '../registry';
import { StaffHomePage } from '../pages/StaffHomePage';
import { staffLanguageKey } from '../staff-language';


export function StaffArea() {
  const { registry, sessions, i18n } = useShell();
  const [location] = useLocation();
  const [language, setLanguage] = useState<Language>(() => (isLanguage(i18n.instance.language) ? i18n.instance.language : 'fi'));
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const selectLanguage = (next: Language) => {
    localStorage.setItem(staffLanguageKey, next);
    void i18n.changeLanguage(next).then(() => setLanguage(next));
  };
  const root = '/staff';
  const fullPath = `${root}${location === '/' ? '' : location}`;
  const session = sessions.staff;
  const viewer = { signedIn: session !== null, roles: session?.roles ?? [] };
  const nav = buildNavigation(registry, 'staff', language, root, viewer, fullPath);
  const segment = location.split('/')[1] ?? '';
  const module = segment ? moduleForPath(registry, 'staff', segment) : undefined;
  return (
    <AreaContext.Provider value={{ area: 'staff', language, root }}>
      <Layout nav={nav} onSelectLanguage={selectLanguage}>
        {!session ? (
          <SignInRequired />
        ) : (
          <Switch>
            <Route path="/">
              <StaffHomePage nav={nav} />
            </Route>
            <Route path="/:segment" nest>
              {module ? <ModuleOutlet key={module.id} module={module} /> : <NotFound />}
            </Route>
          </Switch>
        )}
      </Layout>
    </AreaContext.Provider>
  );
}
