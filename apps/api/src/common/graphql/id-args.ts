import { PipeTransform } from '@nestjs/common';
import { ID } from '@nestjs/graphql';
import { BadUserInputError } from '../errors/domain-errors.js';

/** The shape of the ids the api hands out, for routes that read one from a path. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Lets through a UUID, a list of them, or nothing; anything else never reaches a uuid column. */
class IdPipe implements PipeTransform {
  constructor(private readonly name: string) {}

  transform(value: unknown): unknown {
    const ids = Array.isArray(value) ? value : [value];
    if (value != null && !ids.every((id) => typeof id === 'string' && UUID.test(id))) {
      throw new BadUserInputError(`${this.name} must be an id (a UUID)`, { field: this.name });
    }
    return value;
  }
}

/**
 * An argument holding an entity id, `@Args(...idArg('meetingId'))`, optionally nullable or a list of ids. Anything
 * but UUIDs is BAD_USER_INPUT naming the argument.
 */
export const idArg = (name: string, options: { nullable?: boolean; list?: boolean } = {}) =>
  [name, { type: () => (options.list ? [ID] : ID), nullable: options.nullable ?? false }, new IdPipe(name)] as const;
