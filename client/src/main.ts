// Entry of the explorer: draws the overview graph from the API with Cytoscape.
import cytoscape from 'cytoscape';
import { api, ApiRequestError } from './api';

const TYPE_COLORS: Record<string, string> = {
  Strategy: '#d9480f',
  Project: '#2b8a3e',
  Place: '#1c7ed6',
  Organization: '#7048e8',
  Document: '#868e96',
};

const status = document.getElementById('status')!;

async function start(): Promise<void> {
  try {
    const { elements } = await api.overview();
    const cy = cytoscape({
      container: document.getElementById('graph'),
      elements: [...elements.nodes, ...elements.edges],
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'background-color': (n: cytoscape.NodeSingular) => TYPE_COLORS[n.data('type') as string] ?? '#999',
            'font-size': 14,
            'text-valign': 'bottom',
            'text-margin-y': 4,
            width: (n: cytoscape.NodeSingular) => 16 + 4 * Math.sqrt(Number(n.data('degree') ?? 0)),
            height: (n: cytoscape.NodeSingular) => 16 + 4 * Math.sqrt(Number(n.data('degree') ?? 0)),
          },
        },
        { selector: 'edge', style: { width: 1.5, 'line-color': '#adb5bd', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#adb5bd', 'curve-style': 'bezier' } },
      ],
      layout: { name: 'cose', animate: false },
    });
    (window as unknown as { cy: cytoscape.Core }).cy = cy;
    status.textContent = `${elements.nodes.length} 个节点，${elements.edges.length} 条关系`;
    document.body.dataset.state = 'ready';
  } catch (err) {
    status.textContent = err instanceof ApiRequestError ? `加载失败：${err.message}` : '加载失败';
    document.body.dataset.state = 'error';
  }
}

void start();
