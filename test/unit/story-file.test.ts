// Story files: a good one opens, a broken one is refused with messages that say where, and the offline file cannot be broken out of.
import { describe, expect, it } from 'vitest';
import { parseStoryText, STORY_FORMAT, type StoryInput } from '@policygraph/contract/story';
import { offlineHtml } from '../../client/src/present/offline-html';

const story = (): StoryInput => ({
  format: STORY_FORMAT,
  version: 1,
  title: '项目为王在平桥',
  steps: [
    {
      title: '平桥区推行项目为王',
      caption: '政府工作报告中的一句话',
      nodes: [
        { data: { id: 'place:411503', label: '平桥区', type: 'Place' }, position: { x: 0, y: 0 } },
        { data: { id: 'strategy:项目为王', label: '项目为王', type: 'Strategy' }, position: { x: 200, y: 0 } },
      ],
      edges: [{ data: { id: 'PURSUES:place:411503->strategy:项目为王', source: 'place:411503', target: 'strategy:项目为王', type: 'PURSUES' } }],
      highlight: ['PURSUES:place:411503->strategy:项目为王'],
      evidence: {
        elementId: 'PURSUES:place:411503->strategy:项目为王',
        documentId: '001_4b96525c5c6cf7dc',
        sentence: '坚持项目为王。',
        start: 10,
        end: 17,
      },
    },
  ],
});

describe('story file', () => {
  it('opens a valid story and fills the defaults (language, empty evidence map)', () => {
    const res = parseStoryText(JSON.stringify(story()));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.story.lang).toBe('zh-CN');
    expect(res.story.evidence).toEqual({});
    expect(res.story.steps[0]!.nodes).toHaveLength(2);
  });

  it('refuses text that is not JSON with one readable line', () => {
    const res = parseStoryText('{"format": ');
    expect(res).toEqual({ ok: false, errors: [expect.stringMatching(/^not valid JSON/)] });
  });

  it('refuses a JSON file that is not a story, saying what it expected', () => {
    const res = parseStoryText(JSON.stringify({ nodes: [] }));
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.errors.join('\n')).toContain('not a PolicyGraph story');
  });

  it('names the step and edge whose end is missing, and a highlight that is not on the step', () => {
    const s = story();
    s.steps[0]!.edges![0]!.data.target = 'strategy:不存在';
    s.steps[0]!.highlight = ['place:999999'];
    const res = parseStoryText(JSON.stringify(s));
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^steps\.0\.edges\.0\.data\.target: .*strategy:不存在 is not a node of this step/),
        expect.stringMatching(/^steps\.0\.highlight\.0: highlighted place:999999/),
      ]),
    );
  });

  it('refuses a step without a position for a node (the offline file could not draw it)', () => {
    const s = story() as unknown as { steps: { nodes: { position?: unknown }[] }[] };
    delete s.steps[0]!.nodes[0]!.position;
    const res = parseStoryText(JSON.stringify(s));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.errors[0]).toMatch(/^steps\.0\.nodes\.0\.position/);
  });

  it('refuses a story without steps', () => {
    const res = parseStoryText(JSON.stringify({ ...story(), steps: [] }));
    expect(res).toEqual({ ok: false, errors: ['steps: a story has at least one step'] });
  });
});

describe('offline HTML file', () => {
  it('keeps a caption containing </script> inside the data, so the page still runs and shows it', () => {
    const s = story();
    s.title = '标题 <b>&';
    s.steps[0]!.caption = '结束 </script><script>alert(1)</script>';
    const parsed = parseStoryText(JSON.stringify(s));
    if (!parsed.ok) throw new Error(parsed.errors.join());
    const html = offlineHtml(parsed.story, { js: 'var s = "</script>"; console.log(s);' });
    // Exactly the two script elements the file is made of, whatever the story and code contain.
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain('<title>标题 &lt;b&gt;&amp;</title>');
    const data = /<script type="application\/json" id="policygraph-story">(.*?)<\/script>/s.exec(html)![1]!;
    expect(JSON.parse(data).steps[0].caption).toBe('结束 </script><script>alert(1)</script>');
  });
});
