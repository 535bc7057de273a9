import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.ts';
import { main } from '../../src/cli/main.ts';
import type { Io } from '../../src/cli/io.ts';
import { makeProject, runCli } from '../helpers/run-cli.ts';

function captureIo(env: Record<string, string> = {}): Io & { err: () => string } {
  let stderr = '';
  return {
    cwd: '/',
    env,
    stdout: () => {},
    stderr: (t) => { stderr += t; },
    stdoutIsTty: false,
    stdinIsTty: false,
    err: () => stderr,
  };
}

describe('main', () => {
  const original = COMMANDS.graph.run;
  afterEach(() => { COMMANDS.graph.run = original; });

  it('reports a bug as one line without a stack trace or machine paths, exit 2', async () => {
    COMMANDS.graph.run = async () => { throw new TypeError('boom\nsecond line'); };
    const io = captureIo();
    expect(await main(['graph'], io)).toBe(2);
    expect(io.err()).toBe(
      'fieldguide graph: internal error: TypeError: boom\n'
      + 'This is a bug in fieldguide, not in your docs: please report it (FIELDGUIDE_DEBUG=1 shows where it happened).\n',
    );
  });

  it('shows the stack only with FIELDGUIDE_DEBUG', async () => {
    COMMANDS.graph.run = async () => { throw new Error('boom'); };
    const io = captureIo({ FIELDGUIDE_DEBUG: '1' });
    expect(await main(['graph'], io)).toBe(2);
    expect(io.err()).toMatch(/internal error: Error: boom\n.*\nError: boom\n\s+at /);
  });
});

describe('main: the command line is wrong', () => {
  const root = '/';

  it('suggests the command a typo away, with the usage line, exit 2', async () => {
    expect(await runCli(['chek'], root)).toEqual({
      code: 2, stdout: '',
      stderr: 'fieldguide: Unknown command `chek`. Did you mean `check`?\nUsage: fieldguide <command> [options]\nRun `fieldguide --help` for the commands.\n',
    });
  });

  it('lists the commands when none is close', async () => {
    expect((await runCli(['frobnicate'], root)).stderr).toBe(
      'fieldguide: Unknown command `frobnicate`, expected one of `init`, `check`, `new`, `impact`, `graph`, `diff`, `import`, `export`, `rules`, `build`, `dev`, `preview`.\n'
      + 'Usage: fieldguide <command> [options]\nRun `fieldguide --help` for the commands.\n',
    );
    expect((await runCli(['--verbose'], root)).stderr).toMatch(/^fieldguide: Unknown option `--verbose`, expected one of `init`, `check`/);
  });

  it('suggests the option a typo away from the command’s own options, with its usage line', async () => {
    expect(await runCli(['check', '--fromat', 'json'], root)).toEqual({
      code: 2, stdout: '',
      stderr: 'fieldguide check: Unknown option `--fromat`. Did you mean `--format`?\nUsage: fieldguide check [paths…] [options]\nRun `fieldguide check --help` for all options.\n',
    });
    expect((await runCli(['impact', 'x', '--revrese'], root)).stderr.split('\n')[0]).toBe('fieldguide impact: Unknown option `--revrese`. Did you mean `--reverse`?');
    expect((await runCli(['preview', '--prot=80'], root)).stderr.split('\n')[0]).toBe('fieldguide preview: Unknown option `--prot`. Did you mean `--port`?');
    expect((await runCli(['build', '--dri', 'systems'], root)).stderr.split('\n')[0]).toBe('fieldguide build: Unknown option `--dri`. Did you mean `--dir`?');
    expect((await runCli(['check', '--changed-snice', 'main'], root)).stderr.split('\n')[0]).toBe('fieldguide check: Unknown option `--changed-snice`. Did you mean `--changed-since`?');
  });

  it('lists the options when none is close, and never guesses from one letter', async () => {
    expect((await runCli(['preview', '--zzzzzz'], root)).stderr.split('\n')[0]).toBe('fieldguide preview: Unknown option `--zzzzzz`, expected one of `--out`, `--port`, `--config`, `--help`.');
    expect((await runCli(['preview', '-x'], root)).stderr.split('\n')[0]).toBe('fieldguide preview: Unknown option `-x`, expected one of `--out`, `--port`, `--config`, `--help`.');
  });

  it('says which option needs a value, and which takes none', async () => {
    expect(await runCli(['check', '--format'], root)).toEqual({
      code: 2, stdout: '',
      stderr: 'fieldguide check: The option `--format` needs a value: `--format <name>`.\nUsage: fieldguide check [paths…] [options]\nRun `fieldguide check --help` for all options.\n',
    });
    expect((await runCli(['check', '--quiet=yes'], root)).stderr.split('\n')[0]).toBe('fieldguide check: The option `--quiet` takes no value: write `--quiet` alone.');
  });

  it('names an argument a command does not take', async () => {
    expect((await runCli(['preview', 'dist'], root)).stderr).toBe(
      'fieldguide preview: Unexpected argument `dist`: `fieldguide preview` takes no arguments, only options.\nUsage: fieldguide preview [options]\nRun `fieldguide preview --help` for all options.\n',
    );
  });

  it('suggests a format a typo away', async () => {
    expect((await runCli(['check', '--format', 'jsno'], root)).stderr.split('\n')[0]).toBe('fieldguide check: Unknown format `jsno`. Did you mean `json`?');
  });

  it('rejects a --port that is not a port before starting anything', async () => {
    for (const port of ['abc', '0', '65536', '80.5', '-1', '']) {
      expect(await runCli(['preview', `--port=${port}`], root)).toEqual({
        code: 2, stdout: '',
        stderr: `fieldguide preview: Unexpected \`${port}\` for \`--port\`, expected a whole number from 1 to 65535, such as \`--port 4321\`.\nRun \`fieldguide preview --help\` for usage.\n`,
      });
    }
    expect((await runCli(['dev', 'nowhere', '--port', 'abc'], root)).stderr.split('\n')[0]).toBe('fieldguide dev: Unexpected `abc` for `--port`, expected a whole number from 1 to 65535, such as `--port 4321`.');
  });
});

describe('main: a path that cannot be used', () => {
  it('names a missing systems folder relative to where it runs, suggests a neighbour and says what to do', async () => {
    const root = makeProject({ 'systems/teams.yaml': 'teams: []\n' });
    expect(await runCli(['check', 'systm'], root)).toEqual({
      code: 2, stdout: '',
      stderr: 'fieldguide check: The systems folder `systm` does not exist. Did you mean `systems`?\nPass the folder of your docs, or set `systems:` in fieldguide.config.yaml.\n',
    });
  });

  it('says when the systems folder is a file, or lies under one', async () => {
    const root = makeProject({ 'notes.md': 'x\n' });
    // A file is a doc to check (`check <files>`), so one outside the catalog folder is named as such.
    expect((await runCli(['check', 'notes.md'], root)).stderr.split('\n')[0]).toBe(
      'fieldguide check: `notes.md` is not in the catalog folder `systems`: name docs inside it, or run `fieldguide check` without paths.',
    );
    expect((await runCli(['check', 'notes.md/systems'], root)).stderr.split('\n')[0]).toBe(
      'fieldguide check: The systems folder `notes.md/systems` cannot be reached: `notes.md` is a file, not a folder.',
    );
  });

  it('names a missing config file and suggests a neighbour', async () => {
    const root = makeProject({ 'fieldguide.config.yaml': 'title: X\n' });
    expect(await runCli(['check', '--config', 'fieldguide.conifg.yaml'], root)).toEqual({
      code: 2, stdout: '',
      stderr: 'fieldguide check: The config file `fieldguide.conifg.yaml` does not exist. Did you mean `fieldguide.config.yaml`?\n'
        + 'Pass an existing file to `--config`, or leave `--config` out to use the nearest fieldguide.config.yaml upward.\n',
    });
  });
});
