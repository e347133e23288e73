// `npm run codegen`: the types of the web's GraphQL operations, generated from the api's schema (apps/api/schema.graphql)
// into src/gql/. An operation is written with `graphql()` from src/gql beside the component that sends it; urql then
// knows its variables and result. A test (codegen.spec.ts) fails when the committed src/gql/ is not what this generates.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { preset as clientPreset } from '@graphql-codegen/client-preset';
import { fileURLToPath } from 'node:url';

const web = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** GraphQL enums that are the domain's own enums (the api registers those): the generated types use them. */
const DOMAIN_ENUMS = [
  'ActionPlanStatus', 'AgendaSuggestionReason', 'AttachmentSubjectType', 'CoCreationPhase', 'Completion', 'ComplianceReason',
  'ComplianceStatus', 'DraftSectionKey', 'IrmResponseStatus', 'Locale', 'MeetingKind', 'MeetingStatus', 'MinutesStatus',
  'OgpRequirement', 'OgpValue', 'OrganizationKind', 'ProposalStatus', 'ReportKind', 'ReportSectionKey', 'Role', 'RsvpAnswer',
  'SearchKind', 'Sector', 'SignOffSide', 'SpecificityRule', 'SubjectType',
];

const config: CodegenConfig = {
  schema: web('../api/schema.graphql'),
  documents: [web('src/**/*.{ts,tsx}'), `!${web('src/gql/**')}`],
  // Only `graphql()` documents: every operation of the web is written with it.
  pluckConfig: { modules: [], globalGqlIdentifierName: ['graphql'] },
  ignoreNoDocuments: true,
  silent: true,
  generates: {
    [web('src/gql/')]: {
      // 'client', given as the module itself so that the test's ES-module loader can run it too.
      preset: clientPreset,
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        skipTypename: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
        strictScalars: true,
        enumValues: {
          ...Object.fromEntries(DOMAIN_ENUMS.map((name) => [name, `@ogp-forum/domain#${name}`])),
          ComplianceEvidenceKind: '@ogp-forum/domain#EvidenceKind',
        },
      },
    },
  },
};

export default config;
