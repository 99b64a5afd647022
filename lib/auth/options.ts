import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import CredentialsProvider from "next-auth/providers/credentials";
import { prisma } from "../db";
import { env } from "../env";
import { writeAudit } from "./audit";
import { sessionLimitsFromEnv } from "./session-limits";
import { signInWithPassword } from "./sign-in";
import { clientAddressFromHeaders } from "../security/client-address";
import { cameOverHttpsFromHeaders } from "../security/headers";

const limits = sessionLimitsFromEnv();

/**
 * An OpenID Connect provider (for example Microsoft Entra ID), on only when
 * AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID and AUTH_OIDC_CLIENT_SECRET are set.
 * Only people who already have an active user with the same e-mail get in.
 */
function oidcProvider(): OAuthConfig<{ sub: string; email?: string; name?: string; preferred_username?: string }>[] {
  const issuer = env.AUTH_OIDC_ISSUER;
  const clientId = env.AUTH_OIDC_CLIENT_ID;
  const clientSecret = env.AUTH_OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return [];
  return [
    {
      id: "oidc",
      name: env.AUTH_OIDC_NAME || "Single sign-on",
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
  secret: env.AUTH_SECRET,
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
          address: clientAddressFromHeaders(req?.headers as Record<string, string | string[] | undefined> | undefined),
        });
        if (result.ok)
          return {
            id: result.user.id,
            email: result.user.email,
            name: result.user.name,
            sessionVersion: result.user.sessionVersion,
          };
        // next-auth hands a thrown message to the sign-in page as its error code ("CredentialsSignin" for null).
        if (result.reason === "locked" || result.reason === "busy") throw new Error(result.reason);
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
      await writeAudit(prisma, {
        actorId: known.id,
        action: "sign_in",
        targetType: "user",
        targetId: known.id,
        details: { provider: account?.provider },
      });
      user.id = known.id;
      user.sessionVersion = known.sessionVersion;
      return true;
    },
    async jwt({ token, user }) {
      if (user) {
        token.userId = user.id;
        token.signedInAt = Date.now();
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    async session({ session, token }) {
      session.userId = token.userId;
      session.signedInAt = token.signedInAt;
      session.sessionVersion = token.sessionVersion;
      return session;
    },
  },
  events: {
    // Signing out ends every session of the user, so a copy of this cookie is worth nothing
    // afterwards. Only a live session may do so: a replayed old cookie cannot sign the user out elsewhere.
    async signOut({ token }) {
      const userId = token?.userId;
      if (!userId || token.sessionVersion === undefined) return;
      await prisma.$transaction(async (tx) => {
        const ended = await tx.user.updateMany({
          where: { id: userId, sessionVersion: token.sessionVersion },
          data: { sessionVersion: { increment: 1 } },
        });
        if (ended.count > 0)
          await writeAudit(tx, { actorId: userId, action: "sign_out", targetType: "user", targetId: userId });
      });
    },
  },
};

export const sessionLimits = limits;

/**
 * The options for one request. next-auth decides Secure cookies once, from NEXTAUTH_URL; here
 * they follow the request: over HTTPS every auth cookie is Secure and carries next-auth's
 * __Secure-/__Host- name, which the route handler sets and getServerSession reads back
 * (both take their options from here, so they agree on the name).
 */
export function authOptionsFor(headers: Headers | Record<string, string | string[] | undefined>): NextAuthOptions {
  const overHttps = cameOverHttpsFromHeaders(headers) || Boolean(env.NEXTAUTH_URL?.startsWith("https://"));
  return { ...authOptions, useSecureCookies: overHttps };
}
