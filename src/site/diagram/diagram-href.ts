import type { DiagramNode } from '../../core/render/diagram.ts';
import { makeHref, systemPath, teamPath } from '../make-href.ts';

/**
 * Where each box of a generated diagram links: a system to its page, a team to its page, a `+N more` box to the
 * list that names every hidden system (on `page`, the page the diagram is on, unless the box says otherwise).
 */
export function diagramHref(base: string, page?: string): (node: DiagramNode) => string | undefined {
  return (node) => {
    if (node.systemId !== undefined) return makeHref(base, systemPath(node.systemId));
    if (node.teamId !== undefined) return makeHref(base, teamPath(node.teamId));
    if (node.more) {
      const anchor = node.more.list === 'dependencies' ? '#depends-on' : '#depended-on-by';
      const owner = node.more.of ?? page;
      return owner === undefined ? undefined : `${makeHref(base, systemPath(owner))}${anchor}`;
    }
    return undefined;
  };
}
