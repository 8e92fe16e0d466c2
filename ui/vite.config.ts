// Vite builds the UI into ui/dist, which the Tauri app embeds.
/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  // Tauri's dev server URL (src-tauri/tauri.conf.json `devUrl`) points here.
  server: { port: 5173, strictPort: true, host: '127.0.0.1' },
  clearScreen: false,
  build: {
    // WebKitGTK 2.50 is the oldest engine the app runs in.
    target: 'safari16',
    // Keep every asset a separate file: the CSP allows no inline data except images.
    assetsInlineLimit: 0,
  },
  test: {
    include: ['src/**/*.test.ts'],
    // lib/common/palette.ts reads the colours app.css defines.
    css: { include: [/app\.css/] },
  },
});
