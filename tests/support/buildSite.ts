import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * Builds the real site (this project's src/ and astro.config.mjs) from the content and
 * seeds in `contentRoot` into `outDir`, at the domain root and without a sitemap.
 * Rejects with the end of Astro's output, which names the problem.
 */
export async function buildSite(contentRoot: string, outDir: string, env: Record<string, string> = {}): Promise<void> {
  try {
    await promisify(execFile)(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: { ...process.env, CONTENT_ROOT: contentRoot, OUT_DIR: outDir, BASE_PATH: '', SITE_URL: '', ASTRO_TELEMETRY_DISABLED: '1', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`building the site from ${contentRoot} failed:\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`, { cause: error });
  }
}
