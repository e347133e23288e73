import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';

/** Nest's numbering of a GraphQL argument (GqlParamtype.ARGS) and of a socket event's payload (WsParamtype.PAYLOAD). */
const ARGS_OR_PAYLOAD = 3;

/**
 * The ValidationPipe for what clients send: GraphQL arguments, socket payloads, HTTP bodies, queries and route params.
 * A field resolver's parent, context and info are the api's own objects: validating them again on every field of every
 * row (class-transformer and class-validator on each commitment of a plan page) cost more than the rest of the page.
 */
export class InputValidationPipe extends ValidationPipe {
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    const type: unknown = metadata.type;
    if (typeof type === 'number' && type !== ARGS_OR_PAYLOAD) return false;
    return super.toValidate(metadata);
  }
}
