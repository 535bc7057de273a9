import { describe, expect, it } from 'vitest';
import { analyze, brief, productionDoc, WITHOUT_GRAPH_LINTS } from '../../helpers/make-catalog.ts';

/** What `check` reports of a catalog and what it accepts, each accepted finding with its reason. */
function check(docs: Record<string, string>) {
  const catalog = analyze(docs, { config: WITHOUT_GRAPH_LINTS });
  return { problems: brief(catalog.diagnostics), accepted: catalog.suppressed.map((s) => `${brief([s.diagnostic])[0]} [${s.reason}]`) };
}

const STALE = '  last_reviewed: 2026-10-01';
const KEY = 'AKIAIOSFODNN7EXAMPLE';

describe('suppressions over a real catalog', () => {
  it('accepts a stale review in the front matter and a sample key in the body, with their reasons', () => {
    const doc = productionDoc({ body: `## Overview\n\n<!-- fieldguide-disable-next-line secret -- AWS's documented sample key -->\nTry it with ${KEY}.\n\n## How to access\n\nText.\n\n## Runbook\n\nText.\n\n## Failure modes\n\nText.\n` })
      .replace(STALE, '  # fieldguide-disable-next-line stale-review -- Reviewed by the vendor yearly\n  last_reviewed: 2024-01-10');
    expect(check({ db: doc })).toEqual({
      problems: [],
      accepted: [
        'systems/db.md:39:18 warning stale-review: The doc was last reviewed 1051 days ago (2024-01-10); reviews older than 180 days are stale. (Check the doc against reality and update `review.last_reviewed`.) [Reviewed by the vendor yearly]',
        'systems/db.md:44:13 error secret: Line 44 looks like it contains an AWS access key id. (Remove it, rotate the credential, and describe how to get access instead of the secret itself.) [AWS\'s documented sample key]',
      ],
    });
  });

  it('reports the finding and the suppression when the comment is one line too high', () => {
    const doc = productionDoc().replace('review:\n', '# fieldguide-disable-next-line stale-review -- Vendor-reviewed\nreview:\n').replace(STALE, '  last_reviewed: 2024-01-10');
    expect(check({ db: doc }).problems).toEqual([
      'systems/db.md:37:1 warning unused-suppression: Nothing on line 38 is reported as `stale-review`, so this suppression silences nothing. (A suppression silences only the line right after it: `stale-review` is reported on line 39. Move the comment just above that line.)',
      'systems/db.md:39:18 warning stale-review: The doc was last reviewed 1051 days ago (2024-01-10); reviews older than 180 days are stale. (Check the doc against reality and update `review.last_reviewed`.)',
    ]);
  });

  it('warns about a suppression left behind after the problem was fixed', () => {
    const doc = productionDoc().replace(STALE, '  # fieldguide-disable-next-line stale-review -- Vendor-reviewed\n' + STALE);
    expect(check({ db: doc })).toEqual({
      problems: ['systems/db.md:38:3 warning unused-suppression: Nothing on line 39 is reported as `stale-review`, so this suppression silences nothing. (Remove the comment: nothing in this file is reported as that any more.)'],
      accepted: [],
    });
  });
});
