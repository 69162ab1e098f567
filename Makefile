# SAM builds (BuildMethod: makefile in template.yaml): the esbuild bundles of `npm run build`.
# Each function ships only its dist folder; nothing from node_modules is needed at run time.

build-ApiFunction:
	npm ci --no-audit --no-fund
	npm run build
	cp -R dist/api/. "$(ARTIFACTS_DIR)/"

build-MigrateFunction:
	npm ci --no-audit --no-fund
	npm run build
	cp -R dist/migrate/. "$(ARTIFACTS_DIR)/"
