import { ParseUUIDPipe } from '@nestjs/common';
import { ID } from '@nestjs/graphql';

/** An argument holding an entity id: `@Args(...idArg('meetingId'))`. Anything but a UUID is BAD_USER_INPUT. */
export const idArg = (name: string) => [name, { type: () => ID }, ParseUUIDPipe] as const;

/** The shape of the ids the api hands out, for routes that read one from a path. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
