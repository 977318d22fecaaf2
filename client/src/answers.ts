// The contract's answer schemas, the only ones the explorer parses with: its own chunk, loaded beside the first request.
export { Problem, READ_ANSWERS } from '@policygraph/contract/api';
