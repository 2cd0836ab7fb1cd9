import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Refuses abusive query shapes during validation, before any resolver runs. Generous for the web
 * app's real queries (the caseload is depth 5, ~60 tokens); introspection is exempt from depth
 * and cost so the playground keeps working where introspection is on.
 */
export const queryLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2_000,
  maxCost: 5_000,
  maxDirectives: 20,
} as const;

/** For Apollo's parser: a longer document fails parsing (GRAPHQL_PARSE_FAILED, HTTP 400). */
export const parseOptions = { maxTokens: queryLimits.maxTokens } as const;

export function queryLimitProtection() {
  return new ApolloArmor({
    maxDepth: { n: queryLimits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: queryLimits.maxAliases },
    // graphql-js counts tokens while parsing (`parseOptions` below); armor's own count re-parses
    // in a plugin hook, where any syntax error became an HTTP 500 instead of a parse failure.
    maxTokens: { enabled: false },
    costLimit: { maxCost: queryLimits.maxCost, ignoreIntrospection: true, flattenFragments: true },
    maxDirectives: { n: queryLimits.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
