import type { ApolloServerPlugin } from '@apollo/server';
import { controlCharacterIn } from '@ogp-forum/domain';
import { BREAK, GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import { BadUserInputError } from '../errors/domain-errors.js';

interface Found {
  field: string;
  character: string;
}

/** The first control character in the variables, with where it sits (`input.body`, `ids[2]`). */
function inVariables(value: unknown, path: string): Found | null {
  if (typeof value === 'string') {
    const character = controlCharacterIn(value);
    return character ? { field: path, character } : null;
  }
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [`${path}[${index}]`, item])
    : value && typeof value === 'object'
      ? Object.entries(value).map(([key, item]) => [path ? `${path}.${key}` : key, item])
      : [];
  for (const [itemPath, item] of entries) {
    const found = inVariables(item, itemPath);
    if (found) return found;
  }
  return null;
}

/** The first control character written in the query itself (`"a\u0000b"`), named by its argument and input fields. */
function inLiterals(document: DocumentNode): Found | null {
  let found: Found | null = null;
  const name = (node: ASTNode | readonly ASTNode[]) => ('kind' in node && (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) ? [node.name.value] : []);
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      const character = controlCharacterIn(node.value);
      if (!character) return undefined;
      const names = [...ancestors, ...(parent ? [parent] : [])].flatMap(name);
      found = { field: names.join('.') || 'a value', character };
      return BREAK;
    },
  });
  return found;
}

/**
 * Control characters (NUL and the rest of C0 but tab and line breaks) are refused in every text of every operation,
 * in variables and in the query alike, before anything runs: no field has a use for them, and PostgreSQL refuses NUL
 * in text, which would otherwise surface as INTERNAL. Login and searches are covered too, since nothing is exempt.
 */
export const refuseControlCharacters: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const found = inVariables(request.variables ?? {}, '') ?? inLiterals(document);
        if (!found) return;
        const error = new BadUserInputError(`${found.field} contains a control character (${found.character}); remove it`, { field: found.field });
        throw new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
      },
    };
  },
};
