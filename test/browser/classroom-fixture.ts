// A small story built from the loaded sample corpus (real document text and offsets), for the classroom browser tests.
import type { StoryInput } from '@policygraph/contract/story';
import { STORY_FORMAT } from '@policygraph/contract/story';

interface Doc {
  document: { id: string; title: string; date: string | null };
  text: string;
}

/** Three steps over 平桥区, 信阳市 and the work report about 平桥区; step 3 quotes the report's first sentence naming 平桥区. */
export async function classroomStory(baseUrl: string): Promise<StoryInput> {
  const doc = (await (await fetch(`${baseUrl}/api/documents/001_4b96525c5c6cf7dc`)).json()) as Doc;
  const at = doc.text.indexOf('平桥区');
  const start = Math.max(doc.text.lastIndexOf('。', at) + 1, 0);
  const end = doc.text.indexOf('。', at) + 1;
  const sentence = doc.text.slice(start, end).trim();
  const evidence = { documentId: doc.document.id, documentTitle: doc.document.title, documentDate: doc.document.date, sentence, start, end };
  const pingqiao = {
    data: { id: 'place:411503', label: '平桥区', type: 'Place' as const, level: 'county' as const, code: '411503' },
    position: { x: 0, y: 0 },
  };
  const xinyang = { data: { id: 'place:4115', label: '信阳市', type: 'Place' as const, level: 'city' as const, code: '4115' }, position: { x: 0, y: -260 } };
  const report = { data: { id: doc.document.id, label: doc.document.title, type: 'Document' as const }, position: { x: 320, y: 120 } };
  const partOf = { data: { id: 'PART_OF:place:411503->place:4115', source: 'place:411503', target: 'place:4115', type: 'PART_OF' as const } };
  const about = { data: { id: `ABOUT:${doc.document.id}->place:411503`, source: doc.document.id, target: 'place:411503', type: 'ABOUT' as const } };
  return {
    format: STORY_FORMAT,
    version: 1,
    title: '平桥区在哪里',
    steps: [
      { title: '平桥区', caption: '信阳市的一个区', nodes: [pingqiao], highlight: [] },
      { title: '属于信阳市', caption: '行政区划：平桥区隶属信阳市', nodes: [pingqiao, xinyang], edges: [partOf], highlight: [partOf.data.id] },
      {
        title: '政府工作报告',
        caption: '2023 年的政府工作报告谈的就是平桥区',
        nodes: [pingqiao, xinyang, report],
        edges: [partOf, about],
        highlight: [about.data.id],
        evidence: { ...evidence, elementId: about.data.id },
      },
    ],
    evidence: { [about.data.id]: [evidence], 'place:411503': [evidence] },
  };
}
