/** Colours and outlines of the network graph, shared by the graph (client) and its legend (server). */
export type GraphNodeKind = "account" | "focus" | "isolated" | "receiveOnly" | "dormant" | "anonymous";

export type GraphOutline = "solid" | "dashed" | "dotted";

export const NODE_COLORS: Record<GraphNodeKind, { fill: string; border: string; outline: GraphOutline }> = {
  account: { fill: "#3b82f6", border: "#1d4ed8", outline: "solid" },
  focus: { fill: "#1d4ed8", border: "#1e3a8a", outline: "solid" },
  receiveOnly: { fill: "#f59e0b", border: "#b45309", outline: "solid" },
  isolated: { fill: "#ffffff", border: "#e11d48", outline: "dotted" },
  // Muted and dashed, so that a dormant account reads as such without telling colours apart.
  dormant: { fill: "#e2e8f0", border: "#475569", outline: "dashed" },
  anonymous: { fill: "#94a3b8", border: "#64748b", outline: "solid" },
};

export const EDGE_COLORS = { reciprocated: "#059669", oneWay: "#94a3b8" } as const;
