// The extractor registry: every extractor family, one per file; adding a family is adding a file and a line here.
import type { Extractor } from '../context';
import {
  organizationFirmProjects,
  organizationIntroduced,
  organizationList,
  organizationSuffix,
  organizationVocabularyExtractor,
} from './organization-patterns';
import { organizationOrgans } from './organization-organs';
import { organizationSlots } from './organization-slots';
import { placeGazetteer } from './place-gazetteer';
import { programmeLists } from './programme-lists';
import { projectCapacity } from './project-capacity';
import { projectHeaded } from './project-headed';
import { projectDescribed, projectVisited, projectList, projectListCoherent, projectListVerb, projectNamed, projectSuffix } from './project-patterns';
import { strategyHeadNoun, strategyQuoted } from './strategy-patterns';
import { strategyStructures } from './strategy-structures';
import { strategyVocabularyExtractor } from './strategy-vocabulary';

export const EXTRACTORS: readonly Extractor[] = [
  placeGazetteer,
  strategyVocabularyExtractor,
  strategyQuoted,
  strategyHeadNoun,
  strategyStructures,
  programmeLists,
  projectList,
  projectNamed,
  projectSuffix,
  projectListVerb,
  projectListCoherent,
  projectDescribed,
  projectVisited,
  projectCapacity,
  projectHeaded,
  organizationVocabularyExtractor,
  organizationSuffix,
  organizationList,
  organizationIntroduced,
  organizationFirmProjects,
  organizationSlots,
  organizationOrgans,
];
