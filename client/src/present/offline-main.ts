// Entry of the offline viewer: reads the story inlined in the page and presents it full window, keyboard-driven.
import { Story } from '@policygraph/contract/story';
import { loadLocale, setLocale } from '../i18n';
import { STORY_SCRIPT_ID } from './offline-html';
import { StoryPlayer } from './story-player';

async function start(): Promise<void> {
  const raw = document.getElementById(STORY_SCRIPT_ID)?.textContent ?? '';
  const parsed = Story.safeParse(JSON.parse(raw));
  if (!parsed.success) {
    document.body.textContent = `无法读取故事 / Cannot read the story: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
    return;
  }
  const story = parsed.data;
  // The offline file is one script (dynamic imports inlined): this resolves at once, with no request.
  await loadLocale(story.lang);
  setLocale(story.lang);
  const stepInHash = Number(/step=(\d+)/.exec(location.hash)?.[1] ?? '1');
  // The player is the page's main landmark (the file has nothing else).
  const main = document.body.appendChild(document.createElement('main'));
  const player = new StoryPlayer(main, story, {
    theme: 'projector',
    // The step stays in the address, so reloading the file during a talk does not go back to the start.
    onStep: (i) => history.replaceState(null, '', `#step=${i + 1}`),
  });
  (window as unknown as { player: StoryPlayer }).player = player;
  window.addEventListener('resize', () => player.refit());
  void player.go(Number.isInteger(stepInHash) ? stepInHash - 1 : 0);
}

void start();
