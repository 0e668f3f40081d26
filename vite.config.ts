/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

// One config for the renderer build (dist/ui, served by src/server and loaded by Electron) and for Vitest.
export default defineConfig({
  root: `${root}src/ui`,
  base: './',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: `${root}dist/ui`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  test: {
    root,
    include: ['src/**/*.test.{ts,tsx}', 'electron/**/*.test.ts', '.ci/**/*.test.ts', 'e2e/fixtures/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
