import { relative } from 'node:path';
import type { Plugin } from 'vite';

/** Where the build leaves its chunk graph for `check:bundle` (not served as part of the app). */
export const CHUNK_GRAPH = '.vite/chunk-graph.json';

/**
 * Records which source modules each JavaScript chunk holds and which chunks it imports
 * statically. Vite's own manifest names a chunk by the module it stands for, and chunks that
 * group several screens stand for none, so it cannot say which chunks a given screen needs.
 */
export function chunkGraph(root: string): Plugin {
  return {
    name: 'waypoint:chunk-graph',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle)
        .filter((output) => output.type === 'chunk')
        .map((chunk) => ({
          file: chunk.fileName,
          isEntry: chunk.isEntry,
          imports: chunk.imports,
          modules: Object.keys(chunk.modules).map((id) => relative(root, id)),
        }));
      this.emitFile({ type: 'asset', fileName: CHUNK_GRAPH, source: JSON.stringify(chunks) });
    },
  };
}
