import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const api = process.env.API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The shared domain rules, compiled with the app from their TypeScript source.
    alias: { '@ogp-forum/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)) },
  },
  server: {
    proxy: { '/graphql': api, '/health': api, '/socket.io': { target: api, ws: true }, '/calendar': api, '/feeds': api },
  },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1024 },
});
