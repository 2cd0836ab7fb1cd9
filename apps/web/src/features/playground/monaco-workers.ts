// GraphiQL 5 edits with Monaco, which runs its language services in web workers. Each worker is
// bundled by Vite (`?worker`) and served from our own origin, so the playground works with no
// internet connection (GraphiQL's `setup-workers/esm.sh` would fetch them from a CDN).
// Imported for its side effect, before GraphiQL mounts.
import type { Environment } from 'monaco-editor';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';

const environment: Environment = {
  getWorker(_workerId: string, label: string) {
    switch (label) {
      case 'graphql':
        return new GraphQLWorker();
      case 'json':
        return new JsonWorker();
      default:
        return new EditorWorker();
    }
  },
};

self.MonacoEnvironment = environment;
