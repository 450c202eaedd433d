import { Group } from '@visx/group';
import { Sankey, sankeyLeft } from '@visx/sankey';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnowledgeFlowQuery } from '../graphql/knowledge-flow.generated';
import styles from './KnowledgeFlow.module.css';

type FlowLink = KnowledgeFlowQuery['knowledgeFlow']['links'][number];
interface FlowNode {
  id: string;
  name: string;
  side: 'developer' | 'user';
  uses: number;
}

const WIDTH = 760;
const LABEL_SPACE = 230;

/**
 * Developers on the left, users on the right, a band per pair as wide as its number of uses.
 * An organisation that both develops and uses appears once on each side, so the picture never
 * loops. Bands differ by position and each node's label carries its count: nothing depends on colour.
 */
export function KnowledgeFlowSankey({ links }: { links: FlowLink[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const descriptionId = useId();
  const graph = useMemo(() => {
    const nodes = new Map<string, FlowNode>();
    const node = (side: FlowNode['side'], organization: FlowLink['developer'], uses: number) => {
      const id = `${side}:${organization.id}`;
      const known = nodes.get(id) ?? { id, name: organization.name, side, uses: 0 };
      known.uses += uses;
      nodes.set(id, known);
      return id;
    };
    const edges = links.map((link) => ({ source: node('developer', link.developer, link.uses), target: node('user', link.user, link.uses), value: link.uses }));
    return { nodes: [...nodes.values()], links: edges };
  }, [links]);
  const height = Math.max(240, Math.max(graph.nodes.filter((n) => n.side === 'developer').length, graph.nodes.filter((n) => n.side === 'user').length) * 34);

  return (
    <svg className={styles.sankey} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId} aria-describedby={descriptionId}>
      <title id={titleId}>{t('knowledgeFlow.sankeyTitle')}</title>
      <desc id={descriptionId}>{t('knowledgeFlow.sankeyDescription')}</desc>
      <Group left={LABEL_SPACE} top={8}>
        <Sankey<FlowNode, { value: number }>
          root={{ nodes: graph.nodes.map((n) => ({ ...n })), links: graph.links.map((l) => ({ ...l })) }}
          nodeId={(n) => n.id}
          nodeAlign={sankeyLeft}
          nodeWidth={14}
          nodePadding={12}
          size={[WIDTH - 2 * LABEL_SPACE, height - 16]}
        >
          {({ graph: laidOut, createPath }) => (
            <g aria-hidden="true">
              {laidOut.links.map((link, index) => (
                <path key={index} className={styles.band} d={createPath(link) ?? ''} strokeWidth={Math.max(2, link.width ?? 0)} />
              ))}
              {laidOut.nodes.map((n) => {
                const middle = ((n.y0 ?? 0) + (n.y1 ?? 0)) / 2;
                const left = n.side === 'developer';
                return (
                  <g key={n.id}>
                    <rect className={left ? styles.developer : styles.user} x={n.x0} y={n.y0} width={(n.x1 ?? 0) - (n.x0 ?? 0)} height={Math.max(2, (n.y1 ?? 0) - (n.y0 ?? 0))} />
                    <text x={left ? (n.x0 ?? 0) - 8 : (n.x1 ?? 0) + 8} y={middle} textAnchor={left ? 'end' : 'start'} dominantBaseline="middle">
                      {t('knowledgeFlow.nodeLabel', { name: n.name, count: n.uses })}
                    </text>
                  </g>
                );
              })}
            </g>
          )}
        </Sankey>
      </Group>
    </svg>
  );
}
