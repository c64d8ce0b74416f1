// Title groups: which group a candidate is DRAWN for, decided by its title only (one documented
// exception: backend/software titles at data-tooling vendors, see DATA_VENDOR_BOARDS). A group is a
// sampling stratum, never a label: readers decide labels from the whole posting.

export type Group = 'platform' | 'data-eng' | 'backend' | 'other';
export interface GroupOf {
  group: Group;
  subgroup: string;
}

// Rules are tried in order; the first whose pattern matches the lowercased title decides.
// Patterns use \b word boundaries; "ml" / "ai" are matched as words.
type Rule = [RegExp, Group, string];

const INTERN = /\b(intern|internship|werkstudent|working student|apprentice|co-op)\b/;
const MANAGER = /\b(manager|director|head of|vp|vice president|chief|cto|cio|cdo)\b|\bmanaging\b/;
const NON_ENG = /\b(sales|account executive|account manager|recruit\w*|talent|marketing|market\w* |designer|design lead|legal|counsel|paralegal|finance|financial|accountant|accounting|payroll|tax|operations|ops specialist|customer|support|success|nurse|physician|clinical|medical|therapist|teacher|tutor|writer|editor|content|copywriter|communications|community|partnerships?|business development|bdr|sdr|strategist|strategy|consultant|coordinator|assistant|administrator|receptionist|office|hr|people|procurement|buyer|logistics|warehouse|driver|technician|mechanic|electrician|chef|cook|cashier|retail|store|associate|specialist|representative|agent|advisor|officer|auditor|actuary|underwriter|economist|lawyer|attorney|policy|researcher|investigator|trader|quant)\b/;

const ML_PLATFORM =
  /\b(ml|ai|machine learning|llm|genai|gen ai)\s*(platform|infra|infrastructure|systems|ops|serving|inference)\b|\bmlops\b|\bllmops\b|\bfeature (store|platform)\b|\bmodel (serving|deployment|infrastructure|inference)\b|\b(training|inference) (infra|infrastructure|platform|systems?)\b|\binference (engineer|optimization)\b|\bml ?ops\b|\bmachine learning operations\b|\bml engineer,? (platform|infrastructure)\b|\b(platform|infrastructure) engineer,? (ml|ai|machine learning)\b|\bray data\b|\bmember of technical staff\b.*\binference\b/;
const DATA_SERVICES =
  /\bdata (apis?|services?|products? engineer|product engineering|product developer)\b|\b(backend|back-end|back end|software|server|api|platform) (engineer|developer)\s*[,\-–—(:|/]+\s*(data|analytics|search|integrations?|data (products?|apis?|services?))\)?\s*$|\b(backend|back-end|software) (engineer|developer)\s*[,\-–—(:|/]+\s*(data|analytics)\b(?!\s*(platform|infra|engineering|pipelines?))|\bdata[- ]intensive\b|\b(search|data) backend\b|\bbackend.{0,20}\bdata\b(?!\s*(platform|infra))/;
const DATA_PLATFORM =
  /\bdata (platform|platforms|infrastructure|infra|systems|storage|plane|lake platform|tooling)\b|\bbig data platform\b|\b(streaming|real[- ]time data|event streaming|stream processing|streams?) (platform|infrastructure|infra|engineer|systems?)\b|\b(streaming|kafka|flink)\b.*\bengineer\b|\blakehouse\b|\bquery (engine|execution|processing|optimi[sz]er)\b|\b(database|storage) (engine|internals|kernel)\b|\bdistributed (sql|database|query)\b|\banalytics (infrastructure|infra|platform)\b|\bingestion\b|\bdata ingestion\b|\bdatastore\b|\bdata (reliability|observability)\b|\bsoftware engineer.{0,12}\bdata platform\b|\bdata & (ml|ai) platform\b|\bdata and (ml|ai) platform\b/;
const DATA_ENG =
  /\bdata engineer\w*\b|\banalytics engineer\w*\b|\betl\b|\belt\b|\bbig data (developer|engineer)\b|\bdata pipeline\w*\b|\b(bi|business intelligence) (engineer|developer)\b|\bdata warehouse\w*\b|\bdata warehousing\b|\bdbt\b|\bdata integration (engineer|developer|specialist)\b|\bdata architect\b|\bdatabricks (engineer|developer)\b|\bspark (developer|engineer)\b|\bsnowflake (developer|engineer)\b|\bhadoop\b|\binformatica\b/;
const ML_DS =
  /\b(machine learning|ml|ai|deep learning|computer vision|nlp|llm|genai) (engineer|scientist|researcher|developer|specialist|architect)\b|\bdata scien\w*\b|\bapplied scien\w*\b|\bresearch (scientist|engineer)\b|\bscientist\b|\bml\b|\bmachine learning\b|\bmember of technical staff.{0,20}(research|model|training|pretraining|post-training)\b|\bperception\b|\brobot learning\b/;
const ANALYST = /\banalyst\b|\banalytics\b|\bbi developer\b|\breporting\b|\binsights\b|\bpower bi\b|\btableau\b/;

const OTHER_ENG: Rule[] = [
  [/\b(front[- ]?end|frontend|ui engineer|ui developer|web developer|react developer|angular|vue)\b/, 'other', 'frontend'],
  [/\b(ios|android|mobile|flutter|react native|swift)\b/, 'other', 'mobile'],
  [/\b(qa|quality assurance|test|tester|testing|sdet|automation engineer|verification)\b/, 'other', 'qa'],
  [/\b(security|appsec|secops|penetration|pentest|cyber|soc analyst|threat|detection engineer)\b/, 'other', 'security'],
  [/\b(embedded|firmware|fpga|asic|hardware|electrical|rtl|silicon|pcb|mechanical|robotics engineer|controls engineer)\b/, 'other', 'embedded-hardware'],
  [/\b(solutions? (engineer|architect|consultant)|sales engineer|forward deployed|field engineer|customer engineer|implementation engineer|support engineer|technical account|pre-?sales|developer advocate|devrel|developer relations)\b/, 'other', 'solutions-sales'],
  [/\b(site reliability|sre|devops|dev ops|cloud engineer|cloud architect|platform engineer|infrastructure engineer|systems engineer|network engineer|systems administrator|sysadmin|kubernetes|observability engineer|release engineer|build engineer|production engineer|it engineer|it support)\b/, 'other', 'devops-sre-cloud'],
];

const FULLSTACK = /\bfull[- ]?stack\b|\bfullstack\b/;
const SRE_INFRA_SWE =
  /\b(software|backend|back-end) (engineer|developer)\b.*\b(infrastructure|infra|reliability|sre|distributed systems|core platform|platform|systems|storage|compute|networking|runtime)\b|\b(infrastructure|infra|reliability|distributed systems|systems|platform|storage|compute|runtime) (software|backend) (engineer|developer)\b/;
const BACKEND =
  /\b(backend|back-end|back end|server[- ]side|api (engineer|developer)|server engineer|microservices?)\b|\b(java|python|golang|go|node(\.?js)?|\.net|dotnet|c#|c\+\+|ruby|rails|php|scala|rust|kotlin|elixir|django|spring)\s*(developer|engineer|programmer)\b/;
const GENERIC_SWE = /\b(software|swe|sde|application|applications) (engineer|developer|development engineer)\b|\bsoftware engineering\b|\bdeveloper\b|\bprogrammer\b|\bmember of technical staff\b|\bproduct engineer\b|\bengineer\b/;

/**
 * Boards (Ashby slugs) of companies whose product is data tooling or data delivered through APIs
 * (data platforms, databases / vector stores, pipelines, catalogs, data APIs). A backend or generic
 * software title there is drawn as platform / data-services-like (LABELING.md: a service role at a
 * company that sells data tooling is a data-services / data-platform candidate).
 */
export const DATA_VENDOR_BOARDS = new Set(
  [
    'astronomer', 'altimate', 'Secoda', 'supabase', 'turbopuffer', 'allium', 'herondata', 'freshpaint', 'Influxdata',
    'surreal', 'axiom', 'firecrawl', 'climatiq', 'middesk', 'vantageanalytics', '9fin', 'Nango', 'integrationapp',
    'Kombo', 'cytora.com', 'Blockworks', 'anyscale', 'netboxlabs', 'WunderGraph', 'Diagrid', 'lucidlink', 'socure',
  ].map((s) => s.toLowerCase()),
);

/** The first pool's vendor test: the company is one of DATA_VENDOR_BOARDS (Ashby slugs, case-insensitive). */
export const isDataVendorBoard = (company: string): boolean => DATA_VENDOR_BOARDS.has(company.toLowerCase());

/**
 * More companies whose product is data tooling, data infrastructure or data delivered through APIs
 * (warehouses/lakehouses, streaming, databases and vector stores, ETL/ELT and reverse ETL, orchestration,
 * catalogs and data observability, feature stores and ML platforms, search engines, data-enrichment APIs),
 * written as normalised names (see normCompany). Used by the pool extension (build-pool-2.ts) on top of
 * DATA_VENDOR_BOARDS; the first pool's grouping is unchanged.
 */
export const MORE_DATA_VENDORS = new Set([
  // warehouses, lakehouses, query engines, analytics databases
  'databricks', 'snowflake', 'snowflakecomputing', 'clickhouse', 'starburst', 'starburstdata', 'dremio', 'firebolt', 'motherduck', 'duckdblabs',
  'onehouse', 'tabular', 'imply', 'rockset', 'starrocks', 'celerdata', 'ocient', 'teradata', 'cloudera', 'singlestore',
  'exasol', 'vertica', 'kinetica', 'tinybird', 'materialize', 'databend', 'e6data',
  // operational databases, vector stores, search
  'cockroachlabs', 'cockroach', 'mongodb', 'couchbase', 'redis', 'redislabs', 'aerospike', 'scylladb', 'datastax',
  'yugabyte', 'timescale', 'tigerdata', 'planetscale', 'supabase', 'xata', 'turso', 'convex', 'fauna',
  'influxdata', 'questdb', 'cratedb', 'edgedb', 'surrealdb', 'pinecone', 'weaviate', 'qdrant', 'trychroma',
  'zilliz', 'lancedb', 'vespa', 'elastic', 'elasticsearch', 'algolia', 'typesense', 'meilisearch', 'marqo', 'turbopuffer', 'pgedge', 'tembo', 'polarsignals',
  // streaming and integration
  'confluent', 'redpanda', 'redpandadata', 'decodable', 'estuary', 'streamkap', 'striim', 'kurrent', 'eventstore',
  'streamnative', 'ververica', 'aiven', 'instaclustr', 'fivetran', 'airbyte', 'matillion', 'informatica', 'talend',
  'stitch', 'hevodata', 'rivery', 'meltano', 'dlthub', 'census', 'hightouch', 'rudderstack', 'segment', 'snowplow',
  'nango', 'mergedev', 'paragon', 'workato', 'trayio',
  // orchestration, transformation, quality, catalogs, governance
  'dbtlabs', 'dbt', 'astronomer', 'dagster', 'dagsterlabs', 'elementl', 'prefect', 'temporal', 'montecarlo',
  'montecarlodata', 'bigeye', 'metaplane', 'datafold', 'sifflet', 'anomalo', 'greatexpectations', 'atlan',
  'alation', 'collibra', 'selectstar', 'datahub', 'acryldata', 'immuta', 'secoda', 'cubedev',
  'hextechnologies', 'sigmacomputing', 'lightdash', 'thoughtspot', 'posthog', 'heapanalytics', 'mixpanel', 'amplitude',
  'gretel', 'tonicai', 'neondatabase', 'temporaltechnologies',
  // ML platforms, feature stores, model serving
  'tecton', 'featureform', 'hopsworks', 'anyscale', 'modallabs', 'baseten', 'weightsbiases', 'wandb',
  'arize', 'arizeai', 'cometml', 'dataiku', 'datarobot', 'dominodatalab', 'h2oai', 'iguazio', 'determinedai',
  'outerbounds', 'zenml', 'fiddler', 'fiddlerai', 'whylabs', 'labelbox', 'scaleai', 'snorkelai', 'pachyderm',
  'octoml', 'fireworksai', 'togetherai', 'replicate',
  // data delivered through APIs
  'mapbox', 'claylabs', 'nomic', 'rockerbox', 'peopledatalabs', 'crustdata', 'coresignal', 'brightdata', 'apify',
  'diffbot', 'firecrawl', 'plaid', 'pinwheel', 'truework', 'climatiq', 'allium',
]);

/** Lowercase, a parenthetical, a web domain ending and corporate suffixes removed, then only letters and digits. */
export function normCompany(company: string): string {
  return company
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\.(com|io|ai|dev|co|net|org|tech|app|so|cloud)\b/g, ' ')
    .replace(/[,.]?\s+(inc|llc|ltd|limited|corp|corporation|co|gmbh|plc|sa|bv|ag|pbc)\.?\s*$/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** The extension's vendor test: the first pool's boards, or a normalised name in MORE_DATA_VENDORS. */
export const isDataVendor = (company: string): boolean => isDataVendorBoard(company) || MORE_DATA_VENDORS.has(normCompany(company));

export interface GroupOptions {
  /** Which companies count as data-tooling vendors (default: the first pool's DATA_VENDOR_BOARDS). */
  isVendor?: (company: string) => boolean;
  /** Read plural role nouns as singular ("Software Engineers", as Hacker News posts name roles). The pool
   * extension sets this; the first pool was drawn without it. Only the grouping changes, never the title. */
  plurals?: boolean;
}

const PLURAL_ROLE = /\b(engineer|developer|scientist|architect|programmer|analyst|manager|designer|recruiter|researcher|director|intern)s\b/g;

export function titleGroup(title: string, company = '', opts: GroupOptions = {}): GroupOf {
  const isVendor = opts.isVendor ?? isDataVendorBoard;
  let t = ` ${title.toLowerCase().replace(/\s+/g, ' ')} `;
  if (opts.plurals) t = t.replace(PLURAL_ROLE, '$1');
  if (INTERN.test(t)) return { group: 'other', subgroup: 'internship' };
  if (MANAGER.test(t) && !/\b(engineer|developer)\b.*\bmanager\b.*\b(tools?|service)\b/.test(t)) return { group: 'other', subgroup: 'manager' };
  const engineering = /\b(engineer|engineering|developer|programmer|architect|swe|sde|scientist|member of technical staff|mts)\b/.test(t);
  if (!engineering && !ANALYST.test(t) && NON_ENG.test(t)) return { group: 'other', subgroup: 'non-engineering' };
  if (ML_PLATFORM.test(t)) return { group: 'platform', subgroup: 'ml-platform' };
  if (DATA_SERVICES.test(t) && !DATA_PLATFORM.test(t)) return { group: 'platform', subgroup: 'data-services' };
  if (DATA_PLATFORM.test(t)) return { group: 'platform', subgroup: 'data-platform' };
  if (DATA_ENG.test(t)) return { group: 'data-eng', subgroup: 'data-eng' };
  if (ML_DS.test(t)) return { group: 'other', subgroup: 'ml-ds' };
  if (ANALYST.test(t) && !/\b(engineer|developer)\b/.test(t)) return { group: 'other', subgroup: 'analyst' };
  for (const [re, g, s] of OTHER_ENG) if (re.test(t) && !FULLSTACK.test(t) && !(s === 'devops-sre-cloud' && SRE_INFRA_SWE.test(t))) return { group: g, subgroup: s };
  const vendor = isVendor(company);
  if (FULLSTACK.test(t)) return { group: 'backend', subgroup: 'fullstack' };
  if (SRE_INFRA_SWE.test(t)) return { group: 'backend', subgroup: 'sre-infra' };
  if (BACKEND.test(t)) return vendor ? { group: 'platform', subgroup: 'data-services' } : { group: 'backend', subgroup: 'backend' };
  if (GENERIC_SWE.test(t) && engineering) return vendor ? { group: 'platform', subgroup: 'data-services' } : { group: 'backend', subgroup: 'generic-swe' };
  if (engineering) return { group: 'other', subgroup: 'other-engineering' };
  return { group: 'other', subgroup: 'non-engineering' };
}
