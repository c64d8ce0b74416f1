import type { DimensionId, HybridKind, Leaning } from './types';

/**
 * The body lexicon: ROLE-MODEL.md's dimensions as phrase patterns. Each signal is one feature of the
 * model; its weight is learned from the labelled corpus (`npm run train`), its dimension and leaning
 * are curated here and are what the evidence shows. Patterns are tokenised like the text (case and
 * punctuation do not matter; write camel-case names as published, `BigQuery`, so that scraped
 * run-together text still matches).
 *
 * `shared` signals are what both roles list (SQL, Python, AWS, Docker, Kubernetes, CI/CD): training
 * penalises their weights harder so they weigh little.
 */
export type Signal = {
  id: string;
  dimension: DimensionId;
  leans: Leaning;
  /** For hybrid-leaning signals: which kind of hybrid role they point to. */
  hybridKind?: HybridKind;
  /**
   * The stock wording of an HR job template ("Essential Duties", "Work Environment", "other duties as
   * assigned"): it counts as this signal (it tells a non-engineering posting) but says nothing of the
   * job, so it is never named as the reason.
   */
  templatePatterns?: readonly string[];
  patterns: readonly string[];
};

export const BODY_SIGNALS: readonly Signal[] = [
  // --- data engineering ---
  { id: 'orchestration', dimension: 'primary-work', leans: 'data', patterns: ['Airflow', 'Apache Airflow', 'Dagster', 'Prefect', '=Luigi', 'DAG', 'DAGs', 'Oozie', 'Azkaban', 'orchestration tools', 'workflow orchestration', 'MWAA', 'Cloud Composer'] },
  { id: 'dbt', dimension: 'data-modeling', leans: 'data', patterns: ['dbt', 'dbt Cloud', 'dbt Core', 'data build tool', 'SQLMesh', 'Dataform'] },
  { id: 'spark', dimension: 'primary-work', leans: 'data', patterns: ['Spark', 'PySpark', 'Apache Spark', 'Spark SQL', 'Hadoop', 'HDFS', 'Hive', 'MapReduce', 'EMR', 'Presto', 'Trino', 'Impala', 'Dataproc', 'Apache Beam', '=Beam', 'Dataflow', '=Pig', 'Sqoop', 'big data', 'Polars', 'Dask'] },
  { id: 'databricks', dimension: 'database', leans: 'data', patterns: ['Databricks', 'Delta Lake', 'Unity Catalog', 'Delta Live Tables', 'Palantir Foundry', '=Foundry'] },
  { id: 'etl', dimension: 'primary-work', leans: 'data', patterns: ['ETL', 'ELT', 'ETLs', 'extract transform load', 'extract, transform, load', 'extract, transform, and load', 'data pipeline', 'data pipelines', 'data pipelining', 'pipeline development', 'batch pipelines', 'ETL pipelines', 'ELT pipelines', 'data integration', 'data transformation', 'data transformations', 'data flows', 'data ingestion', 'ingest data', 'ingestion pipelines', 'data wrangling', 'data processing', 'data migration', 'data migrations', 'data movement'] },
  { id: 'pipelines', dimension: 'primary-work', leans: 'data', patterns: ['pipeline', 'pipelines'] },
  { id: 'etl-tools', dimension: 'primary-work', leans: 'data', patterns: ['Fivetran', '=Stitch', 'Airbyte', 'Informatica', 'SSIS', 'Talend', 'AWS Glue', '=Glue', 'Data Factory', 'Azure Data Factory', 'ADF', 'Matillion', 'DataStage', 'Synapse', 'Azure Synapse', 'Hightouch', 'Meltano', '=ODI', 'SSRS', 'SSAS', 'Alteryx'] },
  { id: 'warehouse', dimension: 'database', leans: 'data', patterns: ['data warehouse', 'data warehouses', 'data warehousing', 'warehouse', 'warehouses', 'warehousing', 'data lake', 'data lakes', 'lakehouse', 'data mart', 'data marts', 'DWH', 'EDW', 'enterprise data warehouse', 'OLAP', 'columnar', 'Snowflake', 'BigQuery', 'Big Query', 'Redshift', 'Teradata', 'Vertica', 'Netezza', 'Iceberg', 'Apache Iceberg', 'Hudi', 'Parquet', 'Avro', '=ORC', 'ClickHouse', 'Druid', 'Pinot', 'DuckDB', 'Athena', 'S3 data lake', 'medallion', 'medallion architecture'] },
  { id: 'data-modeling', dimension: 'data-modeling', leans: 'data', patterns: ['data modeling', 'data modelling', 'dimensional modeling', 'dimensional modelling', 'dimensional data modeling', 'star schema', 'star schemas', 'snowflake schema', 'Kimball', 'Inmon', 'fact tables', 'fact table', 'dimension tables', 'slowly changing dimensions', 'slowly changing dimension', 'SCD', 'data vault', 'semantic layer', 'data models', 'analytical models', 'data marts design', 'metrics layer', 'LookML'] },
  { id: 'sql-deep', dimension: 'sql-depth', leans: 'data', patterns: ['window functions', 'window function', 'query optimization', 'query tuning', 'query performance', 'complex SQL', 'advanced SQL', 'expert SQL', 'strong SQL', 'SQL expertise', 'stored procedures', 'T-SQL', 'TSQL', 'PL/SQL', 'PLSQL', 'CTEs', 'SQL queries', 'SQL transformations', 'SQL-based'] },
  { id: 'streaming', dimension: 'real-time', leans: 'data', patterns: ['Kafka Streams', 'Flink', 'Apache Flink', 'Spark Streaming', 'Structured Streaming', 'Kinesis', 'Kinesis Data Streams', 'watermark', 'watermarks', 'event time', 'exactly-once', 'exactly once', 'CDC', 'change data capture', 'Debezium', 'streaming pipelines', 'stream processing', 'streaming data', 'real-time data pipelines', 'real-time pipelines', 'near real-time', 'ksqlDB', 'Redpanda', 'Pub/Sub', 'Event Hubs'] },
  { id: 'batch', dimension: 'on-call', leans: 'data', patterns: ['batch', 'batch processing', 'batch jobs', 'backfill', 'backfills', 'data freshness', 'freshness', 'data SLAs', 'scheduling'] },
  { id: 'data-quality', dimension: 'primary-work', leans: 'data', patterns: ['data quality', 'data validation', 'Great Expectations', 'data lineage', 'lineage', 'data catalog', 'data governance', 'data contracts', 'data reliability', 'data integrity', 'data accuracy', 'data cleansing', 'data cleaning', 'master data', 'MDM', 'metadata management', 'data observability'] },
  { id: 'analytics-consumers', dimension: 'user-impact', leans: 'data', patterns: ['business teams', 'business needs', 'non-technical stakeholders', 'non technical', 'data flow', 'data-driven', 'analytics', 'analytical', 'reporting', 'business intelligence', '=BI', 'analysts', 'data analysts', 'data scientists', 'insights', 'KPIs', 'metrics', 'self-serve analytics', 'data-driven decisions', 'decision-making'] },
  { id: 'bi-tools', dimension: 'user-impact', leans: 'data', patterns: ['Looker', 'Tableau', 'Power BI', 'PowerBI', 'Metabase', 'Mode Analytics', '=Sigma', 'Superset', 'Qlik', 'QlikView', 'MicroStrategy', 'Cognos'] },
  { id: 'data-engineering', dimension: 'primary-work', leans: 'data', patterns: ['data engineering', 'data engineer', 'data engineers', 'analytics engineering', 'analytics engineer', 'analytics engineers', 'ETL developer', 'big data engineer', 'data architecture', 'data architect', 'modern data stack', 'data stack'] },
  { id: 'data-assets', dimension: 'primary-work', leans: 'data', patterns: ['data systems', 'data sets', 'datasets', 'data sources', 'source systems', 'data assets', 'data solutions', 'scalable data', 'robust data', 'data team', 'data teams', 'data workflows', 'data needs', 'large datasets', 'large data sets', 'structured and unstructured data', 'raw data', 'data volumes', 'large volumes of data'] },
  { id: 'data-langs', dimension: 'languages', leans: 'data', patterns: ['Scala', 'pandas', 'NumPy', '=SAS', 'Jupyter', 'notebooks', 'R programming'] },

  // --- backend engineering ---
  { id: 'api', dimension: 'primary-work', leans: 'backend', patterns: ['HTTP', 'HTTP APIs', 'API', 'APIs', '=REST', 'RESTful', 'REST APIs', 'REST API', 'API design', 'gRPC', 'GraphQL', 'endpoints', 'endpoint', 'OpenAPI', 'Swagger', 'web services', 'web service', 'protobuf', 'Protocol Buffers', 'SOAP', 'API development', 'public API', 'APIs and services'] },
  { id: 'backend-word', dimension: 'primary-work', leans: 'backend', patterns: ['backend', 'back-end', 'back end', 'server-side', 'server side', 'backend development', 'backend engineering', 'backend engineer', 'backend engineers', 'backend developer', 'backend services', 'back-end services', 'backend systems', 'back-end systems'] },
  { id: 'microservices', dimension: 'primary-work', leans: 'backend', patterns: ['microservices', 'microservice', 'micro-services', 'micro services', 'service-oriented', 'SOA', 'distributed services', 'service architecture', 'monolith', 'application server', 'business logic', 'domain-driven design', 'DDD', 'serverless', 'Lambda', 'containerized services'] },
  { id: 'services-word', dimension: 'primary-work', leans: 'backend', patterns: ['services', 'service'] },
  { id: 'latency', dimension: 'real-time', leans: 'backend', patterns: ['latency', 'low latency', 'low-latency', 'p99', 'p95', 'throughput', 'high-throughput', 'high throughput', 'response time', 'response times', 'requests per second', 'QPS', 'RPS', 'millions of requests', 'high-traffic', 'high traffic', 'high-scale', 'high-performance', 'high performance', 'performance optimization', 'real-time systems', 'real time systems'] },
  { id: 'caching', dimension: 'system-design', leans: 'backend', patterns: ['caching', 'cache', 'caches', 'Redis', 'Memcached', 'CDN', 'Varnish', 'Elasticache', 'load balancing', 'load balancers', 'rate limiting'] },
  { id: 'oltp', dimension: 'database', leans: 'backend', patterns: ['relational', 'relational data', 'PostgreSQL', 'Postgres', 'MySQL', 'MariaDB', 'DynamoDB', 'MongoDB', 'Mongo', 'Cassandra', 'OLTP', 'transactional', 'relational databases', 'relational database', 'RDBMS', 'ORM', 'Hibernate', 'JPA', 'SQLAlchemy', 'Prisma', 'TypeORM', 'Sequelize', 'schema migrations', 'SQL Server', 'MS SQL', 'Oracle', 'CockroachDB', 'Spanner', 'Aurora', 'RDS', 'NoSQL', 'Elasticsearch', 'OpenSearch', 'Cosmos DB', 'CosmosDB', 'Firestore', 'ScyllaDB', 'database design', 'databases'] },
  { id: 'frameworks', dimension: 'languages', leans: 'backend', patterns: ['=Spring', 'Spring Boot', 'SpringBoot', 'Django', 'Flask', 'FastAPI', '=Express', 'Express.js', 'NestJS', 'Nest.js', '=Rails', 'Ruby on Rails', 'Laravel', 'Symfony', 'ASP.NET', 'ASP.NET Core', '.NET Core', 'dotnet', 'Node.js', 'NodeJS', '=Node', '=Gin', 'Micronaut', 'Quarkus', 'Ktor', '=Phoenix', '=Tornado', '=Celery', 'J2EE', 'Java EE', 'JEE', 'Servlets', 'Entity Framework', 'Akka'] },
  { id: 'backend-langs', dimension: 'languages', leans: 'backend', patterns: ['Golang', '=Go', 'Java', 'Kotlin', 'Rust', 'C#', 'Ruby', 'PHP', 'Elixir', 'Erlang', 'Clojure', 'Haskell', 'OCaml', 'C++', 'JVM', 'Perl'] },
  { id: 'availability', dimension: 'on-call', leans: 'backend', patterns: ['high availability', 'highly available', 'uptime', 'availability', 'fault tolerant', 'fault-tolerant', 'fault tolerance', 'resilient services', 'resilience', 'zero downtime', 'SLA', 'SLAs', 'SLO', 'SLOs', 'reliability', 'horizontally scalable', 'scalable services', 'scalable backend', 'scalable systems', 'concurrent users', 'production systems', 'production services'] },
  { id: 'messaging', dimension: 'system-design', leans: 'backend', patterns: ['RabbitMQ', 'SQS', 'SNS', 'ActiveMQ', 'message queue', 'message queues', 'message brokers', 'event-driven', 'event driven', 'event-driven architecture', 'asynchronous', 'async', 'queues', 'NATS', 'ZeroMQ', 'pub-sub', 'event sourcing', 'CQRS', '=Temporal', 'sagas'] },
  { id: 'algorithms', dimension: 'algorithms', leans: 'backend', patterns: ['data structures', 'algorithms', 'LeetCode', 'concurrency', 'multithreading', 'multi-threading', 'multi-threaded', 'object-oriented', 'object oriented', 'object-oriented design', 'object oriented design', 'OOP', 'design patterns', 'SOLID principles', 'clean code', 'unit tests', 'unit testing', 'TDD', 'test-driven', 'integration tests', 'code reviews', 'code review'] },
  { id: 'product-features', dimension: 'user-impact', leans: 'backend', patterns: ['product features', 'new features', 'features', 'customer-facing', 'user-facing', 'end users', 'end-users', 'platform features', 'product engineering', 'product engineers', 'product', 'products', 'ship', 'shipping'] },
  { id: 'app-domain', dimension: 'user-impact', leans: 'backend', patterns: ['integrations', 'third-party integrations', 'third party integrations', 'payments', 'payment', 'billing', 'checkout', 'authentication', 'authorization', 'OAuth', 'SSO', 'identity management', 'permissions', 'multi-tenant', 'SaaS', 'webhooks', 'transactions', 'orders', 'booking', 'marketplace', 'fintech', 'e-commerce', 'ecommerce', 'trading', 'blockchain', 'smart contracts'] },
  { id: 'applications', dimension: 'user-impact', leans: 'backend', patterns: ['application', 'applications', 'web applications', 'web application', 'software products', 'our users', 'customers', 'users'] },
  { id: 'llm-apps', dimension: 'primary-work', leans: 'backend', patterns: ['LLM', 'LLMs', 'AI agent', 'agentic', 'AI agents', 'RAG', 'retrieval-augmented generation', 'prompt engineering', 'prompts', 'LangChain', 'LlamaIndex', 'OpenAI', 'Anthropic', 'Claude', 'GPT', 'tool calling', 'function calling', 'vector database', 'vector databases', 'embeddings', 'Pinecone', 'pgvector', 'generative AI', 'GenAI'] },
  { id: 'system-design', dimension: 'system-design', leans: 'backend', patterns: ['architecting', 'architectural decisions', 'architectural', 'maintainable', 'reusable', 'system design', 'software architecture', 'scalable architecture', 'architecture', 'design and implement', 'design, build', 'build and maintain', 'scalability', 'scalable', 'distributed architecture'] },

  // --- hybrid: a backend mindset on data or ML ---
  { id: 'data-platform', dimension: 'role-scope', leans: 'hybrid', hybridKind: 'data-platform', patterns: ['data platform', 'data platforms', 'data infrastructure', 'data infra', 'platform for data', 'self-serve data', 'self-service data', 'data tooling', 'data tools', 'data platform team', 'data products and platform', 'big data infrastructure', 'big data platform', 'data lake platform', 'lakehouse platform'] },
  { id: 'platform', dimension: 'role-scope', leans: 'shared', patterns: ['platform', 'platforms', 'infrastructure', 'infra', 'internal platform', 'internal tools', 'internal tooling', 'platform engineering', 'developer platform', 'platform team', 'tooling', 'SDK', 'SDKs', 'frameworks', 'framework'] },
  { id: 'data-systems-internals', dimension: 'system-design', leans: 'hybrid', hybridKind: 'data-platform', patterns: ['query engine', 'query engines', 'storage engine', 'storage engines', 'database internals', 'distributed query', 'query planner', 'query optimizer', 'query execution', 'database engine', 'distributed databases', 'distributed database', 'distributed storage', 'storage systems', 'storage system', 'object storage', 'file systems', 'compute engine', 'indexing', 'search infrastructure', 'metadata', 'metadata service', 'catalog service', 'streaming platform', 'streaming infrastructure', 'event streaming platform', 'Kafka platform', 'ingestion service', 'ingestion services', 'ingestion platform', 'ingestion framework', 'ingestion systems', 'ingestion infrastructure', 'data services', 'data service', 'data APIs', 'data API', 'data access layer', 'data access', 'data delivery', 'petabytes', 'petabyte', 'petabyte-scale', 'terabytes', 'billions of events', 'billions of records', 'trillions', 'data-intensive', 'data intensive'] },
  { id: 'ml-platform', dimension: 'role-scope', leans: 'hybrid', hybridKind: 'ml-platform', patterns: ['ML platform', 'machine learning platform', 'MLOps', 'ML Ops', 'ML infrastructure', 'ML infra', 'machine learning infrastructure', 'AI infrastructure', 'AI infra', 'AI platform', 'feature store', 'feature stores', 'Feast', 'Tecton', 'model serving', 'model deployment', 'models in production', 'inference', 'inference serving', 'inference engine', 'inference infrastructure', 'serving infrastructure', 'online inference', 'model registry', 'training infrastructure', 'training pipelines', 'distributed training', 'GPU', 'GPUs', 'CUDA', 'Kubeflow', 'MLflow', 'SageMaker', 'Vertex AI', '=Ray', 'vLLM', '=Triton', 'TensorRT', 'TGI', 'SGLang', 'KServe', 'Seldon', 'BentoML', 'ONNX', 'model monitoring', 'ML pipelines', 'ML systems', 'ML workflows', 'ML lifecycle', 'experiment tracking', 'Weights & Biases', 'ML engineers', 'ML teams', 'machine learning engineers', 'researchers', 'research teams', 'accelerators', 'clusters', 'compute clusters', 'Slurm', 'NCCL', 'throughput and latency'] },
  { id: 'data-products', dimension: 'user-impact', leans: 'hybrid', hybridKind: 'data-services', patterns: ['data products', 'data product', 'data as a service', 'data-as-a-service', 'data applications', 'data-driven products', 'customer-facing data', 'in-app data', 'serve data', 'serving data', 'data serving', 'expose data', 'data to customers', 'data marketplace', 'data feeds', 'data pipelines and APIs', 'pipelines and APIs', 'pipelines and services', 'APIs and data pipelines', 'backend and data', 'data and backend'] },

  // --- other: not mainly building backend services or data systems ---
  { id: 'frontend-tech', dimension: 'role-scope', leans: 'other', patterns: ['React', 'ReactJS', 'React.js', 'Angular', 'AngularJS', 'Vue', 'Vue.js', 'Svelte', 'Next.js', 'NextJS', 'Redux', 'CSS', 'HTML', 'HTML5', 'SCSS', 'Tailwind', 'JavaScript', 'jQuery', 'Webpack', 'Blazor', 'WPF', 'WinForms', 'Razor', 'Storybook', 'DOM'] },
  { id: 'frontend-work', dimension: 'role-scope', leans: 'other', patterns: ['frontend', 'front-end', 'front end', 'UI', 'UX', 'Figma', 'web UI', 'user interface', 'user interfaces', 'responsive', 'browser', 'design system', 'pixel-perfect', 'accessibility', 'web apps', 'client-side', 'client side', 'user experience', 'interactive', 'visual'] },
  { id: 'fullstack', dimension: 'role-scope', leans: 'other', patterns: ['full stack', 'full-stack', 'fullstack', 'end-to-end features', 'frontend and backend', 'front-end and back-end', 'front end and back end', 'client and server'] },
  { id: 'mobile', dimension: 'role-scope', leans: 'other', patterns: ['iOS', 'Android', '=Swift', 'SwiftUI', 'Objective-C', 'React Native', 'Flutter', 'mobile', 'mobile apps', 'mobile app', 'Xcode', 'Jetpack Compose', '=Unity', 'Unreal', 'game engine', 'games', 'gameplay'] },
  { id: 'ml-modeling', dimension: 'role-scope', leans: 'other', patterns: ['machine learning models', 'ML models', 'predictive models', 'predictive modeling', 'modeling', 'modelling', 'models', 'deep learning', 'neural networks', 'PyTorch', 'TensorFlow', 'scikit-learn', 'computer vision', 'NLP', 'natural language processing', 'fine-tuning', 'train models', 'training models', 'model training', 'machine learning', 'ML', 'AI/ML', 'reinforcement learning', 'forecasting', 'regression', 'classification', 'recommendation', 'ranking', 'feature engineering'] },
  { id: 'research-science', dimension: 'role-scope', leans: 'other', patterns: ['data science', 'statistical', 'statistics', 'statistical modeling', 'experimentation', 'A/B testing', 'A/B tests', 'causal inference', 'research', 'PhD', 'hypothesis', 'algorithms research', 'econometrics', 'Bayesian', 'publications', 'papers', 'benchmarks', 'evaluation', 'evals', 'data scientist', 'scientist', 'scientists', 'quantitative', 'mathematics', 'math'] },
  { id: 'analyst', dimension: 'role-scope', leans: 'other', patterns: ['analyst', 'analysts', 'findings', 'recommendations', 'actionable insights', 'prepare reports', 'dashboards', 'dashboard', 'reports', 'Excel', 'business analyst', 'data analysis', 'data analyst', 'ad hoc analysis', 'visualizations', 'visualization', 'data visualization', 'storytelling', 'requirements gathering', 'business requirements', 'stakeholders', 'spreadsheets', 'presentations', 'analyze data', 'analyses', 'trends'] },
  { id: 'infra-ops', dimension: 'role-scope', leans: 'other', patterns: ['Terraform', 'SRE', 'site reliability', 'DevOps', 'infrastructure as code', 'infrastructure-as-code', 'IaC', 'Ansible', '=Helm', '=Puppet', '=Chef', 'observability', 'monitoring', 'Prometheus', 'Grafana', 'Datadog', 'Splunk', 'ELK', 'PagerDuty', 'incident response', 'incident management', 'Linux administration', 'system administration', 'sysadmin', 'networking', 'network', 'firewalls', 'VPN', 'DNS', 'cloud infrastructure', 'CloudFormation', 'Pulumi', 'ArgoCD', 'Argo CD', 'GitOps', 'Jenkins', 'bash', 'shell scripting', 'Windows Server', 'Active Directory', 'VMware', 'virtualization', 'bare metal', 'data center', 'data centers', 'hardware', 'servers', 'capacity planning', 'cost optimization', 'compute platform', 'cloud platform', 'cloud engineering', 'container orchestration', 'service mesh', 'Istio', 'EKS', 'GKE', 'AKS', 'OpenShift', 'provisioning', 'deployment pipelines', 'build systems', 'Bazel', 'developer productivity', 'developer experience'] },
  { id: 'qa', dimension: 'role-scope', leans: 'other', patterns: ['QA', 'quality assurance', 'test automation', 'automation testing', 'Selenium', 'Cypress', 'Playwright', 'Appium', 'test plans', 'test cases', 'manual testing', 'regression testing', 'test frameworks', 'testing frameworks', 'SDET', 'quality engineering'] },
  { id: 'security', dimension: 'role-scope', leans: 'other', patterns: ['security', 'vulnerabilities', 'vulnerability', 'penetration testing', 'SOC', 'SIEM', 'threat', 'threats', 'compliance', 'cybersecurity', 'malware', 'IAM', 'NIST', 'ISO 27001', 'SOC 2', 'encryption', 'exploit', 'exploits', 'reverse engineering', 'CISSP', 'security clearance', 'clearance'] },
  { id: 'embedded', dimension: 'role-scope', leans: 'other', patterns: ['embedded', 'firmware', 'RTOS', 'microcontroller', 'microcontrollers', 'FPGA', 'Verilog', 'VHDL', 'PCB', 'electronics', 'robotics', '=ROS', 'sensors', 'drivers', 'kernel', 'Linux kernel', 'real-time embedded', 'C/C++', 'MATLAB', 'Simulink', 'hardware design', 'signal processing', 'DSP', 'simulation'] },
  { id: 'management', dimension: 'role-scope', leans: 'other', patterns: ['people management', 'direct reports', 'manage a team', 'managing a team', 'lead a team', 'leading a team', 'hiring', 'performance reviews', 'career development', 'career growth', 'grow the team', 'build the team', 'engineering manager', 'engineering managers', 'managing engineers', 'people manager', 'team of engineers', 'roadmap', 'roadmaps', 'headcount', 'budget', 'project management', 'program management', 'product management', 'product manager', 'product managers', 'strategy'] },
  { id: 'non-engineering', dimension: 'role-scope', leans: 'other', patterns: ['sales', 'customer service', 'customer support', 'patients', 'patient', 'nursing', 'clinical', 'recruiting', 'recruiter', 'candidates', 'marketing', 'quota', 'accounts', 'clients', 'client', 'retail', 'store', 'shifts', 'shift', 'cash', 'insurance', 'accounting', 'finance', 'payroll', 'legal', 'writing', 'content', 'design', 'designer', 'designers', 'teaching', 'students', 'campaigns', 'revenue', 'pipeline generation', 'prospects', 'cold calling', 'territory', 'commission', 'physical demands', 'lift', 'pounds', 'driver', 'license', 'certification', 'certified', 'diploma', 'high school', 'typing', 'phone', 'calls', 'schedule', 'scheduling appointments', 'office', 'Microsoft Office', 'MS Office', 'Microsoft Word', 'PowerPoint', 'Outlook', 'customer', 'consulting', 'consultants', 'solutions architect', 'pre-sales', 'presales', 'technical support', 'help desk', 'helpdesk', 'troubleshooting', 'tickets', 'ticketing', 'end user support', 'desktop support', 'IT support', 'laptops', 'printers', 'operations', 'logistics', 'procurement', 'vendors', 'events', 'social media', 'brand', 'copywriting', 'SEO', 'editorial', 'research administration', 'grants', 'laboratory', 'lab', 'biology', 'chemistry', 'manufacturing', 'mechanical', 'electrical', 'safety'] },

  { id: 'office-duties', dimension: 'role-scope', leans: 'other', patterns: ['procedures', 'policies and procedures', 'interpersonal', 'interpersonal skills', 'supervision', 'supervisor', 'administration', 'administrative', 'clerical', 'filing', 'answering phones', 'data entry', 'relationships with', 'proposals', 'approval', 'college', 'accredited', 'pension', 'multidisciplinary', 'change management', 'risk management', 'students', 'department', 'regulatory', 'audit', 'audits'], templatePatterns: ['duties', 'essential functions', 'essential duties', 'other duties as assigned', 'physical requirements', 'work environment'] },

  // --- shared by both roles: weigh little ---
  { id: 'shared-sql', dimension: 'sql-depth', leans: 'shared', patterns: ['SQL'] },
  { id: 'shared-python', dimension: 'languages', leans: 'shared', patterns: ['Python', 'TypeScript', 'Bash scripting', 'scripting'] },
  // "Design" as engineering work ("design, implement and test", "design reviews"): every engineering
  // role does it, so it weighs little, and it no longer reads as the design discipline (other).
  { id: 'shared-design-work', dimension: 'system-design', leans: 'shared', patterns: ['design and build', 'design, implement', 'design, develop', 'design and develop', 'design and test', 'design reviews', 'design review', 'design docs', 'design documents', 'technical design', 'design execution'] },
  { id: 'shared-cloud', dimension: 'system-design', leans: 'shared', patterns: ['AWS', 'Amazon Web Services', 'GCP', 'Google Cloud', 'Google Cloud Platform', 'Azure', 'Microsoft Azure', 'cloud', 'S3', 'EC2', 'cloud-native', 'cloud native'] },
  { id: 'shared-containers', dimension: 'system-design', leans: 'shared', patterns: ['Docker', 'Kubernetes', 'K8s', 'containers', 'containerization', 'CI/CD', 'CI/CD pipeline', 'CI/CD pipelines', 'CI pipeline', 'CI pipelines', 'build pipeline', 'build pipelines', 'release pipeline', 'release pipelines', 'delivery pipelines', 'CI CD', 'continuous integration', 'continuous delivery', 'continuous deployment', 'GitHub Actions', 'GitLab CI', 'Git', 'GitHub', 'GitLab', 'Linux', 'Unix'] },
  { id: 'shared-distributed', dimension: 'system-design', leans: 'shared', patterns: ['distributed systems', 'distributed system', 'distributed computing', 'idempotency', 'idempotent', 'partitioning', 'sharding', 'consistency', 'eventual consistency', 'Kafka', 'Apache Kafka', 'event streaming', 'streaming', 'real-time', 'real time', 'large-scale', 'large scale', 'at scale'] },
  { id: 'shared-oncall', dimension: 'on-call', leans: 'shared', patterns: ['on-call', 'on call', 'oncall', 'on-call rotation', 'production support', 'incidents', 'debugging', 'troubleshoot'] },
  { id: 'software-engineering', dimension: 'primary-work', leans: 'shared', patterns: ['open source', 'open-source', 'software engineering', 'software development', 'software engineer', 'software engineers', 'software developer', 'programming', 'coding', 'code', 'engineering', 'engineers', 'developers', 'computer science', 'production', 'deploy', 'deployment', 'testing', 'agile', 'Scrum', 'Jira'] },
];

/**
 * Phrases that contain a signal's pattern but are not that signal: "We're hiring engineers" is no
 * people-management duty, "our hiring process" describes the company, and "recruiting, hiring,
 * placement" is the equal-opportunity statement's list; a "warehouse environment" is a building, not
 * a data warehouse. Matched first (the longest match wins) so that the shorter pattern inside them
 * is not counted.
 */
export const NOT_SIGNALS: readonly string[] = [
  // The company hiring, not the role managing people.
  "we're hiring",
  'we are hiring',
  'are hiring',
  'is hiring',
  'now hiring',
  'currently hiring',
  'actively hiring',
  'open to hiring',
  'committed to hiring',
  'focused on hiring',
  'hiring a',
  'hiring an',
  'our hiring',
  'the hiring process',
  'hiring process',
  'hiring manager',
  'hiring managers',
  'hiring manger',
  'hiring leader',
  'hiring team',
  'hiring decision',
  'hiring decisions',
  'hiring event',
  'hiring events',
  'hiring range',
  'hiring activities',
  'hiring practices',
  'inclusive hiring',
  'local hiring',
  'hiring platform',
  'hiring software',
  // Equal-opportunity statements list hiring among the stages of employment.
  'discriminate in hiring',
  'recruiting, hiring',
  'recruitment, hiring',
  // A building full of goods, not a data warehouse.
  'warehouse environment',
  'warehouse operations',
  'warehouse events',
  'warehouse management',
  'warehouse workers',
  'warehouse associate',
  'warehouse associates',
  'warehouse staff',
  'warehouse floor',
  'warehouse automation',
  'warehouse robots',
  'warehouse robotics',
  'warehouse IT',
];
