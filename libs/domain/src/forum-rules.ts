/** The forum's basic rules (OGP standard 1.1): one Markdown text per language, every save a version. */
export const FORUM_RULES_MAX_LENGTH = 50_000;

/** Where the rules are published: a public page, linked from every plan's repository and the compliance panel. */
export const FORUM_RULES_PATH = '/forum/rules';
