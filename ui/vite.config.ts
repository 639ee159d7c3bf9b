/// <reference types="vitest/config" />
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig(({ mode }) => ({
  plugins: [svelte()],
  // Tests need Svelte's browser build; an empty `conditions` list breaks the production build.
  resolve: mode === 'test' ? { conditions: ['browser'] } : {},
  clearScreen: false,
  // The messages live at the repository's root (`locales/`), beside the Rust side's.
  server: { port: 5173, strictPort: true, fs: { allow: ['..'] } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // WebKitGTK 2.4x, WebView2 and WKWebView all run ES2022.
    target: 'es2022',
    // Styles as files, never inline: the app's CSP allows only 'self'.
    assetsInlineLimit: 0,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    globals: true,
    restoreMocks: true,
  },
}));
