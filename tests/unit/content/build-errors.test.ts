import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const outDirs: string[] = [];

/** Runs a real `astro build` on a fixture tree and returns its exit status and output. */
async function build(fixture: string): Promise<{ code: number; output: string }> {
  const outDir = mkdtempSync(join(tmpdir(), 'kb-build-'));
  outDirs.push(outDir);
  try {
    const { stdout, stderr } = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: { ...process.env, KB_CONTENT_DIR: resolve('tests/fixtures/content', fixture), KB_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

describe('astro build on broken content', () => {
  it('fails on an MDX syntax error and names the file', async () => {
    const { code, output } = await build('mdx-syntax-error');
    expect(code).not.toBe(0);
    expect(output).toContain('mdx-syntax-error/faq/en/alpha.mdx:20: expected MDX that parses, found: Unexpected character');
    expect(output).toContain('[mdx-syntax]');
  });

  it('fails on a frontmatter problem before rendering anything, listing file, field, expectation and finding', async () => {
    const { code, output } = await build('unknown-plugin');
    expect(code).not.toBe(0);
    expect(output).toContain('unknown-plugin/faq/en/beta.mdx:5: field "plugin[0]": expected one of "terway", "flannel", "any", found "calico"');
  });

  it('fails on an undeclared placeholder and names the file and line', async () => {
    const { code, output } = await build('undeclared-placeholder');
    expect(code).not.toBe(0);
    expect(output).toContain('undeclared-placeholder/faq/ja/alpha.mdx:32: expected placeholder <pod-name> to be declared in placeholders="…" on the block, found it undeclared');
  });

  it('fails on a Corefile that current CoreDNS refuses, naming the rule, file and line', async () => {
    const { code, output } = await build('corefile-upstream');
    expect(code).not.toBe(0);
    expect(output).toContain('corefile-upstream/faq/en/alpha.mdx:47: expected Corefile lines current CoreDNS accepts, found "upstream"');
    expect(output).toContain('[corefile]');
  });

  it('succeeds on a valid tree', async () => {
    const { code, output } = await build('valid');
    expect(output).toContain('Complete!');
    expect(code).toBe(0);
  });
});
