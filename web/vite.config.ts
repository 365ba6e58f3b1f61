import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Writes .br and .gz next to every text asset, which @fastify/static serves (preCompressed) to
 * browsers that accept them: the tenant pages are opened on slow mobile networks, and the server
 * has no on-the-fly compression.
 */
function precompress(): Plugin {
  return {
    name: 'trygg-precompress',
    apply: 'build',
    // writeBundle, not generateBundle: Vite rewrites chunks (preload lists) up to the end of
    // generateBundle, so only the files on disk are final.
    writeBundle(options, bundle) {
      const outDir = options.dir ?? path.join(root, 'dist');
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json)$/.test(fileName)) continue;
        const file = path.join(outDir, fileName);
        const bytes = readFileSync(file);
        if (bytes.length < 1024) continue;
        const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
        writeFileSync(`${file}.br`, brotli);
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

// Two entries built into web/dist, which the Fastify server serves: the staff app (index.html,
// React, SPA fallback) and the light tenant pages (tenant.html, Preact: see docs/decisions.md).
export default defineConfig({
  root,
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // maplibre-gl alone is ~1 MB; it is lazy-loaded, so only warn above that.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: { main: `${root}index.html`, tenant: `${root}tenant.html` },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
