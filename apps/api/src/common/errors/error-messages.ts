import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, Locale } from '@ogp-forum/domain';
import type { Request } from 'express';

/**
 * The one place where the api's error messages are put into the member's language. Services keep throwing English
 * (the logs stay in one language); what a client is told is translated on the way out, by the signed-in member's
 * stored language, else the request's Accept-Language. Codes and details never change. A message without a Korean
 * wording here is prefixed with the Korean sense of its code, so a Korean reader always learns what kind of refusal it was.
 */

/** Korean wordings of messages that never vary. */
const EXACT_KO: Record<string, string> = {
  'You must sign in to do this': '로그인해야 할 수 있습니다',
  'You are not allowed to do this': '이 작업을 할 권한이 없습니다',
  'This operation declares no permission and is closed': '이 작업은 허용되지 않습니다',
  'Sign in to continue': '계속하려면 로그인하세요',
  'Your session has ended; sign in again': '세션이 끝났습니다. 다시 로그인하세요',
  'Your session expired; sign in again': '세션이 만료되었습니다. 다시 로그인하세요',
  'Your access token is not valid; sign in again': '액세스 토큰이 올바르지 않습니다. 다시 로그인하세요',
  'Send the access token as "Authorization: Bearer <token>"': '액세스 토큰을 "Authorization: Bearer <token>"으로 보내세요',
  'This sign-in was used from somewhere else and has been ended for your safety; sign in again':
    '이 로그인이 다른 곳에서 사용되어 안전을 위해 종료되었습니다. 다시 로그인하세요',
  'The e-mail address or the password is wrong': '이메일 주소 또는 비밀번호가 틀렸습니다',
  'Your current password is not right': '현재 비밀번호가 맞지 않습니다',
  'This password is too common; choose one that is hard to guess': '너무 흔한 비밀번호입니다. 추측하기 어려운 비밀번호를 고르세요',
  'Do not use your e-mail address in your password': '비밀번호에 이메일 주소를 넣지 마세요',
  'email must be an e-mail address': '이메일 주소 형식이 아닙니다',
  'Sign-up is closed; ask the forum secretariat for an invitation': '지금은 가입을 받지 않습니다. 포럼 사무국에 초대를 요청하세요',
  'This address already has an account; sign in instead': '이미 계정이 있는 주소입니다. 로그인하세요',
  'There is no such organisation': '그런 기관이 없습니다',
  'You cannot take the ADMIN role from yourself; ask another admin': '자신의 관리자 역할은 직접 뺄 수 없습니다. 다른 관리자에게 요청하세요',
  'Too many live connections from your address; close some tabs': '이 주소에서 실시간 연결이 너무 많습니다. 탭을 몇 개 닫으세요',
  'Subscribe to the thread first': '먼저 스레드를 구독하세요',
  'You may not attach documents to this': '여기에는 문서를 첨부할 수 없습니다',
  'Your organisation is the proposer': '회원님의 기관이 제안자입니다',
  'Those who propose or co-sponsor a proposal do not score it': '제안하거나 공동 후원한 사람은 그 제안을 평가하지 않습니다',
  'The secretariat decides on proposals; it does not co-sponsor them': '사무국은 제안을 결정하며 공동 후원하지 않습니다',
  'This commitment is signed off by both sides and frozen': '이 과제는 양측이 승인하여 확정되었습니다',
  'This commitment is already signed off by both sides': '이 과제는 이미 양측이 승인했습니다',
  'The text changed since you read it; read it again before signing off': '읽은 뒤에 내용이 바뀌었습니다. 승인하기 전에 다시 읽으세요',
  'These minutes are published and can no longer be edited; add an amendment instead': '회의록이 공개되어 더 이상 고칠 수 없습니다. 대신 수정 사항을 추가하세요',
  'The minutes are published: their attendance no longer changes': '회의록이 공개되어 출석은 더 이상 바뀌지 않습니다',
  'The plan is no longer in co-creation': '이 계획은 더 이상 공동 작성 단계가 아닙니다',
  "The plan's term is closed: its milestones are final": '계획 기간이 끝나 이행 단계가 확정되었습니다',
  "The plan's term is closed: its completion levels are final": '계획 기간이 끝나 이행 수준이 확정되었습니다',
  'The lead of a commitment is a government agency': '과제의 주관 기관은 정부 기관입니다',
  'A plan ends after it starts': '계획은 시작한 뒤에 끝나야 합니다',
  'This idempotency key was already used for a different comment': '이 멱등성 키는 이미 다른 댓글에 사용되었습니다',
  'after is not a cursor this api gave out': 'after 값이 이 API가 준 커서가 아닙니다',
  'query must not be empty': '검색어를 입력하세요',
  'This account has been deactivated by the forum secretariat; contact them to reactivate it': '포럼 사무국이 이 계정을 비활성화했습니다. 다시 활성화하려면 사무국에 문의하세요',
  'You cannot deactivate yourself; ask another admin': '자신의 계정은 직접 비활성화할 수 없습니다. 다른 관리자에게 요청하세요',
  'You cannot flag your own comment; edit it instead': '자신의 댓글은 신고할 수 없습니다. 대신 수정하세요',
  'A moderator has already hidden this comment': '운영진이 이미 이 댓글을 숨겼습니다',
  'This comment has no open flags': '이 댓글에는 처리할 신고가 없습니다',
  'You have already flagged this comment': '이미 이 댓글을 신고했습니다',
  'Something went wrong on our side; it has been logged.': '서버에서 문제가 생겼습니다. 기록해 두었습니다.',
};

/** Korean names of the things a NOT_FOUND names. */
const ENTITY_KO: Record<string, string> = {
  ActionItem: '실행 항목',
  ActionPlan: '실행계획',
  AgendaItem: '안건',
  Attachment: '문서',
  'Calendar feed': '캘린더 구독',
  Comment: '댓글',
  Commitment: '과제',
  Decision: '결정',
  DraftCommitment: '과제 초안',
  DraftSection: '초안 항목',
  Invitation: '초대',
  'Meeting series': '회의 시리즈',
  Meeting: '회의',
  Member: '회원',
  Organization: '기관',
  Proposal: '제안',
  Report: '보고서',
  'Sign-up': '가입',
  User: '사용자',
  WorkingGroup: '작업반',
};

/** Korean wordings of messages that carry a value: [pattern, wording]. */
const PATTERNS_KO: [RegExp, (...parts: string[]) => string][] = [
  [/^(Invitation|Sign-up) link was not found$/, (entity) => `${ENTITY_KO[entity]} 링크가 이미 사용되었거나 만료되었거나 잘못되었습니다`],
  [/^(.+?) (\S+) was not found$/, (entity, id) => `${ENTITY_KO[entity] ?? entity} ${id}을(를) 찾을 수 없습니다`],
  [/^Use at least (\d+) characters$/, (n) => `${n}자 이상으로 하세요`],
  [/^Use at most (\d+) characters$/, (n) => `${n}자 이하로 하세요`],
  [/^Too many requests; try again in (\d+) seconds$/, (n) => `요청이 너무 많습니다. ${n}초 뒤에 다시 시도하세요`],
  [/^Too many failed sign-ins; try again in (\d+) minutes?$/, (n) => `로그인 실패가 너무 많습니다. ${n}분 뒤에 다시 시도하세요`],
  [/^(.+) is already a member$/, (email) => `${email}은(는) 이미 회원입니다`],
  [/^(\S+) must be an id \(a UUID\)$/, (field) => `${field}은(는) ID(UUID)여야 합니다`],
  [/^(\S+) must be a whole number from (\d+) to (\d+)$/, (field, min, max) => `${field}은(는) ${min}부터 ${max}까지의 정수여야 합니다`],
  [/^(\S+) must be between 1 and (\d+)$/, (field, max) => `${field}은(는) 1부터 ${max} 사이여야 합니다`],
  [/^(\S+) must be a day as YYYY-MM-DD$/, (field) => `${field}은(는) YYYY-MM-DD 형식의 날짜여야 합니다`],
  [/^(\S+) must be one of (.+)$/, (field, allowed) => `${field}은(는) 다음 중 하나여야 합니다: ${allowed}`],
  [/^There is already a plan number (\d+)$/, (n) => `${n}차 계획이 이미 있습니다`],
];

/** What each code means, for messages without a wording of their own. */
const CODE_KO: Record<string, string> = {
  [ErrorCode.UNAUTHENTICATED]: '로그인이 필요합니다',
  [ErrorCode.FORBIDDEN]: '허용되지 않습니다',
  [ErrorCode.BAD_USER_INPUT]: '입력이 올바르지 않습니다',
  [ErrorCode.NOT_FOUND]: '찾을 수 없습니다',
  [ErrorCode.CONFLICT]: '현재 상태와 맞지 않습니다',
  [ErrorCode.RATE_LIMITED]: '요청이 너무 많습니다',
  [ErrorCode.INTERNAL]: '서버에서 문제가 생겼습니다',
};

function translateOne(message: string): string | null {
  if (message in EXACT_KO) return EXACT_KO[message];
  for (const [pattern, wording] of PATTERNS_KO) {
    const match = pattern.exec(message);
    if (match) return wording(...match.slice(1));
  }
  return null;
}

/** A message in the given language; several validation messages joined by "; " are translated one by one. */
export function errorMessageIn(locale: Locale, message: string, code: string | undefined): string {
  if (locale !== Locale.ko) return message;
  const parts = message.split('; ');
  const whole = translateOne(message);
  if (whole) return whole;
  const translated = parts.map(translateOne);
  if (translated.every(Boolean)) return translated.join('; ');
  return `${(code && CODE_KO[code]) ?? CODE_KO[ErrorCode.BAD_USER_INPUT]}: ${message}`;
}

/** The language a request's errors are told in: the signed-in member's own, else the best of Accept-Language, else English. */
export function requestLocale(req: Request | undefined): Locale {
  const own = req?.user?.locale;
  if (own) return own;
  const accepted = req?.headers['accept-language'] ? req.acceptsLanguages(Locale.en, Locale.ko) : false;
  return accepted === Locale.ko ? Locale.ko : Locale.en;
}

/** Tells each error of a GraphQL answer in the language of the request (see requestLocale); codes stay as they are. */
export const errorsInMembersLanguage: ApolloServerPlugin<{ req?: Request }> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors?.length) return;
        const locale = requestLocale(contextValue.req);
        if (locale === Locale.en) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({
          ...error,
          message: errorMessageIn(locale, error.message, error.extensions?.code as string | undefined),
        }));
      },
    };
  },
};
