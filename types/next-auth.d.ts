import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    userId?: string;
    /** Sign-in time (ms since epoch), for the absolute session limit. */
    signedInAt?: number;
    /** The user's session version at sign-in: the session ends once the stored one moves on. */
    sessionVersion?: number;
  }

  interface User {
    /** Read before the password was checked, so a reset landing during the check ends this session too. */
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: string;
    signedInAt?: number;
    sessionVersion?: number;
  }
}
