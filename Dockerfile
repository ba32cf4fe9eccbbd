# syntax=docker/dockerfile:1
# Multi-stage build: install and build the web app, then a runtime image with production deps only.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@10
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/contracts/package.json packages/contracts/
COPY packages/db/package.json packages/db/
COPY packages/matching/package.json packages/matching/
COPY packages/scheduling/package.json packages/scheduling/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm --filter @mentoring/web build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATA_DIR=/data
RUN npm install -g pnpm@10
COPY --from=build /app/pnpm-lock.yaml /app/pnpm-workspace.yaml /app/package.json ./
COPY --from=build /app/apps/api apps/api
COPY --from=build /app/packages packages
COPY --from=build /app/apps/web/dist apps/web/dist
COPY --from=build /app/apps/web/package.json apps/web/
RUN pnpm install --frozen-lockfile --prod --filter @mentoring/api... && rm -rf /root/.local/share/pnpm/store
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--import", "tsx", "apps/api/src/server.ts"]
