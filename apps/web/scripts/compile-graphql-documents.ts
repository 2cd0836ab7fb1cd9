import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformAsync } from '@babel/core';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import type { Plugin } from 'vite';

// The generated `graphql()` looks a document up in a map of every document in the app, keyed by
// its full text, and that map ships whole in the first load. For the build, the client preset's
// Babel plugin replaces each `graphql(`…`)` call with an import of its compiled document. The
// generated `graphql.ts` holds every document, and one module lands in one chunk, so each import
// is then pointed at a module of its own holding that one document: a screen's documents travel
// with the screen. (@rolldown/plugin-babel would run the Babel step but declares Node >= 22.)
const documentPrefix = 'virtual:graphql-document/';

export function compileGraphqlDocuments(gqlDirectory: string): Plugin {
  const generated = join(gqlDirectory, 'graphql.ts');
  let compiled: Map<string, string> | undefined;
  const compiledDocument = (name: string): string => {
    compiled ??= new Map(
      [
        ...readFileSync(generated, 'utf8').matchAll(
          /^export const (\w+) = (\{.*\}) as unknown as DocumentNode</gm,
        ),
      ].map(([, documentName = '', json = '']) => [documentName, json]),
    );
    const json = compiled.get(name);
    if (json === undefined)
      throw new Error(`${generated} has no document ${name}: run pnpm generate`);
    return json;
  };

  return {
    name: 'waypoint:compile-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(documentPrefix) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${documentPrefix}`)) return null;
      const name = id.slice(documentPrefix.length + 1);
      return `export const ${name} = ${compiledDocument(name)};`;
    },
    async transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDirectory) || !code.includes('graphql(`')) {
        return null;
      }
      const result = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [
          [babelOptimizerPlugin, { artifactDirectory: gqlDirectory, gqlTagName: 'graphql' }],
        ],
      });
      if (!result?.code) return null;
      // The plugin's imports read `import { XDocument } from "../../gql/graphql";`.
      const rewritten = result.code.replace(
        /^import \{ (\w+) \} from "[./]*\/?gql\/graphql";$/gm,
        (_line, name: string) => `import { ${name} } from "${documentPrefix}${name}";`,
      );
      return { code: rewritten, map: result.map };
    },
  };
}
