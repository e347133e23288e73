/**
 * The api's "now". Rules that turn on dates — a milestone is delayed, a commitment is stale, a meeting is due — ask the
 * clock rather than `new Date()`, so that a test can move time forward on a running server.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
