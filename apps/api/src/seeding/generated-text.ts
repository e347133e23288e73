/**
 * Text for the generated forum (generated-forum.ts): sentences in Korean and English built from the words a forum like
 * OGP Forum Korea writes, so that search over the generated comments finds real words — 정보공개를, 예산의, 회의에서,
 * "budget", "disclosure" — in sentences of varying length. Korean particles follow the final consonant of the noun
 * (정보공개를 but 예산을), as a Korean writer would put them.
 */

/** A small, seeded pseudo-random generator (mulberry32): the same seed gives the same forum. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** In [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** An index in [0, n) where low indexes come up far more often (a few people and subjects get most of the talk). */
  skewed(n: number, exponent = 2.2): number {
    return Math.min(n - 1, Math.floor(n * this.next() ** exponent));
  }
}

export const KOREAN_NOUNS = [
  '정보공개', '예산', '회의', '위원회', '시민사회', '정부', '행정안전부', '국민권익위원회', '공공데이터', '투명성', '참여', '책임성',
  '이행', '계획', '공약', '진척', '보고서', '평가', '의견', '제안', '회의록', '안건', '지방자치단체', '청렴', '부패방지', '데이터',
  '포털', '법률', '개정안', '공청회', '설문조사', '시민', '청년', '접근성', '웹사이트', '기록물', '국회', '감사', '결과', '일정',
  '마감', '지연', '성과', '지표', '목표', '협력', '파트너십', '워킹그룹', '자문단', '사무국', '공동의장', '의제', '교육', '홍보',
  '플랫폼', '서비스', '민원', '청원', '원문공개', '기준', '지침', '모니터링', '피드백', '검토', '합의', '결정', '후속조치', '재정',
  '정책', '개방정부', '시민단체', '전문가', '연구', '통계', '예산서', '회계', '공시', '조달', '계약', '입찰', '인권', '개인정보',
  '보안', '규제', '혁신', '디지털', '전자정부', '행정', '담당자', '부처', '기관', '중앙정부', '지역', '주민', '토론회', '간담회',
];

/** Sentence endings, formal (합니다체) as minutes and comments in the forum are written. */
const KOREAN_ENDINGS = [
  '필요합니다', '검토했습니다', '공개해야 합니다', '개선되었습니다', '지연되고 있습니다', '논의했습니다', '요청합니다', '확인했습니다',
  '제안합니다', '마련했습니다', '추진하고 있습니다', '부족합니다', '중요합니다', '발표했습니다', '공유해 주시기 바랍니다',
  '반영되어야 합니다', '점검하겠습니다', '보완이 필요합니다', '완료되었습니다', '의견을 드립니다',
];

const KOREAN_ADVERBS = ['조속히', '구체적으로', '지속적으로', '충분히', '투명하게', '적극적으로', '다시', '함께', '먼저', '분기별로'];

/** The final consonant (jongseong) of the word's last syllable: 0 for none, 8 for ㄹ. */
function finalConsonant(word: string): number {
  const code = word.charCodeAt(word.length - 1);
  return code >= 0xac00 && code <= 0xd7a3 ? (code - 0xac00) % 28 : 0;
}

/** The noun with a particle that fits it: 을/를, 이/가, 은/는, 과/와, 으로/로, and the ones that never change. */
function withParticle(noun: string, particle: 'object' | 'subject' | 'topic' | 'and' | 'toward' | 'of' | 'at' | 'about' | 'too'): string {
  const batchim = finalConsonant(noun) !== 0;
  switch (particle) {
    case 'object': return noun + (batchim ? '을' : '를');
    case 'subject': return noun + (batchim ? '이' : '가');
    case 'topic': return noun + (batchim ? '은' : '는');
    case 'and': return noun + (batchim ? '과' : '와');
    case 'toward': return noun + (batchim && finalConsonant(noun) !== 8 ? '으로' : '로');
    case 'of': return `${noun}의`;
    case 'at': return `${noun}에서`;
    case 'about': return `${noun}에 대한`;
    case 'too': return `${noun}도`;
  }
}

function koreanSentence(random: Random): string {
  const noun = () => random.pick(KOREAN_NOUNS);
  const ending = random.pick(KOREAN_ENDINGS);
  switch (random.int(0, 6)) {
    case 0: return `${withParticle(noun(), 'of')} ${withParticle(noun(), 'object')} ${ending}.`;
    case 1: return `${withParticle(noun(), 'at')} ${withParticle(noun(), 'about')} ${withParticle(noun(), 'subject')} ${ending}.`;
    case 2: return `${withParticle(noun(), 'topic')} ${random.pick(KOREAN_ADVERBS)} ${ending}.`;
    case 3: return `${withParticle(noun(), 'and')} ${withParticle(noun(), 'object')} ${withParticle(noun(), 'toward')} ${ending}.`;
    case 4: return `${withParticle(noun(), 'of')} ${noun()} ${withParticle(noun(), 'too')} ${random.pick(KOREAN_ADVERBS)} ${ending}.`;
    case 5: return `${random.int(1, 12)}월 ${withParticle(noun(), 'at')} ${withParticle(noun(), 'object')} ${ending}.`;
    default: return `${withParticle(noun(), 'subject')} ${ending}.`;
  }
}

export const ENGLISH_NOUNS = [
  'transparency', 'budget', 'meeting', 'disclosure', 'ministry', 'commitment', 'milestone', 'civil society', 'open data', 'portal',
  'consultation', 'deadline', 'delay', 'progress', 'report', 'evidence', 'secretariat', 'working group', 'proposal', 'agenda',
  'minutes', 'accountability', 'participation', 'procurement', 'contract', 'dataset', 'survey', 'hearing', 'regulation', 'petition',
  'freedom of information', 'public service', 'local government', 'integrity', 'anti-corruption', 'audit', 'indicator', 'target',
  'feedback', 'co-creation', 'action plan', 'implementation', 'stakeholder', 'access', 'privacy', 'website', 'archive', 'training',
];

const ENGLISH_VERBS = [
  'should publish', 'has delayed', 'needs to review', 'published', 'discussed', 'asked about', 'improved', 'will share',
  'must explain', 'reported on', 'supports', 'questions', 'updated', 'still lacks', 'welcomed', 'committed to',
];

const ENGLISH_ADJECTIVES = ['quarterly', 'public', 'draft', 'final', 'updated', 'clear', 'detailed', 'open', 'late', 'new', 'independent'];

function englishSentence(random: Random): string {
  const noun = () => random.pick(ENGLISH_NOUNS);
  const sentence = (() => {
    switch (random.int(0, 5)) {
      case 0: return `The ${noun()} ${random.pick(ENGLISH_VERBS)} the ${random.pick(ENGLISH_ADJECTIVES)} ${noun()}`;
      case 1: return `We ${random.pick(ENGLISH_VERBS)} the ${noun()} at the ${noun()}`;
      case 2: return `Could the ${noun()} clarify when the ${noun()} will be ${random.pick(['published', 'ready', 'reviewed', 'completed'])}`;
      case 3: return `In ${random.pick(['January', 'March', 'May', 'July', 'September', 'November'])} the ${noun()} ${random.pick(ENGLISH_VERBS)} the ${noun()}`;
      case 4: return `A ${random.pick(ENGLISH_ADJECTIVES)} ${noun()} on the ${noun()} would help ${random.pick(['citizens', 'researchers', 'the forum', 'journalists', 'ministries'])}`;
      default: return `Thanks for the ${random.pick(ENGLISH_ADJECTIVES)} ${noun()}`;
    }
  })();
  const end = sentence.startsWith('Could') ? '?' : '.';
  return sentence[0].toUpperCase() + sentence.slice(1) + end;
}

/**
 * A comment of varying length: mostly one to three sentences, now and then a long one of up to twenty; in Korean,
 * in English, or the two mixed as bilingual members write.
 */
export function commentText(random: Random): string {
  const sentences = random.chance(0.08) ? random.int(6, 20) : random.int(1, 3);
  const language = random.next();
  const parts: string[] = [];
  for (let index = 0; index < sentences; index += 1) {
    const korean = language < 0.6 ? true : language < 0.85 ? false : random.chance(0.5);
    parts.push(korean ? koreanSentence(random) : englishSentence(random));
  }
  return random.chance(0.1) && sentences > 3 ? `${parts.slice(0, 2).join(' ')}\n\n${parts.slice(2).join(' ')}` : parts.join(' ');
}

/** A paragraph for template fields, updates, minutes: a few sentences in the language asked for. */
export function paragraph(random: Random, sentences: number, language: 'ko' | 'en'): string {
  return Array.from({ length: sentences }, () => (language === 'ko' ? koreanSentence(random) : englishSentence(random))).join(' ');
}

/** A short title: "Open data on local budgets" / "지방자치단체 예산 정보공개". */
export function title(random: Random, language: 'ko' | 'en'): string {
  if (language === 'ko') return `${random.pick(KOREAN_NOUNS)} ${random.pick(KOREAN_NOUNS)} ${random.pick(KOREAN_NOUNS)}`;
  const text = `${random.pick(ENGLISH_ADJECTIVES)} ${random.pick(ENGLISH_NOUNS)} for ${random.pick(ENGLISH_NOUNS)}`;
  return text[0].toUpperCase() + text.slice(1);
}

const FAMILY_NAMES = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황', '안', '송', '류', '홍'];
const GIVEN_SYLLABLES = ['민', '서', '지', '현', '수', '영', '준', '하', '은', '우', '연', '진', '예', '도', '윤', '성', '주', '아', '재', '희'];
const ENGLISH_GIVEN = ['Alex', 'Sam', 'Jordan', 'Taylor', 'Morgan', 'Jamie', 'Casey', 'Robin', 'Chris', 'Dana', 'Lee', 'Kim', 'Pat', 'Avery'];
const ENGLISH_FAMILY = ['Park', 'Smith', 'Jones', 'Brown', 'Garcia', 'Martin', 'Wilson', 'Clark', 'Lewis', 'Walker', 'Young', 'Hall'];

/** A made-up person's name, Korean for most members. */
export function personName(random: Random): string {
  if (random.chance(0.8)) return random.pick(FAMILY_NAMES) + random.pick(GIVEN_SYLLABLES) + random.pick(GIVEN_SYLLABLES);
  return `${random.pick(ENGLISH_GIVEN)} ${random.pick(ENGLISH_FAMILY)}`;
}
