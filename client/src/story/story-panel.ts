// The story section of the explorer: add the current view as a step, edit, reorder, save/open JSON, present, export offline HTML, copy embed code.
import type { Evidence } from '@policygraph/contract/api';
import { parseStoryText, STORY_FORMAT, Story, type StoryInput } from '@policygraph/contract/story';
import type { Explorer } from '../app';
import { api } from '../api';
import { getLocale, t } from '../i18n';
import { offlineHtml } from '../present/offline-html';
import type { StoryPlayer } from '../present/story-player';
import { encodeViewState } from '../state/view-state';
import { download, h } from '../ui/dom';
import { captureStep } from './capture';
import { stepSubject } from './step-subject';
import { ensureStoryStyles } from './story-styles';

/** The story being written survives a reload of the explorer. */
const STORAGE_KEY = 'policygraph.story';

const slug = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 60) || 'story';

export class StoryPanel {
  private story: StoryInput;
  private player: StoryPlayer | undefined;
  private overlay: HTMLElement | undefined;
  private readonly list = h('ol', { id: 'story-steps', class: 'story-steps' });
  private readonly message = h('p', { id: 'story-message', class: 'hint', role: 'status', 'aria-live': 'polite' });
  private readonly embedCode = h('textarea', { id: 'embed-code', readonly: true, rows: 3, hidden: true, 'aria-label': t('embed.copy') });
  private readonly titleInput = h('input', { id: 'story-title', type: 'text', 'aria-label': t('story.title') });

  constructor(
    private readonly explorer: Explorer,
    host: HTMLElement,
  ) {
    ensureStoryStyles();
    this.story = this.restore();
    const fileInput = h('input', { type: 'file', accept: 'application/json,.json', hidden: true, id: 'story-file' });
    fileInput.addEventListener('change', () => void this.open(fileInput));
    this.titleInput.value = this.story.title;
    this.titleInput.addEventListener('input', () => {
      this.story.title = this.titleInput.value.trim() || t('story.untitled');
      this.persist();
    });
    const button = (id: string, key: Parameters<typeof t>[0], run: () => void) => h('button', { type: 'button', id, onclick: run }, t(key));
    host.replaceChildren(
      this.titleInput,
      h(
        'div',
        { class: 'story-actions' },
        button('story-add', 'story.add', () => void this.addStep()),
        button('story-present', 'story.present', () => void this.present()),
        button('story-save', 'story.save', () => this.save()),
        button('story-open', 'story.open', () => fileInput.click()),
        button('story-export', 'story.export', () => void this.exportHtml()),
        button('embed-copy', 'embed.copy', () => void this.copyEmbed()),
      ),
      fileInput,
      this.message,
      this.embedCode,
      this.list,
    );
    this.render();
    // A story made elsewhere in the explorer (the diffusion timeline's one-click story) replaces the one in progress.
    window.addEventListener('policygraph:load-story', (e) => {
      this.story = (e as CustomEvent<StoryInput>).detail;
      this.titleInput.value = this.story.title;
      this.persist();
      this.render();
      this.say(t('story.loaded', { n: this.story.steps.length }));
    });
  }

  /** The story as a valid file, or the reasons it is not one yet. */
  private validated(): Story | undefined {
    const res = parseStoryText(JSON.stringify(this.story));
    if (res.ok) return res.story;
    this.say(t('story.invalid', { detail: res.errors.join('; ') }));
    return undefined;
  }

  private async addStep(): Promise<void> {
    const cy = this.explorer.cy;
    if (cy.nodes().not('.filtered').empty()) return;
    const subject = stepSubject(cy, this.explorer.state, this.story.steps.length + 1);
    this.say(t('story.adding'));
    // The step carries its own node positions; the view string stays short (the story format caps it).
    const { step, evidence } = await captureStep(cy, encodeViewState({ ...this.explorer.state, positions: [], viewport: undefined }), subject);
    this.story.steps = [...this.story.steps, step];
    this.story.evidence = { ...(this.story.evidence ?? {}), ...evidence };
    this.persist();
    this.render();
    this.say('');
  }

  private move(i: number, by: -1 | 1): void {
    const steps = [...this.story.steps];
    const j = i + by;
    if (j < 0 || j >= steps.length) return;
    [steps[i], steps[j]] = [steps[j]!, steps[i]!];
    this.story.steps = steps;
    this.persist();
    this.render();
  }

  private remove(i: number): void {
    this.story.steps = this.story.steps.filter((_, k) => k !== i);
    this.persist();
    this.render();
  }

  private render(): void {
    if (this.story.steps.length === 0) {
      this.list.replaceChildren(h('li', { class: 'hint empty' }, t('story.empty')));
      return;
    }
    this.list.replaceChildren(
      ...this.story.steps.map((step, i) => {
        const title = h('input', { type: 'text', class: 'step-title', value: step.title, 'aria-label': t('story.stepTitle') });
        title.addEventListener('input', () => {
          step.title = title.value;
          this.persist();
        });
        const caption = h(
          'textarea',
          { class: 'step-caption', rows: 2, placeholder: t('story.caption'), 'aria-label': t('story.caption') },
          step.caption ?? '',
        );
        caption.addEventListener('input', () => {
          step.caption = caption.value;
          this.persist();
        });
        return h(
          'li',
          { 'data-step': i + 1 },
          title,
          caption,
          h(
            'div',
            { class: 'step-actions' },
            h(
              'button',
              { type: 'button', class: 'step-up', 'aria-label': t('story.up'), title: t('story.up'), disabled: i === 0, onclick: () => this.move(i, -1) },
              '↑',
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'step-down',
                'aria-label': t('story.down'),
                title: t('story.down'),
                disabled: i === this.story.steps.length - 1,
                onclick: () => this.move(i, 1),
              },
              '↓',
            ),
            h(
              'button',
              { type: 'button', class: 'step-remove', 'aria-label': t('story.remove'), title: t('story.remove'), onclick: () => this.remove(i) },
              '×',
            ),
          ),
        );
      }),
    );
  }

  /** Presentation mode: full screen, projector theme, keyboard and clicker; Esc leaves. */
  async present(): Promise<void> {
    const story = this.validated();
    if (!story || this.player) return;
    const { StoryPlayer } = await import('../present/story-player');
    const overlay = h('div', { id: 'present', class: 'pg-overlay', role: 'dialog', 'aria-modal': 'true', 'aria-label': story.title, tabindex: '-1' });
    // Everything behind the presentation leaves the tab order and the accessibility tree, full screen or not
    // (when full screen is refused, Tab would otherwise walk through the explorer's hidden controls).
    for (const el of document.body.children) if (el instanceof HTMLElement && el !== overlay) el.inert = true;
    document.body.append(overlay);
    this.overlay = overlay;
    const player = new StoryPlayer(overlay, story, {
      theme: 'projector',
      onExit: () => this.stopPresenting(),
      fetchEvidence: async (id): Promise<Evidence[]> => (id.includes('->') ? [] : (await api.entity(id, 5)).evidence),
    });
    this.player = player;
    (window as unknown as { player?: StoryPlayer }).player = player;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') this.stopPresenting();
    };
    const onResize = () => player.refit();
    document.addEventListener('keydown', onKey);
    window.addEventListener('resize', onResize);
    document.addEventListener('fullscreenchange', onResize);
    overlay.addEventListener('pg-stop', () => {
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('resize', onResize);
      document.removeEventListener('fullscreenchange', onResize);
    });
    // Full screen needs a user gesture and may be refused (embedded, kiosk); the overlay already fills the window.
    await overlay.requestFullscreen?.().catch(() => undefined);
    // The presentation takes focus: its keys work at once and a screen reader starts at its title.
    overlay.focus();
    await player.go(0);
  }

  private stopPresenting(): void {
    this.overlay?.dispatchEvent(new Event('pg-stop'));
    this.player?.destroy();
    this.overlay?.remove();
    this.player = undefined;
    this.overlay = undefined;
    for (const el of document.body.children) if (el instanceof HTMLElement) el.inert = false;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    // Back where the presentation was started from.
    document.getElementById('story-present')?.focus();
  }

  private save(): void {
    const story = this.validated();
    if (!story) return;
    download(new Blob([`${JSON.stringify(story, null, 2)}\n`], { type: 'application/json' }), `${slug(story.title)}.json`);
  }

  private async open(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const res = parseStoryText(await file.text());
    if (!res.ok) {
      // The story being written stays as it was.
      this.say(t('story.invalid', { detail: `${file.name}: ${res.errors.slice(0, 5).join('; ')}` }));
      return;
    }
    this.story = res.story;
    this.titleInput.value = res.story.title;
    this.persist();
    this.render();
    this.say('');
  }

  private async exportHtml(): Promise<void> {
    const story = this.validated();
    if (!story) return;
    this.say(t('story.exporting'));
    try {
      const res = await fetch('/offline-viewer.js');
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const html = offlineHtml(story, { js: await res.text() });
      download(new Blob([html], { type: 'text/html' }), `${slug(story.title)}.html`);
      this.say('');
    } catch (err) {
      this.say(t('app.error', { detail: err instanceof Error ? err.message : String(err) }));
    }
  }

  private async copyEmbed(): Promise<void> {
    const src = `${location.origin}/embed${encodeViewState(this.explorer.state)}`;
    const code = `<iframe src="${src.replace(/"/g, '&quot;')}" width="800" height="500" style="border:0" title="策图 PolicyGraph" loading="lazy"></iframe>`;
    this.embedCode.value = code;
    this.embedCode.hidden = false;
    this.embedCode.select();
    try {
      await navigator.clipboard.writeText(code);
      this.say(t('embed.copied'));
    } catch {
      // No clipboard permission: the snippet is selected in the box for Ctrl-C.
    }
  }

  private say(text: string): void {
    this.message.textContent = text;
  }

  private restore(): StoryInput {
    const fresh: StoryInput = { format: STORY_FORMAT, version: 1, title: t('story.untitled'), lang: getLocale(), steps: [], evidence: {} };
    try {
      const saved = localStorage.getItem(STORAGE_KEY);
      if (!saved) return fresh;
      // A half-written story (no steps yet) is not a valid file, so only the shape is checked here.
      const parsed = Story.partial().safeParse(JSON.parse(saved));
      return parsed.success ? { ...fresh, ...parsed.data, format: STORY_FORMAT, version: 1, steps: (parsed.data.steps ?? []) as StoryInput['steps'] } : fresh;
    } catch {
      return fresh;
    }
  }

  private persist(): void {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(this.story));
    } catch {
      // Storage full or disabled: the story still lives in the page; Save JSON keeps it.
    }
  }
}

/** Mounts the story section into #story-panel. */
export function mountStoryPanel(explorer: Explorer): StoryPanel | undefined {
  const host = document.getElementById('story-panel');
  return host ? new StoryPanel(explorer, host) : undefined;
}
