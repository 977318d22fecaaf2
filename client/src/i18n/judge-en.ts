// English strings of the node menu's judgements; typed against the Chinese keys so none can be missing.
import type { JudgeKey } from './judge-zh-CN';

export const judgeEn: Record<JudgeKey, string> = {
  'history.changeType': 'Changed the type of “{name}” from {from} to {to}',
  'history.rejectEntity': 'Rejected {type} “{name}” (with {n} relations)',
  'history.rejectRelation': 'Rejected relation {from} —{rel}→ {to}',
  'relation.open': 'Add relation…',
  'relation.title': 'Add a relation from “{name}”',
  'relation.other': 'Other end (search an entity)',
  'relation.none': 'No entity a relation can join to matches “{q}”',
  'relation.type': 'Relation type (only those the two types allow)',
  'relation.sentence': 'Supporting sentence (required: document, sentence and offsets are recorded)',
  'relation.pickOther': 'Pick the other end first, then a sentence of a document that names them.',
  'relation.reading': 'Reading the documents that name the two…',
  'relation.noSentence': 'No sentence of any document names these entities, so there is nothing to cite.',
  'relation.pickSentence': 'Sentences naming both come first.',
  'relation.both': 'names both',
  'relation.onlyOne': 'names only “{name}”',
  'judge.changeType': 'Change type…',
  'judge.changeTypeTitle': 'Change the type of “{name}” (now {type})',
  'judge.newType': 'New type',
  'judge.changeTypeHint':
    'The old link redirects to the entity of the new type; relations the new type cannot have (a strategy is not located in a place) are dropped and listed in the history; undo restores them.',
  'judge.rejectEntity': 'Reject…',
  'judge.rejectEntityTitle': 'Reject {type} “{name}”',
  'judge.rejectEntityHint':
    '“{name}” is a wrong extraction: it and its relations leave every view, search and export, also after re-extraction. The history keeps its evidence; undo brings it back.',
  'judge.rejectedEntity': 'rejected “{name}”',
  'judge.reject': 'Reject',
  'judge.rejectRelation': 'Reject relation…',
  'judge.rejectRelationTitle': 'Reject a relation of “{name}”',
  'judge.rejectRelationHint': 'Pick the wrongly extracted relation: it leaves every view; both entities stay.',
  'judge.whichRelation': 'Relation to reject',
};
