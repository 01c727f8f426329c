// Vite for the web app: root `web/`, output `web/dist` (which `parley serve` serves).
// In development `/api` (HTTP and the live WebSocket) is proxied to a running server.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.PARLEY_API ?? 'http://127.0.0.1:4319';

export default defineConfig({
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  // The page's Origin is Vite's port, not the server's; a server in open mode (no accounts)
  // answers only its own origin, so the proxy presents the page as the server's.
  server: { proxy: { '/api': { target: api, ws: true, changeOrigin: true, headers: { origin: api } } } },
});
