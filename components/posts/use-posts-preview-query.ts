"use client";

import { useQuery } from "@tanstack/react-query";

export interface PostPreview {
  id: string;
  postedAt: string;
  handle: string;
  mission: string;
  category: string;
  text: string | null;
  themes: string[];
}

export interface PostsPreviewResponse {
  total: number;
  items: PostPreview[];
}

/** The first posts behind a figure, from GET /api/posts; fetched only when the panel is open. */
export function usePostsPreviewQuery(params: Record<string, string | undefined>, enabled: boolean) {
  const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
  search.set("limit", "5");
  return useQuery({
    queryKey: ["posts:preview", Object.fromEntries(search)],
    enabled,
    queryFn: async ({ signal }): Promise<PostsPreviewResponse> => {
      const response = await fetch(`/api/posts?${search}`, { signal });
      if (!response.ok) throw new Error(`GET /api/posts answered ${response.status}`);
      return response.json();
    },
  });
}
