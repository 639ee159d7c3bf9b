# Transfer Desk: `make run` starts the app on the sandbox profile, `make test` runs every test.
# Both install what is missing first (Debian packages, tauri-driver, npm packages).

SHELL := /bin/bash
APP := target/debug/transfer-desk
XVFB := xvfb-run -a -s "-screen 0 1280x800x24"
# CI sets E2E_REQUIRED=1: a missing display or driver then fails the end-to-end tests.
export E2E_REQUIRED ?= 0

.PHONY: run test deps ui build check lint unit bench soak ui-test e2e bindings screenshot icons clean

## run: build the app and open its window on the sandbox profile
run: build
	$(APP)

## test: formatting, lints, Rust tests, binding drift, UI checks and tests, end-to-end tests
test: deps ui lint unit ui-test e2e
	@echo "make test: everything passed"

deps:
	scripts/install-deps.sh system driver ui

## ui: build the web UI into ui/dist (embedded into the binary at compile time)
ui: deps
	cd ui && npm run build

build: deps ui
	cargo build -p transfer-desk

lint: ui
	scripts/file-sizes.sh
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cd ui && npm run check

## unit: Rust unit and IPC tests, including the check that ui/src/bindings matches the Rust types
unit: ui
	cargo test --workspace

# Search speed of the booking history at 100 000 and 1 000 000 bookings, against a LIKE scan.
bench:
	cargo bench -p history --bench search

## soak: 1000 bookings and cancellations with faults injected; prints one line of invariants
## (`make test` runs a short one)
soak:
	SOAK_ATTEMPTS=1000 cargo test -p desk --test soak -- --nocapture

ui-test: deps
	cd ui && npm test
	cd ui && npm run test:browser

## e2e: the built app in a virtual display, driven through tauri-driver
e2e: build
	$(XVFB) dbus-run-session -- cargo test -p e2e -- --ignored --test-threads=1

## bindings: regenerate ui/src/bindings from the Rust types and ui/src/lib/commands.ts from the command list
bindings:
	UPDATE_BINDINGS=1 cargo test -p desk --test bindings
	UPDATE_BINDINGS=1 cargo test -p transfer-desk --test commands

## screenshot: start the app in a virtual display and save target/screenshots/main-window.png
screenshot: build
	scripts/screenshot.sh $(APP) target/screenshots/main-window.png

## icons: regenerate every icon size from icons/app-icon.svg
icons: deps
	cd ui && npx tauri icon ../icons/app-icon.svg -o ../icons
	rm -rf icons/android icons/ios icons/Square*Logo.png icons/StoreLogo.png

clean:
	cargo clean
	rm -rf ui/dist ui/node_modules
