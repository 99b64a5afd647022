# Chancery in a container. Two targets:
#   docker build -t chancery .                      the web server (standalone Next.js output)
#   docker build -t chancery-tools --target tools . migrations, users, imports, backups (npm scripts)
# Both use the store at DATABASE_URL (-e DATABASE_URL=postgresql://… for PostgreSQL); with SQLite, mount one volume at /data for both:
#   docker run --rm -v chancery-data:/data chancery-tools npm run db:migrate
#   docker run --rm -it -v chancery-data:/data chancery-tools npm run user:create -- --email … --role admin
#   docker run -d -p 3000:3000 -v chancery-data:/data -e AUTH_SECRET=… -e NEXTAUTH_URL=https://… chancery
# (No Docker engine runs where Chancery is developed: the tests start the same
# standalone server, .next/standalone/server.js, directly.)

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
COPY lib/sqlite-adapter.ts lib/database-url.ts ./lib/
COPY scripts/postgresql-schema.mjs ./scripts/
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build

FROM build AS tools
# pg_dump/pg_restore for backups of a PostgreSQL store (Debian 12 ships PostgreSQL 15's).
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production DATABASE_URL=file:/data/chancery.db
VOLUME ["/data"]
CMD ["npm", "run", "db:migrate"]

FROM node:20-bookworm-slim AS web
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 DATABASE_URL=file:/data/chancery.db
RUN groupadd --system chancery && useradd --system --gid chancery --home /app chancery && mkdir /data && chown chancery:chancery /data
COPY --from=build --chown=chancery:chancery /app/.next/standalone ./
USER chancery
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# The node arguments of scripts/standalone-server.ts (serverNodeArgs): --max-semi-space-size (fewer
# scavenges while rendering large pages), then the request guard (client address, HTTPS, body limits;
# set CHANCERY_TRUSTED_PROXIES to the number of proxies in front) and the JSON request log.
CMD ["node", "--max-semi-space-size=64", "--require", "./request-guard.cjs", "--require", "./request-log.cjs", "server.js"]
