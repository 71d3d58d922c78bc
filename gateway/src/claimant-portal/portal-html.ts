import { PORTAL_TEXTS, type PortalLanguage, type PortalTexts } from './portal-texts';

/**
 * The claimant portal's page frame and form pieces (docs/claimant-portal.md): server-rendered HTML, no script,
 * one stylesheet. WCAG 2.2 AA by construction: the page's language, a skip link, one h1, labelled inputs with
 * their hints and errors tied by aria-describedby, an error summary that takes focus by its role, visible focus,
 * 44-pixel targets, text that reflows on a phone.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML content and attribute values. */
export const esc = (value: unknown) => String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export type NavKey = keyof PortalTexts['nav'];

export interface PageOptions {
  language: PortalLanguage;
  title: string;
  body: string;
  /** Signed-in pages show the menu and the sign-out button. */
  nav?: NavKey | null;
  /** The path the language switch returns to. */
  path: string;
  /** Messages shown at the top: an error summary or a confirmation. */
  errors?: string[];
  notice?: string | null;
}

const NAV_PATHS: Record<NavKey, string> = {
  case: '/claimant/case',
  panel: '/claimant/panel',
  requests: '/claimant/requests',
  feedback: '/claimant/feedback',
  report: '/claimant/report',
  access: '/claimant/access',
};

export function page(options: PageOptions): string {
  const t = PORTAL_TEXTS[options.language];
  const signedIn = options.nav !== undefined;
  const nav = signedIn
    ? `<nav aria-label="${esc(t.siteName)}"><ul class="menu">${(Object.keys(NAV_PATHS) as NavKey[])
        .map((key) => `<li><a href="${NAV_PATHS[key]}"${options.nav === key ? ' aria-current="page"' : ''}>${esc(t.nav[key])}</a></li>`)
        .join('')}</ul></nav>`
    : '';
  const errors = options.errors?.length
    ? `<div class="error-summary" role="alert" tabindex="-1"><h2>${esc(t.errorTitle)}</h2><ul>${options.errors.map((e) => `<li>${esc(e)}</li>`).join('')}</ul></div>`
    : '';
  const notice = options.notice ? `<div class="confirmation" role="status"><p>${esc(options.notice)}</p></div>` : '';
  const switchTo = t.otherLanguageCode;
  const separator = options.path.includes('?') ? '&' : '?';
  return `<!doctype html>
<html lang="${options.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(options.title)} - ${esc(t.siteName)}</title>
<link rel="stylesheet" href="/claimant/portal.css">
</head>
<body>
<a class="skip" href="#main">${esc(t.skip)}</a>
<header class="top">
<p class="site">${esc(t.siteName)}</p>
<div class="top-actions">
<a class="lang" href="${esc(options.path)}${separator}lang=${switchTo}" lang="${switchTo}" hreflang="${switchTo}">${esc(t.otherLanguage)}</a>
${signedIn ? `<form method="post" action="/claimant/sign-out"><button type="submit" class="link-button">${esc(t.signOut)}</button></form>` : ''}
</div>
</header>
${nav}
<main id="main">
${errors}${notice}
<h1>${esc(options.title)}</h1>
${options.body}
</main>
</body>
</html>`;
}

/** A labelled text-like input with its hint and error, tied together for screen readers. */
export function input(field: { name: string; label: string; hint?: string; type?: string; value?: string; autocomplete?: string; inputmode?: string; required?: boolean; error?: string | null; maxlength?: number }): string {
  const described = [field.hint ? `${field.name}-hint` : null, field.error ? `${field.name}-error` : null].filter(Boolean).join(' ');
  return `<div class="field${field.error ? ' field-error' : ''}">
<label for="${field.name}">${esc(field.label)}</label>
${field.hint ? `<p class="hint" id="${field.name}-hint">${esc(field.hint)}</p>` : ''}
${field.error ? `<p class="error" id="${field.name}-error">${esc(field.error)}</p>` : ''}
<input id="${field.name}" name="${field.name}" type="${field.type ?? 'text'}"${field.value ? ` value="${esc(field.value)}"` : ''}${field.autocomplete ? ` autocomplete="${field.autocomplete}"` : ''}${field.inputmode ? ` inputmode="${field.inputmode}"` : ''}${field.maxlength ? ` maxlength="${field.maxlength}"` : ''}${field.required ? ' required' : ''}${described ? ` aria-describedby="${described}"` : ''}${field.error ? ' aria-invalid="true"' : ''}>
</div>`;
}

export function textarea(field: { name: string; label: string; hint?: string; required?: boolean; maxlength?: number }): string {
  return `<div class="field">
<label for="${field.name}">${esc(field.label)}</label>
${field.hint ? `<p class="hint" id="${field.name}-hint">${esc(field.hint)}</p>` : ''}
<textarea id="${field.name}" name="${field.name}" rows="4"${field.maxlength ? ` maxlength="${field.maxlength}"` : ''}${field.required ? ' required' : ''}${field.hint ? ` aria-describedby="${field.name}-hint"` : ''}></textarea>
</div>`;
}

/** A group of radio buttons in a fieldset with its legend. */
export function radios(group: { name: string; legend: string; options: { value: string; label: string }[]; required?: boolean }): string {
  return `<fieldset class="field"><legend>${esc(group.legend)}</legend>${group.options
    .map(
      (o, i) =>
        `<div class="choice"><input type="radio" id="${group.name}-${i}" name="${group.name}" value="${esc(o.value)}"${group.required ? ' required' : ''}><label for="${group.name}-${i}">${esc(o.label)}</label></div>`,
    )
    .join('')}</fieldset>`;
}

/** A form that is one button (acknowledge, strike, choose …). */
export function buttonForm(action: string, label: string, hidden: Record<string, string> = {}, kind: 'primary' | 'secondary' = 'primary'): string {
  return `<form method="post" action="${esc(action)}" class="inline">${Object.entries(hidden)
    .map(([name, value]) => `<input type="hidden" name="${esc(name)}" value="${esc(value)}">`)
    .join('')}<button type="submit" class="button ${kind}">${esc(label)}</button></form>`;
}

/** A definition list of label → value rows (values already HTML). */
export const facts = (rows: [string, string][]) => `<dl class="facts">${rows.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${v}</dd></div>`).join('')}</dl>`;

/**
 * The portal's stylesheet: mobile first (one column, 16-pixel base text, 44-pixel targets), a wider column from
 * 40rem. Colours meet AA contrast (text #1b1b1b on white 16.9:1, links #1d4ed8 8.6:1, errors #b00020 7.4:1).
 */
export const PORTAL_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-size:100%;-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5;color:#1b1b1b;background:#fff}
a{color:#1d4ed8;text-underline-offset:.15em}
a:hover{color:#1e3a8a}
:focus-visible{outline:3px solid #b45309;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.75rem}
.skip:focus{left:.5rem}
.top{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem;padding:.5rem 1rem;background:#0f2a4a;color:#fff}
.top a,.top .link-button{color:#fff}
.site{margin:0;font-weight:700}
.top-actions{display:flex;gap:1rem;align-items:center}
.top-actions form{margin:0}
.lang,.link-button{display:inline-flex;align-items:center;min-height:44px;padding:0 .25rem}
.link-button{background:none;border:0;font:inherit;text-decoration:underline;cursor:pointer}
.menu{list-style:none;margin:0;padding:.25rem 1rem;display:flex;flex-wrap:wrap;gap:.25rem 1rem;background:#e8eef6}
.menu a{display:inline-flex;align-items:center;min-height:44px}
.menu a[aria-current="page"]{font-weight:700;color:#1b1b1b}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.75rem;line-height:1.2;margin:.5rem 0 1rem}
h2{font-size:1.3rem;margin:1.75rem 0 .5rem}
h3{font-size:1.1rem;margin:1.25rem 0 .25rem}
.field{margin:0 0 1.25rem;border:0;padding:0}
label,legend{display:block;font-weight:700;margin-bottom:.25rem}
.hint{margin:0 0 .25rem;color:#4a4a4a}
.error{margin:0 0 .25rem;color:#b00020;font-weight:700}
input[type=text],input[type=date],input[type=number],textarea,select{width:100%;max-width:24rem;min-height:44px;padding:.5rem;font:inherit;border:2px solid #1b1b1b;border-radius:4px;background:#fff;color:#1b1b1b}
textarea{max-width:100%}
.field-error input{border-color:#b00020}
.choice{display:flex;align-items:center;gap:.5rem;min-height:44px}
.choice input{width:24px;height:24px;margin:0}
.choice label{font-weight:400;margin:0}
.button{display:inline-flex;align-items:center;justify-content:center;min-height:44px;padding:.5rem 1.25rem;font:inherit;font-weight:700;border-radius:4px;border:2px solid #0f2a4a;cursor:pointer}
.primary{background:#0f2a4a;color:#fff}
.secondary{background:#fff;color:#0f2a4a}
.inline{display:inline-block;margin:.25rem .5rem .25rem 0}
.error-summary{border:4px solid #b00020;padding:.75rem 1rem;margin:0 0 1rem}
.error-summary h2{margin-top:0;font-size:1.2rem}
.confirmation{border:4px solid #166534;padding:.5rem 1rem;margin:0 0 1rem}
.card{border:1px solid #9ca3af;border-radius:6px;padding:.75rem 1rem;margin:0 0 1rem}
.card h2,.card h3{margin-top:0}
.facts{margin:0}
.facts div{padding:.35rem 0;border-bottom:1px solid #e5e7eb}
.facts dt{font-weight:700}
.facts dd{margin:0}
.steps{padding-left:1.25rem}
.members{list-style:none;padding:0}
.status{font-weight:700}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.5rem .25rem;border-bottom:1px solid #d1d5db;vertical-align:top}
.preline{white-space:pre-line}
@media (min-width:40rem){main{padding:1.5rem}h1{font-size:2rem}}
`;
