import { readdirSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The built page's Content-Security-Policy: scripts only from the site itself — no inline script,
 * no eval. Styles may be inline (React's and KaTeX's style attributes); images may be data: and
 * blob: URLs (canvas exports, the PNG export's SVG). Only in builds: the dev server injects an
 * inline script for hot reloading.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const csp = (): Plugin => ({
  name: 'gate-lab-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
      injectTo: 'head-prepend',
    },
  ],
});

/**
 * The shipped models (public/models/) are fetched by the page before its first render; a preload
 * for each starts them beside the script instead of after it has run.
 */
const preloadModels = (): Plugin => {
  let base = '/';
  return {
    name: 'gate-lab-preload-models',
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: () =>
      readdirSync('public/models').map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: `${base}models/${file}` },
        injectTo: 'head' as const,
      })),
  };
};

/**
 * The installable, offline lab: a generated service worker precaches the whole build (the lazy
 * KaTeX chunk and its woff2 fonts, the training worker, the shipped models) so a second visit
 * works with the network off. It registers from an external script (the CSP forbids inline
 * script). Off in the benchmark build, whose timings should not include a background precache.
 */
const pwa = (mode: string, base: string) =>
  VitePWA({
    disable: mode === 'bench',
    registerType: 'autoUpdate',
    injectRegister: 'script-defer',
    manifest: {
      name: 'Gate Lab',
      short_name: 'Gate Lab',
      description: 'Step through the gates of trained LSTM, GRU and vanilla RNN models.',
      start_url: base,
      scope: base,
      display: 'standalone',
      theme_color: '#1f3b57',
      background_color: '#f7f7f4',
      icons: [
        { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
        { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
        { src: 'maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // woff2 only: every browser that runs service workers takes KaTeX's woff2 fonts first;
      // the manifest's PNG icons are added by the plugin
      globPatterns: ['**/*.{js,css,html,json,svg,woff2}'],
      // the lab's own page only: other pages on the same origin (a shared host) are not the lab's
      navigateFallback: `${base}index.html`,
      navigateFallbackAllowlist: [new RegExp(`^${escape(base)}(index\\.html)?(\\?.*)?$`)],
      // a new build takes over at once, and the first visit is already served by the worker
      // (the plugin sets these itself only when it injects the registration in its own way)
      skipWaiting: true,
      clientsClaim: true,
    },
  });

/** Where the lab is served from; its page, its worker and the worker's scope are under it. */
const BASE = '/';

/** A path as a regular expression's literal text. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default defineConfig(({ mode }) => ({
  base: BASE,
  plugins: [react(), csp(), preloadModels(), pwa(mode, BASE)],
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
}));
