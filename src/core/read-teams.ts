import type { Finding, Place } from './diagnostic.ts';
import type { Team } from './model.ts';
import type { TeamsFile } from './types/teams.ts';
import { decodeText } from './source/decode-text.ts';
import { LineIndex } from './source/line-index.ts';
import { locatePath } from './source/locate-path.ts';
import { parseYamlData } from './source/parse-yaml-data.ts';
import { getValidators, teamsSchema } from './validate/get-validators.ts';
import { schemaFindings } from './validate/schema-findings.ts';
import { findSecrets } from './validate/find-secrets.ts';
import { findCommentsInValues } from './validate/find-comments-in-values.ts';

/** Where one member entry of a team is written: its `name`, and its `email` when given. */
export interface MemberPlaces {
  name: Place;
  email?: Place;
}

/** Member places per team read by `readTeams`, kept beside the team rather than in it, so the site never stores them. */
const memberPlaceIndex = new WeakMap<Team, { file: string; members: MemberPlaces[] }>();

/** Where a team's members are written (the teams file and one entry per member, in order), for rules about people. */
export function memberPlaces(team: Team): { file: string; members: MemberPlaces[] } | undefined {
  return memberPlaceIndex.get(team);
}

/** Reads and validates the teams file; a broken file yields located findings and no teams. */
export function readTeams(file: string, bytes: Uint8Array | undefined): { teams: Team[]; findings: Finding[] } {
  if (bytes === undefined) {
    return {
      teams: [],
      findings: [{
        file, line: 1, column: 1, rule: 'missing-teams-file',
        message: `There is no teams file at \`${file}\`, so no \`owner\` can be checked.`,
        hint: 'Declare each team once: `teams: [{ id: releng, name: Release Engineering }]`.',
      }],
    };
  }
  const decoded = decodeText(file, bytes);
  if ('finding' in decoded) return { teams: [], findings: [decoded.finding] };
  const lines = new LineIndex(decoded.text);
  const findings = findSecrets(file, decoded.text, (o) => lines.place(o));
  // `oncall: Buildduty in #buildduty` loses its channel here as it would in a doc.
  findings.push(...findCommentsInValues(file, decoded.text, (o) => lines.place(o)));
  // An error at the very end (an unclosed bracket or quote) is shown on the last character, inside the file.
  const last = Math.max(0, decoded.text.trimEnd().length - 1);
  const parsed = parseYamlData(file, decoded.text, 'The teams file', (o) => lines.place(Math.min(o, last)));
  findings.push(...parsed.findings);
  const { yaml, data } = parsed;
  if (!yaml) return { teams: [], findings };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    findings.push({ file, line: 1, column: 1, rule: 'not-a-mapping', message: 'The teams file must be a mapping with a `teams:` list.' });
    return { teams: [], findings };
  }
  const validate = getValidators().teams;
  if (!validate(data)) {
    findings.push(...schemaFindings({ file, yaml, lines, offset: 0 }, validate.errors ?? [], data, teamsSchema));
    return { teams: [], findings };
  }
  const teams: Team[] = [];
  const first = new Map<string, Team>();
  (data as TeamsFile).teams.forEach((team, index) => {
    const range = locatePath(yaml, ['teams', index, 'id']);
    const place = lines.place(range.start);
    const earlier = first.get(team.id);
    if (earlier) {
      findings.push({
        file, ...place, rule: 'duplicate-team',
        message: `Team \`${team.id}\` is declared twice.`,
        related: [{ file, ...earlier.place, message: 'First declared here.' }],
      });
      return;
    }
    const entry = { ...team, place };
    const at = (path: (string | number)[]) => lines.place(locatePath(yaml, ['teams', index, 'members', ...path]).start);
    memberPlaceIndex.set(entry, {
      file,
      members: (team.members ?? []).map((member, m) => ({ name: at([m, 'name']), ...(member.email !== undefined ? { email: at([m, 'email']) } : {}) })),
    });
    first.set(team.id, entry);
    teams.push(entry);
  });
  return { teams, findings };
}
