// The host must load everything through a dynamic import so that the Module Federation runtime
// negotiates the shared singletons (React, i18next, …) before any of them is evaluated.
import('./bootstrap');
