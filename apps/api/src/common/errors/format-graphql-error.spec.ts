import { BadRequestException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { ConflictError, NotFoundError } from './domain-errors.js';
import { formatGraphqlError } from './format-graphql-error.js';

const wrap = (originalError: Error) => new GraphQLError(originalError.message, { originalError, path: ['field'] });
const format = (error: GraphQLError) => formatGraphqlError({ message: error.message, path: error.path, extensions: error.extensions }, error);

describe('formatGraphqlError', () => {
  it('gives domain errors their code and details', () => {
    expect(format(wrap(new NotFoundError('Commitment', 'x')))).toEqual({
      message: 'Commitment x was not found',
      path: ['field'],
      extensions: { code: 'NOT_FOUND', entity: 'Commitment', id: 'x' },
      locations: undefined,
    });
    expect(format(wrap(new ConflictError('Someone saved a newer version'))).extensions).toEqual({ code: 'CONFLICT' });
  });

  it('turns validation failures into BAD_USER_INPUT with their messages', () => {
    const formatted = format(wrap(new BadRequestException(['first must be positive', 'after is wrong'])));
    expect(formatted).toMatchObject({ message: 'first must be positive; after is wrong', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('hides anything unexpected behind INTERNAL, without message or stack', () => {
    const secret = new Error('relation "users" does not exist at /srv/app/dist/users.js:12');
    const formatted = format(wrap(secret));
    expect(formatted.extensions).toEqual({ code: 'INTERNAL' });
    expect(JSON.stringify(formatted)).not.toContain('users');
    expect(JSON.stringify(formatted)).not.toContain('stack');
  });
});
