# syntax=docker/dockerfile:1
# Waypoint: the API serving the built web app. Multi-stage: build with every dependency, ship
# only the API's production dependencies and the built files, run as an unprivileged user.
# Build: docker build -t waypoint .        Run: see deploy/compose.yaml and docs/deploy.md.

FROM node:20-bookworm-slim AS build
WORKDIR /src
RUN npm install -g pnpm@12.4.2
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY apps/e2e/package.json apps/e2e/
COPY packages/domain/package.json packages/domain/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm --filter @waypoint/domain build \
 && pnpm --filter @waypoint/api build \
 && pnpm --filter @waypoint/web build \
 && pnpm --filter @waypoint/api deploy --prod --legacy /out/api \
 && cp -r apps/api/dist /out/api/dist \
 && cp -r apps/web/dist /out/web

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 WEB_DIST_DIR=/app/web
WORKDIR /app/api
COPY --from=build --chown=root:root /out/api /app/api
COPY --from=build --chown=root:root /out/web /app/web
# The files belong to root and are read-only to the user the API runs as.
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# As `pnpm start` runs it: the preload starts tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set; 64 MB
# semi-spaces let the young generation hold a burst of requests' garbage (fewer scavenges).
CMD ["node", "--enable-source-maps", "--max-semi-space-size=64", "--import", "./dist/telemetry/preload.js", "dist/main.js"]
