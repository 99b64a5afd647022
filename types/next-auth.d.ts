import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    userId?: string;
    /** Sign-in time (ms since epoch), for the absolute session limit. */
    signedInAt?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: string;
    signedInAt?: number;
  }
}
