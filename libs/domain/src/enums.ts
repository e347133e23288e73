/** The vocabulary of the forum, shared by the api (GraphQL enums, database columns) and the web app. */

export enum Role {
  ADMIN = 'ADMIN',
  GOVERNMENT = 'GOVERNMENT',
  CSO = 'CSO',
  CITIZEN = 'CITIZEN',
}

export enum OrganizationKind {
  GOVERNMENT = 'GOVERNMENT',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  ACADEMIA = 'ACADEMIA',
  PRIVATE_SECTOR = 'PRIVATE_SECTOR',
  MULTILATERAL = 'MULTILATERAL',
  LEGISLATURE = 'LEGISLATURE',
  JUDICIARY = 'JUDICIARY',
  /** The forum's secretariat: it convenes and decides, and counts for neither government nor civil society. */
  SECRETARIAT = 'SECRETARIAT',
}

export enum ActionPlanStatus {
  CO_CREATION = 'CO_CREATION',
  IMPLEMENTATION = 'IMPLEMENTATION',
  CLOSED = 'CLOSED',
}

/** OGP's completion scale, as in the self-assessment template ("Not Started … Completed"). */
export enum Completion {
  NOT_STARTED = 'NOT_STARTED',
  LIMITED = 'LIMITED',
  SUBSTANTIAL = 'SUBSTANTIAL',
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum OgpValue {
  ACCESS_TO_INFORMATION = 'ACCESS_TO_INFORMATION',
  CIVIC_PARTICIPATION = 'CIVIC_PARTICIPATION',
  PUBLIC_ACCOUNTABILITY = 'PUBLIC_ACCOUNTABILITY',
  TECHNOLOGY_AND_INNOVATION = 'TECHNOLOGY_AND_INNOVATION',
}

/** How far the government's response has taken up a recommendation of the Independent Reporting Mechanism. */
export enum IrmResponseStatus {
  NOT_ADDRESSED = 'NOT_ADDRESSED',
  PARTIALLY_ADDRESSED = 'PARTIALLY_ADDRESSED',
  ADDRESSED = 'ADDRESSED',
}

export enum Locale {
  en = 'en',
  ko = 'ko',
}

/** The `extensions.code` of every error the api returns (DESIGN.md §6). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL = 'INTERNAL',
}
