import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

/**
 * The page's Content-Security-Policy allows only styles that carry its nonce (docs/security.md); MUI writes its
 * styles through emotion, so emotion's cache is given that nonce, which the gateway put in the page's
 * <meta property="csp-nonce"> (the browser hides the attribute, the `nonce` property keeps it).
 */
const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;
const styles = createCache({ key: 'css', nonce, prepend: true });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CacheProvider value={styles}>
      <App />
    </CacheProvider>
  </StrictMode>,
);
