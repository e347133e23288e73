import { Locale } from '@ogp-forum/domain';
import { errorMessageIn } from './error-messages.js';

describe('errorMessageIn', () => {
  it.each([
    ['You are not allowed to do this', 'FORBIDDEN', '이 작업을 할 권한이 없습니다'],
    ['Meeting 123 was not found', 'NOT_FOUND', '회의 123을(를) 찾을 수 없습니다'],
    ['Invitation link was not found', 'NOT_FOUND', '초대 링크가 이미 사용되었거나 만료되었거나 잘못되었습니다'],
    ['Too many failed sign-ins; try again in 1 minute', 'RATE_LIMITED', '로그인 실패가 너무 많습니다. 1분 뒤에 다시 시도하세요'],
    ['first must be a whole number from 1 to 100; email must be an e-mail address', 'BAD_USER_INPUT', 'first은(는) 1부터 100까지의 정수여야 합니다; 이메일 주소 형식이 아닙니다'],
    // Without a wording of its own, a message keeps its English after the Korean sense of its code.
    ['A decision needs a rationale', 'BAD_USER_INPUT', '입력이 올바르지 않습니다: A decision needs a rationale'],
    ['The meeting is held; RSVPs are closed', 'CONFLICT', '현재 상태와 맞지 않습니다: The meeting is held; RSVPs are closed'],
  ])('words "%s" (%s) in Korean', (message, code, korean) => {
    expect(errorMessageIn(Locale.ko, message, code)).toBe(korean);
  });

  it('leaves English as it is', () => {
    expect(errorMessageIn(Locale.en, 'You are not allowed to do this', 'FORBIDDEN')).toBe('You are not allowed to do this');
  });
});
