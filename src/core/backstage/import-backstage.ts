import { compareDiagnostics, type Diagnostic } from '../diagnostic.ts';
import { RULES } from '../rules.ts';
import { planImport, type ImportPlan } from './plan-import.ts';
import { readDescriptors } from './read-descriptors.ts';
import { writeImportedDocs, type ExistingPolicy, type WrittenFile } from './write-imported-docs.ts';

/** What `fieldguide import backstage` is asked to do. */
export interface ImportOptions {
  cwd: string;
  /** Descriptor files, relative to `cwd`. */
  paths: readonly string[];
  /** The catalog folder to write into. */
  dir: string;
  existing: ExistingPolicy;
  dryRun: boolean;
}

/** The import's result: every located problem (with its rule's default severity), the plan, and the files touched. */
export interface ImportResult {
  diagnostics: Diagnostic[];
  plan: ImportPlan;
  written: WrittenFile[];
}

/** Reads the descriptors, plans the docs and teams, and writes them (unless a dry run); problems are diagnostics, never throws. */
export function importBackstage(options: ImportOptions): ImportResult {
  const { descriptors, findings } = readDescriptors(options.paths, options.cwd);
  const plan = planImport(descriptors);
  const written = writeImportedDocs(plan, options.dir, options.existing, options.dryRun);
  const diagnostics = [...findings, ...plan.findings].map((f): Diagnostic => ({ ...f, severity: RULES[f.rule].severity })).sort(compareDiagnostics);
  return { diagnostics, plan, written };
}
