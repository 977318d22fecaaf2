// <policy-graph>: a custom element for pages that prefer a script tag; it frames /embed and speaks the same postMessage protocol.
import { asEmbedMessage, HOST_SOURCE, type HostMessage } from './protocol';

// Where this script was loaded from is where the views come from, unless the element names another server.
const scriptOrigin = (() => {
  const src = (document.currentScript as HTMLScriptElement | null)?.src;
  return src ? new URL(src).origin : location.origin;
})();

/**
 * `<policy-graph view="#focus=place:411503" story="" server="https://…" height="480">`; fires `select` (detail: id,
 * label, nodeType), `ready` and `policygraph-error`; `focusEntity(id)` centres and selects an entity.
 */
export class PolicyGraphElement extends HTMLElement {
  static observedAttributes = ['view', 'story', 'server', 'height'];
  private readonly frame: HTMLIFrameElement;
  private readonly onMessage = (e: MessageEvent) => this.receive(e);

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = ':host { display: block; } iframe { width: 100%; height: 100%; border: 1px solid #c3c9d4; box-sizing: border-box; }';
    this.frame = document.createElement('iframe');
    this.frame.title = '策图 PolicyGraph';
    this.frame.setAttribute('loading', 'lazy');
    root.append(style, this.frame);
  }

  connectedCallback(): void {
    window.addEventListener('message', this.onMessage);
    this.update();
  }

  disconnectedCallback(): void {
    window.removeEventListener('message', this.onMessage);
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.update();
  }

  /** Centres and selects an entity in the embedded view (loading it if it is not shown yet). */
  focusEntity(id: string): void {
    this.send({ source: HOST_SOURCE, type: 'focus', id });
  }

  private get origin(): string {
    return new URL(this.getAttribute('server') ?? scriptOrigin).origin;
  }

  private update(): void {
    this.style.height = `${Number(this.getAttribute('height') ?? 480) || 480}px`;
    const story = this.getAttribute('story');
    const view = this.getAttribute('view') ?? '';
    const src = `${this.origin}/embed${story ? `?story=${encodeURIComponent(story)}` : ''}${view.startsWith('#') || view === '' ? view : `#${view}`}`;
    if (this.frame.src !== src) this.frame.src = src;
  }

  private send(message: HostMessage): void {
    this.frame.contentWindow?.postMessage(message, this.origin);
  }

  private receive(e: MessageEvent): void {
    if (e.source !== this.frame.contentWindow || e.origin !== this.origin) return;
    const msg = asEmbedMessage(e.data);
    if (!msg) return;
    const name = msg.type === 'error' ? 'policygraph-error' : msg.type;
    this.dispatchEvent(new CustomEvent(name, { detail: msg, bubbles: true, composed: true }));
  }
}

if (!customElements.get('policy-graph')) customElements.define('policy-graph', PolicyGraphElement);
