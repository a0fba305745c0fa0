import { describe, expect, it } from 'vitest';
import { starlightPage } from '../../../scripts/starlight-site.mjs';

describe('starlightPage', () => {
  it('keeps the title, gives the summary as description and the body as written', () => {
    const entry =
      "---\ntitle: 'Pods get no IP'\nsummary: 'The vSwitch ran out.'\nkind: troubleshooting\nerrors:\n  - 'x'\n---\n\n## Symptom\n\n```bash title=\"Terminal\"\nkubectl get pod\n```\n";
    expect(starlightPage(entry)).toBe(
      '---\ntitle: "Pods get no IP"\ndescription: "The vSwitch ran out."\n---\n\n## Symptom\n\n```bash title="Terminal"\nkubectl get pod\n```\n',
    );
  });
  it('says what is missing', () => {
    expect(() => starlightPage('no frontmatter')).toThrow(
      'starlight-site: expected the file to start with "---" frontmatter, found none',
    );
    expect(() => starlightPage("---\ntitle: 'T'\n---\nbody")).toThrow('starlight-site: expected a summary in the frontmatter');
  });
});
