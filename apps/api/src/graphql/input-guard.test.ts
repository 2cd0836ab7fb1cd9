import { describe, expect, it } from 'vitest';
import {
  GraphQLID,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLString,
  type GraphQLArgument,
} from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { inputProblems, isCleanText } from './input-guard.js';

describe('text every input may hold', () => {
  it('keeps tabs, line breaks, accents and emoji', () => {
    expect(isCleanText('Line one\r\n\tline two — café, 😀')).toBe(true);
  });

  it('refuses NUL, other C0 and C1 controls, DEL and half a surrogate pair', () => {
    for (const bad of ['a\u0000b', 'a\u001bb', 'a\u007fb', 'a\u0085b', 'a\ud83d', '\ude00b']) {
      expect(isCleanText(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('the checks every argument gets', () => {
  const input = new GraphQLInputObjectType({
    name: 'Probe',
    fields: {
      ids: { type: new GraphQLList(new GraphQLNonNull(GraphQLID)) },
      note: { type: GraphQLString },
      answers: { type: GraphQLJSONObject },
    },
  });
  const args = [
    { name: 'id', type: GraphQLID },
    { name: 'input', type: new GraphQLNonNull(input) },
  ] as unknown as GraphQLArgument[];
  const id = '6f1c2a0e-8d1b-4e55-9a3c-2b7e1f0d9c41';

  it('names every id that is not a UUID and every text with a control character', () => {
    expect(
      inputProblems(args, {
        id: 'x',
        input: { ids: [id, 'y'], note: 'ok\u0000', answers: { a: ['fine', 'b\u0000'] } },
      }).map((p) => p.field),
    ).toEqual(['id', 'input.ids.1', 'input.note', 'input.answers.a.1']);
  });

  it('passes well-formed input and leaves absent values alone', () => {
    expect(inputProblems(args, { input: { ids: [id], note: null } })).toEqual([]);
  });
});
