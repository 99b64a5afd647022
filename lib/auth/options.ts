import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import CredentialsProvider from "next-auth/providers/credentials";
import { prisma } from "../db";
import { writeAudit } from "./audit";
import { sessionLimitsFromEnv } from "./session-limits";
import { signInWithPassword } from "./sign-in";

const limits = sessionLimitsFromEnv();

/** The client's address as the proxy in front reports it; used only for throttling and the audit log. */
function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  return first || "unknown";
}

/**
 * An OpenID Connect provider (for example Microsoft Entra ID), on only when
 * AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID and AUTH_OIDC_CLIENT_SECRET are set.
 * Only people who already have an active user with the same e-mail get in.
 */
function oidcProvider(): OAuthConfig<{ sub: string; email?: string; name?: string; preferred_username?: string }>[] {
  const issuer = process.env.AUTH_OIDC_ISSUER;
  const clientId = process.env.AUTH_OIDC_CLIENT_ID;
  const clientSecret = process.env.AUTH_OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return [];
  return [
    {
      id: "oidc",
      name: process.env.AUTH_OIDC_NAME || "Single sign-on",
      type: "oauth",
      wellKnown: `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      clientId,
      clientSecret,
      profile: (profile) => ({
        id: profile.sub,
        email: (profile.email ?? profile.preferred_username ?? "").toLowerCase(),
        name: profile.name ?? profile.email ?? profile.sub,
      }),
    },
  ];
}

export const authOptions: NextAuthOptions = {
  secret: process.env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: limits.idleSeconds, updateAge: 5 * 60 },
  jwt: { maxAge: limits.idleSeconds },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "E-mail and password",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const result = await signInWithPassword(prisma, {
          email: credentials?.email,
          password: credentials?.password,
          address: clientAddress(req?.headers as Record<string, string | string[] | undefined> | undefined),
        });
        if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name };
        // The sign-in page shows "locked" with its own text; anything else is "wrong e-mail or password".
        if (result.reason === "locked") throw new Error("locked");
        return null;
      },
    }),
    ...oidcProvider(),
  ],
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider === "credentials") return true;
      const email = user.email?.toLowerCase();
      const known = email ? await prisma.user.findUnique({ where: { email } }) : null;
      if (!known?.isActive) return "/signin?error=not_registered";
      await writeAudit(prisma, { actorId: known.id, action: "sign_in", targetType: "user", targetId: known.id, details: { provider: account?.provider } });
      user.id = known.id;
      return true;
    },
    async jwt({ token, user }) {
      if (user) {
        token.userId = user.id;
        token.signedInAt = Date.now();
      }
      return token;
    },
    async session({ session, token }) {
      session.userId = token.userId;
      session.signedInAt = token.signedInAt;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.userId) await writeAudit(prisma, { actorId: token.userId, action: "sign_out", targetType: "user", targetId: token.userId });
    },
  },
};

export const sessionLimits = limits;
