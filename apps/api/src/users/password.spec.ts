import { passwordProblem } from './password.js';

describe('passwordProblem', () => {
  it.each`
    password                           | problem
    ${'short-pass'}                    | ${/at least 12/}
    ${'x'.repeat(129)}                 | ${/at most 128/}
    ${'password1234'}                  | ${/too common/}
    ${'iloveyouiloveyou'}              | ${/too common/}
    ${'Password!!!!2024'}              | ${/too common/}
    ${'aaaaaaaaaaaaaa'}                | ${/too common/}
    ${'123456789012'}                  | ${/too common/}
    ${'qwertyuiopqw'}                  | ${/too common/}
    ${'minsu.kim-garden-42'}           | ${/e-mail address/}
  `('refuses "$password"', ({ password, problem }) => {
    expect(passwordProblem(password, 'minsu.kim@example.org')).toMatch(problem);
  });

  it.each(['demo-password-1', 'open government partnership', 'Gwanghwamun-1st-street'])('accepts "%s"', (password) => {
    expect(passwordProblem(password, 'admin@example.org')).toBeNull();
  });
});
