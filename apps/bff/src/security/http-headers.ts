import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Mode } from '../config';

/**
 * The Content-Security-Policy of everything the BFF serves: the shell, the remotes and the API.
 * The built shell and remotes are same-origin files loaded as ES modules (Module Federation
 * imports remoteEntry.js with `import()`), with no inline scripts or styles, so 'self' is all
 * they need. The identity pages (sign-in errors, the demo IdP) send their own stricter policy.
 */
export const contentSecurityPolicyDirectives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  // data: for the empty favicon of index.html.
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
} as const;

/** One year; only where the site is served over https (production). */
const hstsSeconds = 365 * 24 * 60 * 60;

/**
 * Security headers (helmet). Development leaves the CSP out: the pages come from the Vite dev
 * servers there, and GraphiQL (development only) needs inline scripts from a CDN.
 */
export function securityHeaders(mode: Mode): RequestHandler {
  const production = mode === 'production';
  const headers = helmet({
    contentSecurityPolicy:
      mode === 'development'
        ? false
        : {
            useDefaults: false,
            directives: {
              ...Object.fromEntries(Object.entries(contentSecurityPolicyDirectives).map(([k, v]) => [k, [...v]])),
              // Over plain http (the demo on localhost) there is nothing to upgrade to.
              ...(production ? { upgradeInsecureRequests: [] } : {}),
            },
          },
    strictTransportSecurity: production ? { maxAge: hstsSeconds, includeSubDomains: true } : false,
    // Not no-referrer: under it browsers send `Origin: null` on same-origin form POSTs, and the
    // sign-out form's Origin check (libs/identity/bff) would refuse every sign-out. same-origin
    // still tells other sites nothing.
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
  });
  return (req, res, next) => {
    // Nothing needs the camera, the microphone, location or payment APIs.
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
    headers(req, res, next);
  };
}

/** For routes whose answers are personal: neither shared caches nor the browser may keep them. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};
