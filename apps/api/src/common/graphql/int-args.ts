import { PipeTransform } from '@nestjs/common';
import { Int } from '@nestjs/graphql';
import { BadUserInputError } from '../errors/domain-errors.js';

/** Lets through a whole number within its bounds. */
class IntRangePipe implements PipeTransform {
  constructor(
    private readonly name: string,
    private readonly min: number,
    private readonly max: number,
  ) {}

  transform(value: unknown): unknown {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < this.min || value > this.max) {
      throw new BadUserInputError(`${this.name} must be a whole number from ${this.min} to ${this.max}`, { field: this.name });
    }
    return value;
  }
}

/**
 * A whole-number argument with its bounds, `@Args(...intArg('position', { min: 1 }))`, checked before anything is
 * looked up: out of range is BAD_USER_INPUT naming the argument, never NOT_FOUND or CONFLICT first.
 */
export const intArg = (name: string, { min, max = 2 ** 31 - 1, description }: { min: number; max?: number; description?: string }) =>
  [name, { type: () => Int, description }, new IntRangePipe(name, min, max)] as const;
