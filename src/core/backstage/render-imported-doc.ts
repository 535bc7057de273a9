import { stringify } from 'yaml';
import type { ImportedDoc } from './map-entity.ts';

/** The text of an imported doc: front matter, an overview, the open questions the import leaves, and what did not map. */
export function renderImportedDoc(doc: ImportedDoc): string {
  const front = stringify(doc.data, { lineWidth: 0 });
  const questions = doc.missing.length > 0
    ? [`- Backstage says \`${doc.mappedLifecycle}\`. To mark it \`${doc.mappedLifecycle}\` here, the doc still needs: ${doc.missing.join('; ')}.`]
    : [];
  questions.push('- Every "Not in Backstage" answer above: who knows it?');
  const unmapped = Object.keys(doc.unmapped).length > 0
    ? `\n## Imported from Backstage, not mapped\n\nFields of \`${doc.ref}\` that have no place in the front matter, as Backstage has them:\n\n\`\`\`yaml\n${stringify(doc.unmapped, { lineWidth: 0 })}\`\`\`\n`
    : '';
  return `---\n# Imported from Backstage: ${doc.ref} (${doc.source}).\n# \`fieldguide import backstage --update\` refreshes name, summary, owner, kind, tags, links and depends_on.\n${front}---\n\n## Overview\n\n${doc.description ?? `${doc.data.name} has no description in Backstage.`}\n\n## Open questions\n\n${questions.join('\n')}\n${unmapped}`;
}
