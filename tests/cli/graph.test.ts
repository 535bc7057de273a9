import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { graphProject } from '../helpers/graph-docs.ts';

const project = () => graphProject(['web->api', 'api~>cache'], { web: { name: 'Website', tier: 1 }, api: { name: 'API' }, cache: { name: 'Cache', lifecycle: 'experimental' } }, {
  'systems/broken.md': '---\nname: [\n---\n',
});

describe('fieldguide graph', () => {
  it('prints the graph of every valid system as JSON by default', async () => {
    const result = await runCli(['graph'], project());
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      schemaVersion: 1,
      nodes: [
        { id: 'api', name: 'API', owner: 'releng', lifecycle: 'production', kind: 'service', tier: 2 },
        { id: 'cache', name: 'Cache', owner: 'releng', lifecycle: 'experimental', kind: 'service', tier: 2 },
        { id: 'web', name: 'Website', owner: 'releng', lifecycle: 'production', kind: 'service', tier: 1 },
      ],
      edges: [
        { from: 'api', to: 'cache', strength: 'soft', protocol: null, usage: null },
        { from: 'web', to: 'api', strength: 'hard', protocol: null, usage: null },
      ],
    });
  });

  it('prints Graphviz DOT and Mermaid', async () => {
    expect((await runCli(['graph', '--format', 'dot'], project())).stdout).toMatchInlineSnapshot(`
      "digraph fieldguide {
        rankdir=LR;
        node [shape=box, fontname="Helvetica"];
        edge [fontname="Helvetica", fontsize=10];
        "api" [label="API\\napi · tier 2 · production", tooltip="Owner: releng", style="rounded"];
        "cache" [label="Cache\\ncache · tier 2 · experimental", tooltip="Owner: releng", style="rounded,dashed"];
        "web" [label="Website\\nweb · tier 1 · production", tooltip="Owner: releng", style="rounded"];
        "api" -> "cache" [style=dashed];
        "web" -> "api";
      }
      "
    `);
    expect((await runCli(['graph', '--format', 'mermaid'], project())).stdout).toMatchInlineSnapshot(`
      "flowchart LR
        n0["API"]
        n1["Cache"]
        n2["Website"]
        n0 -.-> n1
        n2 --> n0
      "
    `);
  });

  it('rejects an unknown format and stray arguments', async () => {
    expect(await runCli(['graph', '--format', 'svg'], project())).toEqual({
      code: 2, stdout: '', stderr: 'fieldguide graph: Unknown format `svg`, expected one of `json`, `dot`, `mermaid`.\nRun `fieldguide graph --help` for usage.\n',
    });
    expect((await runCli(['graph', 'systems'], project())).stderr).toContain('Unexpected argument `systems`; use --dir for the systems folder.');
  });

  it('reads the folder given with --dir, and says when it does not exist', async () => {
    const root = project();
    expect((await runCli(['graph', '--dir', 'systems', '--format', 'mermaid'], root)).code).toBe(0);
    expect(await runCli(['graph', '--dir', 'nowhere'], root)).toEqual({ code: 2, stdout: '', stderr: 'fieldguide graph: The systems folder `nowhere` does not exist.\nPass the folder of your docs, or set `systems:` in fieldguide.config.yaml.\n' });
  });

  it('prints no control character from a name in any format', async () => {
    // YAML's own escapes: clear screen, retitle the terminal, a C1 CSI and a right-to-left override.
    const root = graphProject(['web->api'], { api: { name: '"API \\e[2J \\e]0;pwned\\a \\u009b2J \\u202eevil"' } });
    for (const format of ['json', 'dot', 'mermaid']) {
      const result = await runCli(['graph', '--format', format], root);
      expect(result.code, format).toBe(0);
      expect(result.stdout, format).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    }
    expect((await runCli(['graph', '--format', 'dot'], root)).stdout).toContain('label="API [2J ]0;pwned \\u009b2J \\u202eevil\\n');
    expect(JSON.parse((await runCli(['graph'], root)).stdout).nodes[0].name).toBe('API \u001b[2J \u001b]0;pwned\u0007 \u009b2J \u202eevil');
  });
});
