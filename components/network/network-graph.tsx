"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import type { Core, ElementDefinition, StylesheetJson } from "cytoscape";
import { EDGE_COLORS, NODE_COLORS, type GraphNodeKind } from "./graph-colors";

export interface GraphNode {
  key: string;
  /** Written beside the circle; empty for all but the most active accounts, which name who is central. */
  label: string;
  /** What a selected node says about itself. */
  title: string;
  kind: GraphNodeKind;
  /** Circle diameter in pixels (lib/data/network-graph.ts nodeDiameter). */
  diameter: number;
  /** Nearer the middle the higher: the activity, above every activity for a focus mission's accounts. */
  rank: number;
  href: string | null;
}

export interface GraphEdge {
  source: string;
  target: string;
  /** Line width in pixels (lib/data/network-graph.ts linkWidth). */
  width: number;
  reciprocated: boolean;
  title: string;
  href: string | null;
}

export interface NetworkGraphLabels {
  description: string;
  loading: string;
  failed: string;
  hint: string;
  openAccount: string;
  openPosts: string;
}

type Selection = { title: string; href: string | null; kind: "node" | "edge" } | null;

const cssVariable = (name: string, fallback: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

/**
 * The network drawn with Cytoscape.js on a canvas (no WebGL, so it renders in
 * headless browsers too). The library is loaded only when the graph mounts,
 * so it stays out of the page's first-load JavaScript. Circles grow with an
 * account's activity in the period; the most active sit in the middle.
 */
export function NetworkGraph({
  nodes,
  edges,
  labels,
}: {
  nodes: GraphNode[];
  edges: GraphEdge[];
  labels: NetworkGraphLabels;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");
  const [selection, setSelection] = useState<Selection>(null);

  useEffect(() => {
    let cy: Core | null = null;
    let cancelled = false;
    import("cytoscape")
      .then(({ default: cytoscape }) => {
        if (cancelled || !container.current) return;
        const maxRank = Math.max(1, ...nodes.map((n) => n.rank));
        const elements: ElementDefinition[] = [
          ...nodes.map((n) => ({
            group: "nodes" as const,
            data: {
              id: n.key,
              label: n.label,
              kind: n.kind,
              size: n.diameter,
              rank: n.rank,
            },
          })),
          ...edges.map((e, i) => ({
            group: "edges" as const,
            data: {
              id: `e${i}`,
              source: e.source,
              target: e.target,
              width: e.width,
              reciprocated: e.reciprocated ? 1 : 0,
            },
          })),
        ];
        const foreground = cssVariable("--foreground", "#0f172a");
        const card = cssVariable("--card", "#ffffff");
        const style: StylesheetJson = [
          {
            selector: "node",
            style: {
              width: "data(size)",
              height: "data(size)",
              label: "data(label)",
              "font-size": 11,
              "font-weight": 600,
              color: foreground,
              "text-valign": "bottom",
              "text-margin-y": 3,
              "text-outline-color": card,
              "text-outline-width": 2,
              "border-width": 2,
            },
          },
          ...Object.entries(NODE_COLORS).map(([kind, colors]) => ({
            selector: `node[kind = "${kind}"]`,
            style: {
              "background-color": colors.fill,
              "border-color": colors.border,
              "border-style": colors.outline,
            },
          })),
          {
            selector: "edge",
            style: {
              width: "data(width)",
              "curve-style": "bezier",
              "target-arrow-shape": "triangle",
              "line-color": EDGE_COLORS.oneWay,
              "target-arrow-color": EDGE_COLORS.oneWay,
              opacity: 0.75,
            },
          },
          {
            selector: "edge[reciprocated = 1]",
            style: { "line-color": EDGE_COLORS.reciprocated, "target-arrow-color": EDGE_COLORS.reciprocated },
          },
          { selector: ".faded", style: { opacity: 0.12 } },
          {
            selector: ":selected",
            style: { "overlay-color": "#1d4ed8", "overlay-opacity": 0.2, "overlay-padding": 4 },
          },
        ];
        cy = cytoscape({
          container: container.current,
          elements,
          style,
          layout: {
            name: "concentric",
            concentric: (node) => Number(node.data("rank")),
            levelWidth: () => Math.max(1, maxRank / 4),
            minNodeSpacing: 12,
            avoidOverlap: true,
            animate: false,
          },
          minZoom: 0.3,
          maxZoom: 3,
          wheelSensitivity: 0.3,
        });
        cy.on("tap", "node", (event) => {
          const node = nodes.find((n) => n.key === event.target.id());
          cy!.elements().addClass("faded");
          event.target.closedNeighborhood().removeClass("faded");
          setSelection(node ? { title: node.title, href: node.href, kind: "node" } : null);
        });
        cy.on("tap", "edge", (event) => {
          const edge = edges[Number(String(event.target.id()).slice(1))];
          cy!.elements().addClass("faded");
          event.target.union(event.target.connectedNodes()).removeClass("faded");
          setSelection(edge ? { title: edge.title, href: edge.href, kind: "edge" } : null);
        });
        cy.on("tap", (event) => {
          if (event.target !== cy) return;
          cy!.elements().removeClass("faded");
          setSelection(null);
        });
        setState("ready");
      })
      .catch(() => {
        if (!cancelled) setState("failed");
      });
    return () => {
      cancelled = true;
      cy?.destroy();
    };
  }, [nodes, edges]);

  return (
    <div>
      <div
        ref={container}
        role="img"
        aria-label={labels.description}
        data-testid="network-graph"
        data-state={state}
        data-nodes={nodes.length}
        data-edges={edges.length}
        className="h-[420px] w-full rounded-lg border border-border bg-card md:h-[560px]"
      />
      <p className="mt-2 text-xs text-muted" aria-live="polite">
        {state === "loading" ? labels.loading : state === "failed" ? labels.failed : labels.hint}
      </p>
      {selection && (
        <p
          className="mt-2 flex flex-wrap items-center gap-2 rounded border border-border bg-card px-3 py-2 text-sm"
          data-testid="graph-selection"
        >
          <span>{selection.title}</span>
          {selection.href && (
            <Link href={selection.href} className="font-medium text-accent hover:underline">
              {selection.kind === "node" ? labels.openAccount : labels.openPosts}
            </Link>
          )}
        </p>
      )}
    </div>
  );
}
