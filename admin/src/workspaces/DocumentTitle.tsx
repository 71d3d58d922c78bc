import { useEffect } from 'react';

const APP = 'IME Panel';

/**
 * Keeps the browser tab's title on the page being shown: react-admin writes each page's title into the app bar
 * (#react-admin-title); the tab reads "<page> · IME Panel", so several open tabs can be told apart.
 */
export const DocumentTitle = () => {
  useEffect(() => {
    let observed: Element | null = null;
    const update = () => {
      const text = observed?.textContent?.trim();
      document.title = text && text !== APP ? `${text} · ${APP}` : APP;
    };
    const titles = new MutationObserver(update);
    const attach = () => {
      const element = document.getElementById('react-admin-title');
      if (!element || element === observed) return;
      titles.disconnect();
      observed = element;
      titles.observe(element, { childList: true, subtree: true, characterData: true });
      update();
    };
    // The app bar (and with it the title's element) mounts after the layout; watch the page until it is there.
    const page = new MutationObserver(attach);
    page.observe(document.body, { childList: true, subtree: true });
    attach();
    return () => {
      page.disconnect();
      titles.disconnect();
    };
  }, []);
  return null;
};
