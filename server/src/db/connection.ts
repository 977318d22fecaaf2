// Where a Neo4j server is and how to log in: the one shape both local and external modes produce.

export interface Neo4jConnection {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
}
