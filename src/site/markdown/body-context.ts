import type { BodyHeading } from './rehype-heading-anchors.ts';

/** What one body's rendering needs and collects; carried on the file so the processors can be built once. */
export interface BodyContext {
  /** Ids the page itself uses; body headings never take them. */
  reserved: readonly string[];
  /** Prefix for ids inside the body's diagrams, unique on the page. */
  prefix: string;
  /** Filled in: the body's headings, in order. */
  headings: BodyHeading[];
  /** Filled in: Mermaid blocks left for the browser. */
  clientBlocks: number;
}

/** The context of the file being rendered. */
export function bodyContext(file: { data: Record<string, unknown> }): BodyContext {
  const context = file.data.body as BodyContext | undefined;
  if (!context) throw new Error('renderBody sets the body context before running the plugins.');
  return context;
}
