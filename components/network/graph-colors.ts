/** Colours of the network graph, shared by the graph (client) and its legend (server). */
export type GraphNodeKind = "account" | "focus" | "isolated" | "receiveOnly" | "anonymous";

export const NODE_COLORS: Record<GraphNodeKind, { fill: string; border: string }> = {
  account: { fill: "#3b82f6", border: "#1d4ed8" },
  focus: { fill: "#1d4ed8", border: "#1e3a8a" },
  receiveOnly: { fill: "#f59e0b", border: "#b45309" },
  isolated: { fill: "#ffffff", border: "#e11d48" },
  anonymous: { fill: "#94a3b8", border: "#64748b" },
};

export const EDGE_COLORS = { reciprocated: "#059669", oneWay: "#94a3b8" } as const;
